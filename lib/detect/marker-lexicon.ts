/**
 * Disclosure lexicon (PRODUCT.md marker kinds; reference/disclosure-markers.md §2.2 tiers and pitfalls).
 *
 * Each entry is `form phrase`, grouped by marker kind. Forms:
 *   #  a hashtag, matched exactly as a whole tag (#ad, never #adidas / #adventure)
 *   =  words matched anywhere with word boundaries ("sponsored by", "affiliate links")
 *   ^  a word that is a common word elsewhere, so it only counts in marker position: at the head of the
 *      caption or of a line, in brackets, or followed by ":" / "|" ("Anzeige", "Ad", "Werbung", "PR")
 *   ~  a substring for scripts written without spaces (Japanese, Chinese); matched anywhere in the key
 *   >  words that credit someone, so they only count when a name follows: an @mention, a #hashtag or a
 *      capitalised word ("powered by @redbull", "supported by Nivea"; not "powered by coffee", "supported
 *      by my family")
 * Phrases are written naturally and folded like captions when the lexicon is compiled.
 * `neutral` entries swallow look-alike phrases that are not disclosures ("sponsorship inquiries",
 * "Mehr anzeigen") so the words inside them are not read as markers.
 */
import type { MarkerKind } from '@/lib/schema/post';

export type LexiconKind = Exclude<MarkerKind, 'label'> | 'neutral';

export const MARKER_LEXICON: Record<LexiconKind, readonly string[]> = {
  negation: [
    // en
    '= not sponsored', '= not a sponsored', '= not an ad', '= not an advert', '= not a paid', '= not paid',
    '= isn\'t sponsored', '= wasn\'t sponsored', '= non sponsored', '= non-sponsored', '= unsponsored',
    '= no sponsor', '= no sponsors', '= no sponsorship', '= no affiliate links', '= no affiliate link',
    '= not affiliated', '= no affiliation', '= not an affiliate', '= nobody paid me', '= no one paid me', '= no company has paid me', '= no company paid me', '= no brand has paid me',
    '= no one has paid me', '= nobody has paid me', '= did not pay me', '= didn\'t pay me', '= nor did they ask me',
    '= i do not work for', '= i don\'t work for', '= nor do i work for', '= not compensated',
    '= not being paid', '= i wasn\'t paid', '= i was not paid', '= i am not paid', '= i\'m not paid',
    '= sponsored by nobody', '= sponsored by no one', '= sponsored by absolutely nobody', '= sponsored by myself',
    '= not gifted', '= i bought it myself', '= i bought this myself', '= paid for it myself', '= this is not an ad',
    '# notsponsored', '# notanad', '# nonsponsored', '# unsponsored', '# notspon', '# notpaid', '# noad',
    // de
    '= unbezahlte werbung', '= unbezahlt', '= unbeauftragte werbung', '= werbung unbeauftragt',
    '= werbung wegen markennennung', '= unbezahlte werbung wegen markennennung', '= keine werbung',
    '= werbung wegen produktnennung', '= werbung durch markennennung', '= werbung durch produktnennung',
    '# werbungwegenmarkennennung', '# werbungwegenproduktnennung', '# werbunginfolgeproduktnennung', '# werbungdurchmarkennennung',
    // "Werbung - unbezahlt", "Werbung (unbezahlt)", "Werbung da Markennennung": the label word, then why it is unpaid
    '= werbung unbezahlt', '= werbung da markennennung', '= werbung aufgrund markennennung', '= werbung wegen verlinkung',
    '= werbung da verlinkung', '= werbung durch verlinkung', '= werbung ohne auftrag',
    '= keine kooperation', '= nicht gesponsert', '= selbst gekauft', '= selbstgekauft',
    '# unbezahltewerbung', '# unbezahlt', '# werbungunbezahlt', '# keinewerbung', '# selbstgekauft', '# unbeauftragt',
    // fr es it pt nl nordic pl ru
    '= pas sponsorisé', '= non sponsorisé', '= pas de partenariat', '= pas une publicité', '= non rémunéré',
    '= no es publi', '= no es publicidad', '= no patrocinado', '# nopubli', '# nopatrocinado',
    '= non sponsorizzato', '= non è pubblicità', '= non sponsorizzata', '# nonsponsorizzato',
    '= não é publi', '= não patrocinado', '= não é publicidade', '# naoepubli', '# naopatrocinado',
    '= niet gesponsord', '= geen advertentie', '= geen reclame', '# nietgesponsord',
    '= ej sponsrad', '= inte sponsrad', '= ingen reklam', '= ikke sponsoreret', '= ikke reklame',
    '= ikke sponset', '= ei sponsoroitu', '= ei mainos', '= ei kaupallinen yhteistyö',
    '= nie jest sponsorowany', '= niesponsorowany', '= nie reklama', '= bez reklamy',
    '= не реклама', '= не спонсор', '= без рекламы', '= не является рекламой',
    // ko ja
    '~ 광고 아님', '~ 광고아님', '~ 내돈내산', '~ 협찬 아님', '~ 협찬아님', '~ prではありません', '~ pr案件ではありません',
    '~ 自腹', '~ 案件ではありません', '~ 広告ではありません', '~ 宣伝ではありません', '~ 案件じゃない', '~ 宣伝じゃない',
    // Sponsorship written in running Korean ("협찬받은") counts below; its denials must win over it.
    '~ 협찬받지 않', '~ 협찬 받지 않', '~ 협찬을 받지 않', '~ 협찬 없', '~ 협찬없', '~ 노협찬',
    // zh: plain 广告 / 赞助 count as disclosure below; so "not an ad", "no ads", "paid it myself" come first.
    '~ 不是广告', '~ 非广告', '~ 没有广告', '~ 无广告', '~ 不是廣告', '~ 非廣告', '~ 沒有廣告', '~ 無廣告',
    '~ 不是赞助', '~ 非赞助', '~ 没有赞助', '~ 无赞助', '~ 不是贊助', '~ 非贊助', '~ 沒有贊助', '~ 無贊助', '~ 自费', '~ 自費',
  ],
  neutral: [
    '= sponsorship inquiries', '= sponsorship enquiries', '= sponsorship inquiry', '= for sponsorships',
    '= for sponsorship', '= sponsorships contact', '= business inquiries', '= become a sponsor',
    '= sponsor this channel', '= sponsor the channel', '= sponsor me on', '= ad free', '= ad-free', '= ads free',
    // Who pays for a project or a crime, not for the post ("state-sponsored hackers", "internationally sponsored projects").
    '= state sponsored', '= state-sponsored', '= government sponsored', '= government-sponsored',
    '= publicly sponsored', '= privately sponsored', '= internationally sponsored', '= federally sponsored',
    '= jointly sponsored', '= university sponsored', '= university-sponsored',
    // Latin phrases and German verbs that open a caption with the label word in another sense.
    '= ad hoc', '= ad astra', '= ad infinitum', '= ad nauseam', '= ad lib', '= ad libs', '= ad interim',
    '= werbung machen', '= werbung nervt', '= werbung ist', '= werbung im fernsehen',
    // ja "情報提供：" credits a tip, not a sponsor (see 提供 under gifted).
    '~ 情報提供',
    '= mehr anzeigen', '= anzeigen', '= anzeigen lassen', '= weniger anzeigen', '= afficher plus',
    '= voir plus', '= ver más', '= mostra altro', '= ver mais',
    // Talking about affiliate marketing or a commission is not disclosing one.
    '= affiliate marketing', '= affiliate sales', '= affiliate marketer', '= affiliate marketers', '= affiliate network',
    '= affiliate networks', '= trade commission', '= european commission', '= the commission', '= election commission',
  ],
  ad: [
    // en
    '# ad', '# ads', '# advert', '# advertisement', '# advertising', '# sponsored', '# sponsoredpost', '# sponsor',
    '# sponsoredby', '# paidpartnership', '# paidpartner', '# paidad', '# paidpost', '# adgifted', '# adpr',
    '# sponsorship',
    '= sponsored', '= sponsored by', '= sponsoring', '= paid partnership', '= paid partnership with',
    '= paid promotion', '= includes paid promotion', '= advertisement', '= advertisement feature',
    '= advertorial', '= paid ad', '= paid post', '= our sponsor', '= today\'s sponsor', '= this video\'s sponsor',
    '= video sponsor', '= our sponsors', '= sponsors', '= my sponsors', '= thanks to our sponsors', '= episode sponsor', '= thanks to our sponsor', '= brought to you by',
    '= in paid partnership', '= paid collaboration', '= paid collab', '= promoted by',
    '^ ad', '^ advert', '^ ads', '^ sponsor',
    // de
    '# werbung', '# anzeige', '# gesponsert', '# werbepartnerschaft', '# bezahltepartnerschaft',
    '= bezahlte werbepartnerschaft', '= bezahlte partnerschaft', '= bezahlte partnerschaft mit',
    '= enthält bezahlte werbung', '= gesponsert von', '= gesponsert', '= werbepartnerschaft',
    // "Dieses Video enthält Werbung / Produktplatzierungen" (the German broadcasting term for paid placement)
    '= enthält werbung', '= beinhaltet werbung', '= produktplatzierung', '= produktplatzierungen', '# produktplatzierung',
    '^ werbung', '^ anzeige',
    // fr
    '# publicité', '# pub', '# sponso', '# sponsorisé', '# collaborationcommerciale', '# partenariatrémunéré',
    '= collaboration commerciale', '= partenariat rémunéré', '= partenariat rémunéré avec', '= sponsorisé par',
    '= sponsorisé', '= sponsorisée', '= inclut une communication commerciale', '= comprend une promotion payante',
    '= communication commerciale', '^ publicité', '^ pub',
    // it
    '^ adv', '# pubblicità', '# adv', '# sponsorizzato', '# sponsorizzata', '# inserzionepagamento', '# advertising',
    '= sponsorizzato da', '= sponsorizzata da', '= promosso da', '= partnership retribuita',
    '= partnership retribuita con', '= pubblicità', '= inserzione a pagamento', '= sponsorizzato', '= collaborazione commerciale',
    // es
    '# publi', '# publicidad', '# anuncio', '# anuncios', '# patrocinado', '# colaboracionpagada', '# publirreportaje',
    '= patrocinado por', '= colaboración pagada', '= colaboración pagada con', '= incluye promoción de pago',
    '= contenido patrocinado', '^ publicidad', '^ publi', '^ anuncio',
    // pt
    '= publipost', '# publicidade', '# publipost', '# parceriapaga', '# patrocinada', '# publieditorial',
    '= parceria paga', '= parceria paga com', '= inclui promoção paga', '= conteúdo patrocinado',
    '= patrocinado pela', '= patrocinado pelo', '^ publicidade',
    // nl
    '# advertentie', '# reclame', '# gesponsord', '# betaaldesamenwerking', '# sponsoredcontent',
    '= betaalde samenwerking', '= betaald partnerschap', '= in opdracht van', '= gesponsord door', '= gesponsord',
    '^ advertentie', '^ reclame',
    // nordic
    '# reklame', '# annonce', '# annonse', '# reklam', '# annons', '# reklamsamarbete', '# mainos',
    '# kaupallinenyhteistyö', '# sponsrad', '# sponset', '# sponsoreret',
    '= betalt partnerskab', '= betalt samarbeid', '= betalt samarbete', '= reklamsamarbete', '= i samarbete med',
    '= kaupallinen yhteistyö', '= kaupallisessa yhteistyössä', '= maksettu kumppanuus', '= sponsrad av',
    '= sponset av', '= sponsoreret af', '^ reklame', '^ annonce', '^ annonse', '^ reklam', '^ annons', '^ mainos',
    // pl cs
    '# reklama', '# materiałreklamowy', '# współpracareklamowa', '# sponsorowane', '# płatnawspółpraca',
    '= płatna współpraca', '= płatna współpraca z marką', '= płatne partnerstwo', '= współpraca reklamowa',
    '= materiał reklamowy', '= post sponsorowany', '= reklama marki', '= placená spolupráce', '^ reklama',
    // ru uk
    '# реклама', '# спонсор', '= платное партнерство', '= есть платная реклама', '= на правах рекламы',
    '= спонсор выпуска', '= спонсор видео', '= оплачуване партнерство', '^ реклама', '= erid',
    // ko ja zh and other scripts without word gaps
    '# 광고', '# 유료광고', '# 협찬', '# 광고협찬', '~ [광고]', '~ [협찬]', '~ (광고)', '~ 유료 광고 포함', '~ 유료광고',
    '~ 금전적 지원', '~ 원고료를 지원', '~ 소정의 원고료',
    '# pr', '# 広告', '# プロモーション', '# タイアップ', '# 案件', '~ 【pr】', '~ [pr]', '~ 【広告】', '~ 広告】',
    '~ 有償パートナーシップ', '~ プロモーションを含みます', '~ タイアップ投稿',
    // ja 宣伝 ("advertising"), プロモーション and 案件 ("a paid job") are ordinary words too: only in label
    // form, in brackets or as a statement ("宣伝です", "PR案件").
    '# 宣伝', '~ 【宣伝】', '~ [宣伝]', '~ 宣伝です', '~ 宣伝を含み', '~ 【プロモーション】', '~ [プロモーション]',
    '~ プロモーション投稿', '~ pr案件', '~ 案件です', '~ 案件として', '~ 案件をいただ',
    // ko 협찬 ("sponsorship") in running text: "협찬받은 제품", "협찬으로 작성", "광고 포함".
    '~ 협찬받', '~ 협찬 받', '~ 협찬을 받', '~ 협찬으로', '~ 협찬 제품', '~ 협찬제품', '~ 광고 포함', '~ 광고를 포함',
    // zh: 广告 / 廣告 ("advertisement") and 赞助 / 贊助 ("sponsored", also "本文由…贊助") anywhere in the text.
    '~ 广告', '~ 廣告', '~ 赞助', '~ 贊助', '~ 业配',
    '# 广告', '# 廣告', '# 業配', '# 廣告合作', '# 赞助', '# 贊助', '~ 業配', '~ 置入性行銷', '~ 付費合作', '~ 付费合作',
    // tr th vi id ar he hi
    '# reklam', '# işbirliği', '# โฆษณา', '# สปอนเซอร์', '# quảngcáo', '# iklan', '# endorse', '# paidpromote',
    '= được tài trợ bởi', '= hợp tác trả phí', '= kemitraan berbayar', '= ücretli ortaklık', '# إعلان', '# פרסומת',
    '~ ได้รับการสนับสนุนจาก', '^ إعلان', '^ פרסומת', '# विज्ञापन', '^ विज्ञापन',
    // hu ro el ("reklám" folds to "reklam", already above)
    '# hirdetés', '^ hirdetés', '# reclamă', '^ reclamă', '# publicitate', '^ publicitate', '# διαφήμιση', '^ διαφήμιση',
  ],
  partnership: [
    '# collab', '# collaboration', '# partner', '# sp', '# spon', '# partnership', '# ambassador', '# brandambassador',
    '# brandpartner', '# teampartner', '# kooperation', '# partenariat', '# collaborazione', '# colab',
    '# colaboración', '# colaboracion', '# parceria', '# samenwerking', '# samarbejde', '# samarbeid',
    '# samarbete', '# yhteistyö', '# współpraca', '# сотрудничество', '# 컬래버레이션', '# 合作', '# poweredby', '# inpartnershipwith', '# iworkwith',
    '= in partnership with', '= in collaboration with', '= in kooperation mit', '= kooperation mit',
    '> collab with', '> in collab with', '> collab avec', '> collab mit', '> collab con',
    '= in zusammenarbeit mit', '= unterstützt von', '= unterstützt durch', '= en partenariat avec',
    '= en collaboration avec', '= in collaborazione con', '= en colaboración con', '= em parceria com',
    '= in samenwerking met', '= i samarbejde med', '= i samarbeid med', '= yhteistyössä', '= we współpracy z',
    '= brand ambassador', '= ambassador', '= ambassadeur', '= ambassadrice', '= botschafter', '= markenbotschafter',
    '= embajador', '= embajadora', '> powered by', '> supported by', '> made possible by', '> partnered with',
    '> partnering with', '> teamed up with',
    // "Samarbete med Nike" heading a Swedish, Danish or Norwegian caption, without the "i" of "i samarbete med".
    '> samarbete med', '> samarbejde med', '> samarbeid med',
  ],
  affiliate: [
    '# affiliate', '# aff', '# afflink', '# affiliatelink', '# affiliatelinks', '# werbelink', '# werbelinks',
    // Amazon's storefront programme asks for #CommissionsEarned; LTK posts say "commissionable links".
    '# commissionsearned', '# commissionearned', '# commissionablelinks', '= commissionable links', '= commissionable link',
    '# affiliatemarketing', '# provisionslink', '# ltkit', '# liketkit',
    '= affiliate', '= affiliates', '= affiliate link', '= affiliate links', '= affiliate-link', '= affiliate-links',
    '= amazon associate', '= amazon associates', '= associates program', '= affiliate advertising program', '= earn from qualifying purchases', '= qualifying purchases',
    '= commission', '= commissions', '= small commission', '= a small commission', '= at no extra cost',
    '= at no additional cost', '= no extra cost to you', '= referral link', '= referral links', '= referral',
    '= support the channel', '= supports the channel', '= support this channel', '= support my channel',
    '= supports my channel', '= help support the channel', '= helps support the channel',
    '= helps support', '= help support', '= through this link', '= using this link', '= use this link',
    '= through my link', '= using my link', '= use my link', '= through my links', '= using my links', '= this amazon link',
    '= my amazon link', '= help out the channel', '= helps out the channel', '= big help to me', '= support me by',
    '= support us by', '= support the show', '= support our channel', '= shopping on amazon',
    '= shop on amazon', '= your amazon shopping', '= buy stuff on amazon', '= before shopping on amazon', '= helps the channel', '= help the channel', '= helps out the channel',
    '= i get a small', '= i receive a small', '= i earn a small', '= i may earn', '= i may receive',
    '= i will receive a small', '= i\'ll receive a small', '= i make a small', '= kickback', '= few pennies',
    '= few cents', '= affiliated', '= partner link', '= partner links', '= partnerlink', '= partnerlinks',
    '= provisionslink', '= provisionslinks', '= werbelink', '= werbelinks', '= lien affilié',
    '= liens affiliés', '= lien d\'affiliation', '= liens d\'affiliation', '= enlace de afiliado',
    '= enlaces de afiliado', '= enlaces afiliados', '= link di affiliazione', '= link affiliati',
    '= link affiliato', '= link de afiliado', '= links de afiliado', '= link afiliado', '= comissão',
    '= partnerlink', '= linki afiliacyjne', '= link afiliacyjny', '= партнерская ссылка', '= партнерские ссылки',
    '~ 소정의 수수료', '~ 수수료를 제공', '~ 쿠팡 파트너스', '~ アフィリエイト', '~ アソシエイト',
  ],
  gifted: [
    '# gifted', '# gift', '# giftedby', '# prsample', '# prpackage', '# prproduct', '# prgift', '# suppliedby',
    '# giftedproduct', '# giftedproducts', '# prhaul', '# prtrip', '# pressetrip', '# presstrip',
    '# prodottofornitoda', '# recebido', '# recebidos', '# geschenkt', '# pressesample', '# pressemuster',
    '# cadeau', '# regalo', '# productoregalado', '# gekregen', '# gave', '# lahja', '# prezent', '# 제공',
    '# 체험단', '# 提供', '# モニター',
    '= gifted', '= pr sample', '= pr samples', '= pr package', '= pr product', '= press sample',
    '= pr box', '= pr boxes', '= pr parcel', '= pr mailer', '= pr mailers', '= sent these by', '= sent this by', '= kindly sent by',
    '= sent to me by', '= was sent to me', '= were sent to me', '= kindly sent', '= kindly gifted',
    '= sent me this', '= sent me these', '= sent over', '> provided by', '= provided to me', '= free product',
    '= received for free', '= complimentary', '= gesponsert bekommen', '= zur verfügung gestellt',
    '= kostenlos zur verfügung', '= pr-sample', '= pr-samples', '= offert par', '= produit offert', '= produits offerts', '= m\'a été offert',
    '= ont été offerts', '= regalo de', '= me lo regaló', '= me enviaron', '= prodotto fornito da',
    '= recebido de', '= recebi de presente', '= ontvangen van', '= gekregen van', '= otrzymałam od',
    '~ 제공받아', '~ 제공 받아', '~ 제품을 제공받', '~ 提供いただ', '~ ご提供', '~ 招待いただ',
    // ja 提供 ("provided by") as a credit ("提供：ABC", "【提供】", "商品提供"), not "情報提供" (tips given).
    '~ 提供:', '~ 【提供】', '~ [提供]', '~ 商品提供', '~ 製品提供', '~ 提供していただ', '~ 提供して頂', '~ 提供頂',
  ],
};

/** Words that turn a following marker into its opposite ("no affiliate", "not sponsored", "keine Werbung"). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'non', 'never', "isn't", "wasn't", "aren't", "weren't", "ain't", 'nicht', 'kein', 'keine',
  'keinen', 'unbezahlt', 'unbezahlte', 'ohne', 'pas', 'sin', 'senza', 'geen', 'niet', 'ingen', 'ej', 'inte',
  'ikke', 'ei', 'nie', 'не', 'без', 'nao', 'nem', 'zero', 'without',
]);

/** Short words that may stand between a negator and a marker ("not a sponsored", "no paid"). */
export const NEGATION_FILLERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'ein', 'eine', 'un', 'une', 'any', 'my', 'paid',
  // "is" between the negator and the word: "no es publi", "nie jest reklamą", "non è pubblicità", "não é
  // publi" (in key form, like the words above: "è" and "é" read "e")
  'es', 'jest', 'e',
]);

import { describe, expect, it } from 'vitest';
import { findMarkers } from '@/lib/detect/markers';
import { MARKER_LEXICON, type LexiconKind } from '@/lib/detect/marker-lexicon';
import { normaliseText } from '@/lib/detect/normalise';
import { tokenise } from '@/lib/detect/tokens';
import type { Marker } from '@/lib/schema/post';

function markers(text: string): Marker[] {
  const norm = normaliseText(text);
  return findMarkers(text, norm, tokenise(norm, text).tokens, null);
}
const kinds = (text: string) => markers(text).map((m) => m.kind);

describe('disclosure markers', () => {
  it.each([
    ['New drop with @brand #ad', 'ad'],
    ['This video is sponsored by NordVPN', 'ad'],
    ['Paid partnership with Nike', 'ad'],
    ['Werbung | Mein Lieblingsshampoo', 'ad'],
    ['Anzeige: neue Kollektion', 'ad'],
    ['#publicité avec ma marque préférée', 'ad'],
    ['Collaboration commerciale avec Sephora', 'ad'],
    ['Pubblicità - grazie a @brand', 'ad'],
    ['Vídeo patrocinado por Movistar', 'ad'],
    ['Ropa nueva para el cole #anuncios', 'ad'],
    ['Parceria paga com Natura', 'ad'],
    ['Publipost com @oboticario', 'ad'],
    ['Produit offert, merci @lorealparis', 'gifted'],
    ['Betaalde samenwerking met Albert Heijn', 'ad'],
    ['Reklamsamarbete med Lindex', 'ad'],
    ['Collaborazione commerciale con @nike', 'ad'],
    ['Samarbete med Lindex 💛', 'partnership'],
    ['Samarbejde med @matas', 'partnership'],
    ['Kaupallinen yhteistyö: Fazer', 'ad'],
    ['Płatna współpraca z marką Ziaja', 'ad'],
    // German typed without umlauts.
    ['Unterstuetzt von Nivea', 'partnership'],
    ['Enthaelt bezahlte Werbung', 'ad'],
    ['Das Produkt wurde mir kostenlos zur Verfuegung gestellt', 'gifted'],
    ['Dieses Video enthält Werbung', 'ad'],
    ['Unterstützt durch Produktplatzierung', 'ad'],
    ['Links below #commissionsearned', 'affiliate'],
    ['Shop my commissionable links below', 'affiliate'],
    ['Loving this #giftedproduct', 'gifted'],
    ['Day two of the #PRtrip', 'gifted'],
    ['Thank you @fentybeauty for the PR box!', 'gifted'],
    ['I was sent these by @nike but all opinions are my own', 'gifted'],
    ['ADV | nuova collezione', 'ad'],
    ['Ad new shoes from @nike', 'ad'],
    ['Powered by @redbull', 'partnership'],
    ['Supported by Nivea', 'partnership'],
    ['Teamed up with #Adidas for this', 'partnership'],
    ['Anzeige 2 neue Produkte', 'ad'],
    ['Collab with @nike for the new drop', 'partnership'],
    // Polish typed without its diacritics, as hashtags usually are.
    ['Platna wspolpraca z marka Ziaja', 'ad'],
    ['nowy krem #wspolpracareklamowa', 'ad'],
    ['#materialreklamowy nowy krem', 'ad'],
    ['#реклама новый телефон', 'ad'],
    ['[광고] 새로운 립스틱', 'ad'],
    ['【PR】新作コスメ', 'ad'],
    ['In collaboration with @brand', 'partnership'],
    ['Proud brand ambassador', 'partnership'],
    ['Links below are affiliate links', 'affiliate'],
    ['As an Amazon Associate I earn from qualifying purchases.', 'affiliate'],
    ['Using my link supports the channel', 'affiliate'],
    ['PR sample, thanks @brand', 'gifted'],
    ['#gifted by the lovely team', 'gifted'],
    ['제품을 제공받아 작성한 후기입니다', 'gifted'],
    // Written without spaces, in the middle of a longer run of text.
    ['今日は新しいリップを試しました有償パートナーシップです', 'ad'],
    ['新品上市付费合作感谢支持', 'ad'],
    ['오늘 소개할 제품은 유료광고 포함 입니다', 'ad'],
    ['このリンクはアフィリエイトリンクです', 'affiliate'],
    // The reference's strong labels beyond hashtags: Japanese 宣伝 / 案件 / 提供 as labels and credits,
    // Korean and Chinese sponsorship in running text, Thai, and head-of-line labels in other scripts.
    ['【宣伝】新作リップのご紹介', 'ad'],
    ['新作リップを使ってみました。PR案件です', 'ad'],
    ['新作コスメ 提供：ABC化粧品', 'gifted'],
    ['商品提供いただきました', 'gifted'],
    ['새로 나온 립스틱 협찬받은 제품입니다', 'ad'],
    ['이 영상은 유료 광고 포함 입니다', 'ad'],
    ['这是广告 新品口红', 'ad'],
    ['本文由ABC贊助 新品口紅', 'ad'],
    ['ได้รับการสนับสนุนจาก ABC', 'ad'],
    ['Hirdetés: új krém', 'ad'],
    ['Reclamă: cremă nouă', 'ad'],
    ['Διαφήμιση: νέα κρέμα', 'ad'],
    ['विज्ञापन: नया उत्पाद', 'ad'],
  ])('finds the marker in %j', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    ['Not sponsored, I just love it'],
    ['This is not a sponsored video.'],
    ['Unbezahlte Werbung wegen Markennennung'],
    ['No affiliate links here'],
    ['#notsponsored #ootd'],
    ['Keine Werbung, selbst gekauft'],
    ['Dieses Video enthält keine Werbung'],
    ['Werbung - unbezahlt, ich liebe diese Creme'],
    ['Werbung (unbezahlt) neue Creme'],
    ['Werbung da Markennennung'],
    ['Sponsored by absolutely nobody lol'],
    ['#werbungwegenmarkennennung meine Lieblingscreme'],
    ['내돈내산 후기'],
    ['今日のコスメは広告ではありません自腹です'],
    ['이 글은 협찬 아님 그냥 좋아서 씀'],
    ['이 제품은 협찬받지 않은 내돈내산입니다'],
    ['협찬 없이 직접 구매했어요'],
    ['这不是广告，自费购买'],
    ['本视频没有赞助'],
    ['自分で買いました、宣伝ではありません'],
    // A negator before a disclosure hashtag, or before "is" and the word, denies it.
    ['Not #sponsored, just love it'],
    ['This is NOT an #ad'],
    ['No es #publi'],
    ['Non è #pubblicità'],
    ['To nie jest reklama: kupiłam sama'],
  ])('reads %j as a negation and never as disclosure', (text) => {
    const found = kinds(text);
    expect(found).toContain('negation');
    expect(found.filter((k) => k !== 'negation')).toEqual([]);
  });

  it.each([
    ['New #adidas drop for my #adventure'],
    ['Happy #pride everyone, see you in #prague'],
    ['Mehr anzeigen'],
    ['I love to code'],
    ['I made a sponge cake #sponge'],
    ['For sponsorship inquiries: mail@me.com'],
    ['Loaded my bad ads blocker'],
    // 提供 crediting a tip, a computer monitor, 案件 as "a matter", a music video, a Thai denial.
    ['情報提供：山田さん ありがとう'],
    ['新しいモニターを買いました'],
    ['この案件について会議'],
    ['プロモーションビデオ公開'],
    ['ไม่ได้รับการสนับสนุน ซื้อเอง'],
    // The label word at the head of a caption in another sense: a year, Latin, a German verb phrase.
    ['AD 2024 recap'],
    ['Ad hoc meetup tonight'],
    ['Ad astra! Launch day'],
    ['Werbung machen ist schwer'],
    // Words that credit someone, crediting no one: "powered by coffee", "supported by my family".
    ['Powered by coffee and good vibes'],
    ['Supported by my amazing family'],
    ['Teamed up with my sister for this one'],
    ['Samarbete med min syster i helgen'],
    // Who sponsors a project or an attack, not the post.
    ['The park reflects a new generation of internationally sponsored projects'],
    ['State-sponsored hackers hit the grid again'],
    ['A government sponsored study on screen time'],
  ])('finds no disclosure in %j', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('keeps a disclosure hashtag whose word before it only looks like a negation', () => {
    expect(kinds('no filter #ad')).toEqual(['ad']);
    expect(kinds('Do not miss this #ad')).toEqual(['ad']);
  });

  it('gives offsets into the original text, also through fancy Unicode', () => {
    const text = 'Nuevo 🎉 #𝐚𝐝 con amigos';
    const [m] = markers(text);
    expect(m).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe('#𝐚𝐝');
    expect(m!.text).toBe('#𝐚𝐝');
  });

  it('reports the platform label as a label marker', () => {
    const text = 'caption';
    const norm = normaliseText(text);
    const found = findMarkers(text, norm, tokenise(norm, text).tokens, { kind: 'paid-partnership', text: 'Paid partnership', partner: 'nike' });
    expect(found[0]).toMatchObject({ kind: 'label', text: 'Paid partnership' });
  });
});

describe('substring markers in Latin script', () => {
  // "[PR]" is looked for only in keys where the tokeniser stepped over a "[": the same answers as a plain
  // search of the key, wherever the brackets stand.
  it.each([
    ['[PR] New serum from @brand', ['ad']],
    ['New serum [pr]', ['ad']],
    ['Haul https://shop.example.com/a?x=1 [PR] and more', ['ad']],
    ['glued x[pr]y', ['ad']],
    ['[PR]新作コスメ', ['ad']],
    ['#[pr] tag', ['ad']],
    ['PR agency life', []],
    ['[p r] spaced', []],
    ['(pr) in brackets of another kind', []],
    ['https://example.com/[pr]', ['ad']],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
    expect(normaliseText(text).key.includes('[pr]')).toBe(expected.length > 0);
  });
});

describe('the whole lexicon', () => {
  // Every phrase, written where its form lets it count, is found: the filters and tables in front of the
  // phrase lists (first words, second words, single words) may turn a word away only when no phrase can
  // start there.
  const placed = (form: string, phrase: string): string => {
    if (form === '#') return `Loving this #${phrase.replace(/\s+/g, '')} today`;
    if (form === '>') return `Video ${phrase} @brandname today`;
    if (form === '^') return `${phrase}: the new range`;
    // An ASCII substring ("[pr]") is a head marker written in brackets.
    if (form === '~' && /^[\x00-\x7f]/.test(phrase)) return `${phrase} the new range`;
    return `Our video ${phrase} today`;
  };
  const entries = (Object.entries(MARKER_LEXICON) as Array<[LexiconKind, readonly string[]]>)
    .filter(([kind]) => kind !== 'neutral')
    .flatMap(([kind, list]) => list.map((entry) => ({ kind, form: entry[0]!, phrase: entry.slice(2) })));

  it('finds every one of its phrases, of every form and kind', () => {
    expect(entries.length).toBeGreaterThan(300);
    const missed = entries.filter(({ form, phrase }) => markers(placed(form, phrase)).length === 0);
    expect(missed.map(({ kind, form, phrase }) => `${kind} ${form} ${phrase}`)).toEqual([]);
  });
});

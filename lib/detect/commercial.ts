/**
 * Commercial signals (PRODUCT.md): discount codes in many languages, affiliate and tracked links.
 * Shorteners and link-in-bio hosts are neutral: they hide the target, they are not evidence by themselves.
 * Patterns follow reference/disclosure-markers.md §2.3 (Mathur et al. affiliate filters, creator-economy
 * link platforms, UTM and network click ids).
 */
import type { Commercial } from '@/lib/schema/post';
import { hostInfo, linkParts } from './hosts';
import { SeenKeys } from './seen-keys';
import { foldForMatching, SCRIPT_CJK, SCRIPT_CYRILLIC, scriptsOfText, type NormalisedText } from './normalise';

// A link's parts are read in hosts.ts, where the brand matcher reads its host too.
export { linkParts, linkPartsByUrl, type LinkParts } from './hosts';

// "code", "promo code", "Rabattcode", "código", "codice sconto", "kod rabatowy", "промокод", … then the code.
// Words of scripts with gaps must start a word; Japanese, Chinese and Korean ones are glued to the text
// before them ("今ならクーポンコード"), and may be followed by a topic particle ("コードは", "优惠码是").
// "is", "to", "for"… between the word and the code are whole words: "code TOMMY10" is no "code to MMY10".
// Spaces are counted ({0,3}), never open-ended: with \s* on both sides of an optional colon, a code word
// followed by thousands of spaces cost seconds (every split of the run was tried).
const CODE_PATTERN =
  /(?:(?<![\p{L}\p{N}])(?:code\s?promo|promo\s?code|promocode|discount\s?code|coupon(?:\s?code)?|voucher(?:\s?code)?|rabatt\s?code|rabattcode|gutscheincode|gutschein|c[oó]digo(?:\s{1,3}(?:de\s{1,3})?(?:descuento|desconto|promocional|promo))?|codice(?:\s{1,3}sconto)?|code\s{1,3}r[ée]duc|kortingscode|kod(?:\s{1,3}rabatowy)?|rabatkode|rabattkode|alennuskoodi|rabattkod|промокод|купон|code)|(?:쿠폰\s?코드|할인\s?코드|쿠폰|코드|クーポンコード|プロモコード|割引コード|クーポン|コード|优惠码|優惠碼|折扣码|折扣碼|优惠代码|優惠代碼|促销码|促銷碼))(?:\s{1,3}(?:is|ist|est|es|é|è|to|at|for)(?![\p{L}\p{N}])|\s{0,3}(?:は|是|为|為|는|은))?\s{0,3}[:\-–：]?\s{0,3}["“'‘«„(「『【]?([\p{L}\p{N}][\p{L}\p{N}_\-]{2,19})(?![\p{L}\p{N}])["”'’»“」』】]?/giu;

/** Japanese, Chinese and Korean characters: text in these scripts glues words to a code typed in Latin. */
const GLUED_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;

/** Words after "code" that are never a discount code ("I love to code in Python", "code of conduct"). */
const NOT_A_CODE = new Set([
  'below', 'above', 'here', 'link', 'links', 'the', 'this', 'that', 'and', 'for', 'from', 'with', 'your', 'our',
  'and', 'was', 'will', 'you', 'can', 'which', 'of', 'in', 'is', 'are', 'editor', 'review', 'snippet', 'source',
]);

for (const word of NOT_A_CODE) if (/\d/.test(word)) throw new Error(`NOT_A_CODE word ${word} has a digit: findDiscountCodes skips the set for codes with one`);

/** Context that makes a "code" a game creator code or a programming one, not a discount. */
const CREATOR_CODE_CONTEXT = /(?:creator|support[\s-]*a[\s-]*creator|item\s*shop|epic\s*games?|fortnite|sac|source|qr|zip|postal|area|dress|html|css|python|javascript)\s*$/iu;

const OFFER_AFTER_CODE = /^["”'’»)]?\s*(?:for|to get|and get|gets you|at checkout|für|pour|para|per|voor|dla)\b[^.!?\n]{0,20}?(?:\d+\s?%|[$€£]\s?\d|\d+\s?[$€£]|off\b|free\b|rabatt|descuento|sconto|réduction|korting)/iu;

export interface FoundCode {
  code: string;
  start: number;
  end: number;
}

/** Words CODE_PATTERN can start with, or parts of them (a cheap prefilter; the pattern decides). */
const CODE_WORDS = ['cod', 'kod', 'koodi', 'digo', 'coupon', 'voucher', 'gutschein', 'код', 'купон', '쿠폰', '코드', 'クーポン', 'コード', '码', '碼'];
const CODE_WORD_IN_TEXT = new RegExp(CODE_WORDS.join('|'), 'iu');
/**
 * The same words folded like the key ("クーポン" loses its sound marks there), tested without flags. The
 * Latin ones and the others are two patterns: most keys are plain ASCII, and the Latin pattern alone
 * scans them in about half the time the pattern of all the words takes. "digo" is only there for the
 * text, where "código" keeps its accent; in the key it reads "codigo", which "cod" finds, and without
 * it the scan of a key takes a quarter less time (and Spanish "te digo" no longer wakes the pattern).
 */
const FOLDED_CODE_WORDS = [...new Set(CODE_WORDS.filter((word) => word !== 'digo').map(foldForMatching))];
const isAsciiWord = (word: string) => /^[\x00-\x7f]*$/.test(word);
const LATIN_CODE_WORD_IN_KEY = new RegExp(FOLDED_CODE_WORDS.filter(isAsciiWord).join('|'), 'g');
const OTHER_CODE_WORD_IN_KEY = new RegExp(FOLDED_CODE_WORDS.filter((word) => !isAsciiWord(word)).join('|'), 'g');
// Every non-Latin code word must be in a script NormalisedText notes, or firstCodeWord would skip it.
for (const word of FOLDED_CODE_WORDS) {
  if (!isAsciiWord(word) && scriptsOfText(word) === 0) throw new Error(`code word ${word} is in no script the key notes`);
}

/** Key offset of the first code word in `key` at or after `from`, or -1. `scripts` as in NormalisedText. */
function firstCodeWord(key: string, scripts: number, from = 0): number {
  LATIN_CODE_WORD_IN_KEY.lastIndex = from;
  const latin = LATIN_CODE_WORD_IN_KEY.exec(key)?.index ?? -1;
  // The other code words are all Cyrillic, Korean or Japanese.
  if ((scripts & (SCRIPT_CJK | SCRIPT_CYRILLIC)) === 0) return latin;
  OTHER_CODE_WORD_IN_KEY.lastIndex = from;
  const other = OTHER_CODE_WORD_IN_KEY.exec(key)?.index ?? -1;
  return latin < 0 ? other : other < 0 ? latin : Math.min(latin, other);
}

/** The first key offset whose text lies at or after text offset `textOffset` (key.length if none). */
function keyOffsetOf(norm: Pick<NormalisedText, 'key' | 'keyStart'>, textOffset: number): number {
  let lo = 0;
  let hi = norm.key.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((norm.keyStart[mid] ?? 0) < textOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How far (in key characters) the start of a code phrase can lie before the code word the prefilter
 * finds in it: "discount code" has "cod" 9 characters in.
 */
const CODE_WORD_LOOKBACK = 12;

/**
 * Discount codes in `text`, offsets into `text`. `norm` is normaliseText(text) when the caller has it:
 * most captions hold no code word and skip the pattern for the price of one plain scan of the key, and
 * the others run it from just before the first code word instead of from the start, and after each
 * match go on from just before the next code word, or stop when there is none (the pattern is slow to
 * fail: letting it search the rest of the caption cost more than finding the code).
 */
export function findDiscountCodes(text: string, norm?: Pick<NormalisedText, 'key' | 'keyStart' | 'scripts'>): FoundCode[] {
  let from = 0;
  if (norm !== undefined) {
    const first = firstCodeWord(norm.key, norm.scripts);
    if (first < 0) return [];
    from = norm.keyStart[Math.max(0, first - CODE_WORD_LOOKBACK)] ?? 0;
  } else if (!CODE_WORD_IN_TEXT.test(text)) {
    return [];
  }
  const codes: FoundCode[] = [];
  CODE_PATTERN.lastIndex = from;
  for (let m = CODE_PATTERN.exec(text); m !== null; m = nextCodeMatch(text, norm)) {
    let code = m[1];
    if (code === undefined) continue;
    const codeAt = m.index + m[0].lastIndexOf(code);
    // "SARAH10で10%オフ", "LILY10有效": a code typed in Latin ends where Japanese, Chinese or Korean text
    // glued to it begins.
    const glued = /^[A-Za-z0-9][A-Za-z0-9_\-]*/.exec(code)?.[0];
    if (glued !== undefined && glued.length < code.length && glued.length >= 3 && GLUED_SCRIPT.test(code[glued.length] ?? '')) code = glued;
    const lead = text.slice(Math.max(0, m.index - 30), m.index);
    if (CREATOR_CODE_CONTEXT.test(lead)) continue;
    const hasDigit = /\d/.test(code);
    // The words that are never a code have no digit: a code with one needs no lower-cased copy to tell.
    if (!hasDigit && NOT_A_CODE.has(code.toLowerCase())) continue;
    const start = codeAt;
    // A discount code has a digit, or is typed in capitals (SARAH, LEA15), or is quoted ('Houndish'), or
    // is offered: "use code jackiea for 10% off" (an offer right after the word makes it a code whatever
    // its case). Asked in that order, each only when the ones before did not tell.
    const looksLikeCode =
      hasDigit ||
      /^[\p{Lu}\p{N}_\-]+$/u.test(code) ||
      /["“'‘«„(]/.test(text[start - 1] ?? '') ||
      OFFER_AFTER_CODE.test(text.slice(start + code.length, start + code.length + 40));
    if (!looksLikeCode) continue;
    codes.push({ code, start, end: start + code.length });
  }
  return codes;
}

/** The next match of CODE_PATTERN after the last one (see findDiscountCodes). */
function nextCodeMatch(text: string, norm: Pick<NormalisedText, 'key' | 'keyStart' | 'scripts'> | undefined): RegExpExecArray | null {
  if (norm !== undefined) {
    const next = firstCodeWord(norm.key, norm.scripts, keyOffsetOf(norm, CODE_PATTERN.lastIndex));
    if (next < 0) return null;
    CODE_PATTERN.lastIndex = Math.max(CODE_PATTERN.lastIndex, norm.keyStart[Math.max(0, next - CODE_WORD_LOOKBACK)] ?? 0);
  }
  return CODE_PATTERN.exec(text);
}

/** Hosts whose links are affiliate links by themselves (creator-economy platforms and networks). */
const AFFILIATE_HOSTS = new Set([
  'amzn.to', 'amzn.eu', 'amzn.com', 'a.co', 'amzlink.to', 'liketk.it', 'liketoknow.it', 'shopltk.com', 'ltk.app',
  'rstyle.me', 'shopmy.us', 'shop-links.co', 'alipromo.com', 'alitems.com', 'ali.pub', 'epn.bz', 'go.magik.ly', 'go.mvly.co', 'howl.me', 'howl.link', 'geni.us',
  'prf.hn', 'sjv.io', 'fave.co', 'go.skimresources.com', 'go.redirectingat.com', 'click.linksynergy.com',
  'awin1.com', 'ad.zanox.com', 'zenaps.com', 'anrdoezrs.net', 'dpbolvw.net', 'jdoqocy.com', 'kqzyfj.com',
  'tkqlhce.com', 'emjcd.com', 'qksrv.net', 'cj.dotomi.com', '7eer.net', 'evyy.net', 'gopjn.com', 'pjatr.com',
  'pjtra.com', 'pntra.com', 'pntrac.com', 'pntrs.com', 'hop.clickbank.net', 'shareasale.com', 'shopstyle.it',
  'ad.admitad.com', 'rover.ebay.com', 's.click.aliexpress.com', 's.aliexpress.com', 'bit.ly/amzn', 'tidd.ly',
  'shrsl.com', 'avantlink.com', 'linksynergy.com', 'go.shopmy.us', 'urlgeni.us', 'kit.co', 'flip.it/affiliate',
]);

/** Registrable domains where any subdomain is an affiliate host (click trackers of the networks). */
const AFFILIATE_DOMAINS = new Set([
  'linksynergy.com', 'anrdoezrs.net', 'dpbolvw.net', 'jdoqocy.com', 'kqzyfj.com', 'tkqlhce.com', 'awin1.com',
  'sjv.io', 'evyy.net', '7eer.net', 'pxf.io', 'skimresources.com', 'redirectingat.com', 'clickbank.net',
  'go2cloud.org', 'shareasale.com', 'pntrs.com', 'gopjn.com', 'prf.hn', 'rstyle.me', 'liketk.it',
]);

/** Query parameters that make a link an affiliate link, by host (or '*' for any host). */
const AFFILIATE_PARAMS: Array<{ domain: string | '*'; params: readonly string[] }> = [
  { domain: 'amazon', params: ['tag', 'ascsubtag', 'linkcode'] },
  { domain: 'aliexpress', params: ['af', 'aff_platform', 'aff_trace_key'] },
  { domain: 'apple', params: ['at', 'afid'] },
  { domain: 'booking', params: ['aid'] },
  { domain: 'ebay', params: ['campid', 'mkcid'] },
  { domain: 'flipkart', params: ['affid'] },
  { domain: 'banggood', params: ['p'] },
  { domain: 'bookdepository', params: ['a_aid'] },
  { domain: 'avantlink', params: ['pw'] },
  { domain: '*', params: ['awinaffid', 'affid', 'aff_id', 'affiliate', 'affiliate_id', 'a_aid', 'aff', 'ref_id', 'irclickid', 'awc', 'ranmid', 'raneaid', 'ransiteid', 'clickref', 'associate'] },
];

const TRACKING_PARAMS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'utm_term', 'ref', 'referral', 'refid', 'discount', 'coupon', 'promo'];

/** AFFILIATE_PARAMS by parameter: the domains (or '*') on which it makes a link an affiliate link. */
const AFFILIATE_PARAM_DOMAINS = new Map<string, Set<string>>();
for (const rule of AFFILIATE_PARAMS) {
  for (const name of rule.params) {
    let domains = AFFILIATE_PARAM_DOMAINS.get(name);
    if (domains === undefined) AFFILIATE_PARAM_DOMAINS.set(name, (domains = new Set()));
    domains.add(rule.domain);
  }
}
const TRACKING_PARAM_SET: ReadonlySet<string> = new Set(TRACKING_PARAMS);

export type CommercialLinkKind = 'affiliate' | 'tracked';

/** Classifies one URL (scheme optional): affiliate, tracked, or null for a plain or neutral link. */
export function classifyLink(url: string): CommercialLinkKind | null {
  const parts = linkParts(url);
  if (parts === null) return null;
  const { host, path, bare, params } = parts;
  // A bare "amzn.to" in a sentence names the service; only a link with a path leads to a product.
  if (AFFILIATE_HOSTS.has(host)) return bare ? null : 'affiliate';
  const info = hostInfo(host);
  const domain = info.domain ?? host;
  if (AFFILIATE_DOMAINS.has(domain)) return bare ? null : 'affiliate';
  // Click-tracking subdomains (click.dji.com, track.brand.com) count clicks for a campaign.
  if (!bare && /^(?:click|clicks|track|tracking|trk|clk)\./.test(host)) return 'tracked';
  const domainName = info.domainWithoutSuffix ?? '';
  if (domainName === 'amazon' && path.startsWith('/shop/')) return 'affiliate';
  // By the link's own parameters (one or two), each looked up once, rather than every rule's list searched.
  for (const name of params) {
    const domains = AFFILIATE_PARAM_DOMAINS.get(name);
    if (domains !== undefined && (domains.has('*') || domains.has(domainName))) return 'affiliate';
  }
  for (const name of params) if (TRACKING_PARAM_SET.has(name)) return 'tracked';
  return null;
}

/** Codes in the text and commercial links among `links` (already merged from DOM and text). */
export function findCommercial(text: string, links: readonly string[], norm?: Pick<NormalisedText, 'key' | 'keyStart' | 'scripts'>): Commercial {
  const codes = findDiscountCodes(text, norm);
  const commercialLinks: Commercial['links'] = [];
  if (links.length === 0) return { codes, links: commercialLinks };
  const seen = new SeenKeys<string>(links.length);
  for (const url of links) {
    if (!seen.add(url)) continue;
    const kind = classifyLink(url);
    if (kind !== null) commercialLinks.push({ url, kind });
  }
  return { codes, links: commercialLinks };
}

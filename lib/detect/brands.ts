/**
 * Brand mentions with evidence (PRODUCT.md "brands"): platform partner label, @handles, hashtags (exact or
 * brand-prefixed like #nikerunning), names in text with word boundaries, link domains, and misspellings
 * through fuse.js on a small shortlist. Each token costs a few hash lookups; nothing here loops over brands.
 */
import { labelPartners, type BrandMention, type PlatformLabel } from '@/lib/schema/post';
import { normaliseHandle } from '@/lib/schema/contracts';
import {
  compactKey,
  fuzzyLookup,
  compactBrand,
  gaplessKey,
  GAPLESS_HANGUL,
  GAPLESS_KATAKANA,
  isHangulUnit,
  isKatakanaUnit,
  isCommonItem,
  isOrdinaryPhraseItem,
  linkHosts,
  mayBeKey,
  NAME_CATALOGUE_WORD,
  NAME_COMMON,
  NAME_GLUED,
  NAME_NEEDS_CAPITAL,
  NAME_ORDINARY_PHRASE,
  NAME_USER,
  isFunctionWord,
  NAME_SHORT,
  nodeHasNext,
  nodePhraseCount,
  payloadBrand,
  payloadHasNext,
  payloadPhraseCount,
  payloadWordsAndFlags,
  type BrandIndex,
} from './brand-index';
import { mayContain } from './key-filter';
import { findKeyList, findWordSlot, keyListItem, keyListLength, keyListOf, lookupWord, slotPayload, slotValue } from './word-table';
import { findEvasiveSpellings, type TokenShape } from './evasions';
import { wrappedDestination } from './hosts';
import { copyFirst } from './scratch';
import { SeenKeys } from './seen-keys';
import { foldForMatching, isCapitalisedAt, SCRIPT_CJK, type NormalisedText } from './normalise';
import { isWordCode, wordHash, wordHashOf, TOKEN_HASHTAG, TOKEN_WORD, type Tokens } from './tokens';

export interface BrandMatchInput {
  text: string;
  norm: NormalisedText;
  tokens: Tokens;
  /** Tokenised.spacedRun and mixedWords, when known: let the search for evasive spellings skip most captions. */
  tokenShape?: TokenShape;
  /** Mentions and hashtags the page gave in addition to the text (key form not required). */
  extraMentions: readonly string[];
  extraHashtags: readonly string[];
  /** Links from the page and from the text, with offsets where they are in the text. */
  links: ReadonlyArray<{ url: string; start: number; end: number }>;
  label: PlatformLabel | null;
  /** Disclosure or commercial signals exist: a capitalised common-word name then reads as the brand. */
  commercialContext: boolean;
  /**
   * Text offsets where a disclosure that credits someone ends ("sponsored by", "in collaboration with"):
   * a name right after one is the sponsor, even a common word ("sponsored by Calm"). See creditEnds.
   */
  creditEnds?: readonly number[];
  /**
   * Text offsets where a label that a colon or a bar ties to what follows ends ("Sponsor: Squarespace"):
   * credits a name that is no common word. See creditEnds.
   */
  labelEnds?: readonly number[];
  /** Handles of the post's authors: a creator naming themself is not a brand mention. */
  authors: readonly string[];
}

/** Hashtag tails that keep a common-word brand in its brand sense (#targetpartner, #amazonfinds). */
const CAMPAIGN_SUFFIXES = new Set([
  'partner', 'partners', 'ambassador', 'ambassadors', 'official', 'haul', 'finds', 'find', 'style', 'squad',
  'family', 'team', 'fan', 'fans', 'lover', 'lovers', 'deals', 'sale', 'run', 'running', 'fit', 'beauty',
  'style', 'collab', 'gifted', 'ad', 'sponsored', 'store', 'shop', 'women', 'men', 'kids', 'us', 'uk', 'de',
  'cosmetics', 'fashion', 'outfit', 'outfits', 'ootd', 'stores', 'shopping', 'products', 'skincare', 'makeup', 'clothing',
  'shoes', 'sneakers', 'bags', 'usa',
]);

/** Words that, next to a common-word brand name, show the brand sense ("Apple Watch", "Dove body wash"). */
const PRODUCT_WORDS = new Set([
  'watch', 'iphone', 'ipad', 'macbook', 'airpods', 'music', 'tv', 'pay', 'card', 'store', 'stores', 'body',
  'wash', 'soap', 'shampoo', 'deodorant', 'lotion', 'hoodie', 'jeans', 'bag', 'bags', 'handbag', 'purse',
  'sneakers', 'shoes', 'app', 'products', 'product', 'collection', 'campaign', 'ambassador', 'partner',
  'official', 'brand', 'order', 'delivery', 'circle', 'headphones', 'prime', 'outlet', 'x', 'sale', 'haul',
  'skincare', 'makeup', 'perfume', 'fragrance', 'jacket', 'shirt', 'dress', 'boots', 'range', 'gift',
  'services', 'service', 'associate', 'associates', 'affiliate', 'link', 'links', 'giftcard', 'smile', 'basics',
  'shopping', 'purchase', 'purchases', 'account', 'canada', 'com',
  'pads', 'liners', 'tampons', 'pens', 'pen', 'lighter', 'razor', 'razors', 'spray', 'bodyspray',
]);

/**
 * Country codes after a name ("Amazon UK", "Apple US"): product words only in capitals, since "us", "it"
 * and "es" are everyday words ("Mind the gap, it is…", "Target us").
 */
const COUNTRY_CODES = new Set(['uk', 'us', 'ca', 'de', 'fr', 'es', 'it', 'au', 'jp', 'mx', 'br', 'in']);

/** Words that everyday English numbers ("Top 10", "Day 1", "Step 3"): a number after them is no model. */
const NUMBERED_WORDS = new Set([
  'top', 'day', 'days', 'week', 'part', 'step', 'level', 'chapter', 'round', 'episode', 'season', 'number', 'page',
  'phase', 'stage', 'volume', 'game', 'class', 'grade', 'size', 'room', 'gate', 'lesson', 'tip', 'tips', 'rule', 'question',
]);

/**
 * Whether the word after candidate `c` shows the brand sense: a product word, a model number written
 * right after the name ("Windows 10", not "Sun, 17 Oct"), or a country code.
 */
function isProductAfter(c: Candidate, tokens: Tokens, text: string, keyStart: readonly number[], keyEnd: readonly number[]): boolean {
  const next = c.tokenIndex + 1;
  if (c.tokenIndex < 0 || c.end < 0 || !tokens.isWord(next)) return false;
  // In the same phrase: "Apple Watch", not "is live! Link in bio" nor "an apple, links below".
  const gap = text.slice(c.end, keyStart[tokens.from(next)] ?? 0);
  if (/[.!?;:,\n]/.test(gap)) return false;
  const word = tokens.text(next);
  if (PRODUCT_WORDS.has(word)) return true;
  // ("Save 10%": a share, not a model.)
  if (/^\d/.test(word)) return /^\s+$/.test(gap) && !NUMBERED_WORDS.has(foldForMatching(c.text)) && tokens.key.charCodeAt(tokens.to(next)) !== 37;
  if (!COUNTRY_CODES.has(word)) return false;
  const shown = text.slice(keyStart[tokens.from(next)] ?? 0, keyEnd[tokens.to(next) - 1] ?? 0);
  return shown === shown.toUpperCase();
}

/** Whether text offset `start` comes right after one of `creditEnds` or `labelEnds` (spaces, a colon, a bar or quotes between). */
function isCredited(text: string, start: number, creditEnds: readonly number[] | undefined, labelEnds: readonly number[] | undefined): boolean {
  return endsJustBefore(text, start, creditEnds) || endsJustBefore(text, start, labelEnds);
}

/** Whether one of `ends` lies just before `start`, with only spaces, a colon, a bar or quotes between. */
function endsJustBefore(text: string, start: number, ends: readonly number[] | undefined): boolean {
  if (ends === undefined) return false;
  for (const end of ends) if (end <= start && start - end <= 8 && /^[\s:|"'“‘]*$/.test(text.slice(end, start))) return true;
  return false;
}
const NO_LABEL_ENDS: readonly number[] = [];

/**
 * Where the disclosures that credit someone end, as BrandMatchInput wants them: `credit`, those whose last
 * word names a partner ("sponsored by", "in collaboration with", "brought to you by", "in Kooperation mit");
 * `label`, the others that a colon or a bar ties to what follows ("Sponsor: Squarespace", "Anzeige | Nike").
 */
export function creditEnds(markers: readonly { kind: string; text: string; end: number }[], text: string): { credit: number[]; label: number[] } {
  const credit: number[] = [];
  const label: number[] = [];
  for (const m of markers) {
    if (m.kind === 'negation' || m.kind === 'label') continue;
    const last = lastWordOf(m.text);
    if (last !== null && PARTNER_WORDS.has(last)) credit.push(m.end);
    else if (isColonOrBarAt(text, m.end)) label.push(m.end);
  }
  return { credit, label };
}

/**
 * The last word of a marker's text, lower-cased ("Paid partnership with" → "with"), or null when it ends in
 * no letter. Read backwards by hand: every post with a disclosure asks, and a pattern anchored at the end
 * is tried from every offset of the text.
 */
function lastWordOf(markerText: string): string | null {
  let end = markerText.length;
  while (end > 0 && isSpaceUnit(markerText.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isLetterUnit(markerText.charCodeAt(start - 1))) start--;
  return start === end ? null : markerText.slice(start, end).toLowerCase();
}

/** What \s matches, one UTF-16 unit at a time (ASCII by comparisons, the rest by the pattern itself). */
function isSpaceUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(String.fromCharCode(c));
}
const SPACE = /\s/;

const LETTER = /\p{L}/u;
function isLetterUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(String.fromCharCode(c));
}

/** Whether a colon or a bar follows `at` in `text`, after at most three spaces ("Sponsor: X", "Anzeige | X"). */
function isColonOrBarAt(text: string, at: number): boolean {
  for (let i = at; i < at + 4 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 124) return true;
    if (!isSpaceUnit(c)) return false;
  }
  return false;
}

/** Words before a partner's name ("with", "by", "x"), in the languages of the lexicon. */
const PARTNER_WORDS = new Set(['with', 'by', 'x', 'mit', 'von', 'avec', 'par', 'con', 'da', 'met', 'med', 'com', 'z', 'from']);

/** Prepositions before a capitalised common-word name that read as a shop ("from Target", "on Amazon"). */
const SHOP_PREPOSITIONS = new Set(['from', 'at', 'on', 'via', 'bei', 'chez', 'en', 'su', 'no', 'na']);

interface Candidate {
  brand: number;
  via: BrandMention['via'];
  text: string;
  start: number;
  end: number;
  confidence: number;
  /** Needs evidence of the brand sense before it counts. */
  common: boolean;
  /**
   * A catalogue brand's one-word name in running text: needs to read as a name (see senseOfCatalogueWord).
   * Set on every candidate, so that all have one shape and the loop over them stays monomorphic.
   */
  catalogueWord: boolean;
  /** Key token index, for the neighbour check of common words. */
  tokenIndex: number;
}

/**
 * A number per way of matching, for the one-mention-per-brand-way-and-place key. A switch, not an object
 * read by key: six string keys make that read megamorphic (a dictionary probe per candidate).
 */
function viaCode(via: BrandMention['via']): number {
  switch (via) {
    case 'label':
      return 0;
    case 'handle':
      return 1;
    case 'hashtag':
      return 2;
    case 'name':
      return 3;
    case 'domain':
      return 4;
    default:
      return 5;
  }
}

const NO_BRANDS: ReadonlySet<number> = new Set();

interface MatchState {
  index: BrandIndex;
  text: string;
  candidates: CandidateList;
  /** The post's authors, as the page gave them. */
  rawAuthors: readonly string[];
}

/**
 * Handle, compact-name and brand-prefix lookups for one @mention or #hashtag; false when nothing matched.
 * The tag is source[from, to), in key form (folded, no "#"/"@"), `hash` its wordHash: a tag of the text
 * is read in the key where it stands, and cut out as a string only when it is not plain letters and
 * digits (most tags are) or when a brand prefix is found. `shownAs` is the tag as shown, or null for a tag
 * of the text: then it is cut from the text only when something matched (most tags match nothing).
 */
function matchTag(state: MatchState, kind: 'mention' | 'hashtag', source: string, from: number, to: number, hash: number, start: number, end: number, shownAs: string | null, tokenIndex: number): boolean {
  const { index, candidates } = state;
  if (kind === 'mention') {
    if (isAuthorAt(state.rawAuthors, source, from, to)) return true;
    const byHandle = mayBeKey(index, hash) ? findKeyList(index.handles, hash, source, from, to) : -1;
    if (byHandle !== -1) {
      for (let i = 0; i < keyListLength(index.handles, byHandle); i++) {
        candidates.add(keyListItem(index.handles, byHandle, i), 'handle', shownAs ?? state.text.slice(start, end), start, end, 0.98, false, false, tokenIndex);
      }
      return true;
    }
  }
  const via = kind === 'mention' ? 'handle' : 'hashtag';
  // A plain tag is its own compact name, read in place.
  const plain = isPlainRange(source, from, to);
  const compact = plain ? source : compactOfTag(source.slice(from, to));
  const compactFrom = plain ? from : 0;
  const compactTo = plain ? to : compact.length;
  const compactHash = plain ? hash : wordHash(compact);
  const byName = mayBeKey(index, compactHash) ? findKeyList(index.compact, compactHash, compact, compactFrom, compactTo) : -1;
  if (byName !== -1) {
    for (let i = 0; i < keyListLength(index.compact, byName); i++) {
      const item = keyListItem(index.compact, byName, i);
      const common = isCommonItem(item) || (kind === 'hashtag' && isOrdinaryPhraseItem(item));
      candidates.add(compactBrand(item), via, shownAs ?? state.text.slice(start, end), start, end, common ? 0.6 : kind === 'mention' ? 0.9 : 0.95, common, false, tokenIndex);
    }
    return true;
  }
  // Brand-prefixed tags: longest brand prefix first (#nikerunning → nike; #gapyear stays unmatched).
  const prefixed = prefixBrands(index, compact, compactFrom, compactTo, kind === 'mention' ? source : null, from, to);
  for (const brand of prefixed) candidates.add(brand, via, shownAs ?? state.text.slice(start, end), start, end, 0.75, false, false, tokenIndex);
  return prefixed.length > 0;
}

/** Whether source[from, to) is only a–z and 0–9 (a tag that is its own compact name). */
function isPlainRange(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/**
 * Whether one of the post's authors, as a handle, is source[from, to). Worked out for each @mention
 * rather than kept: a plain handle is its own normal form (normaliseHandle returns it as it is), so
 * that costs no more than a list of them made for every post with a mention.
 */
function isAuthorAt(authors: readonly string[], source: string, from: number, to: number): boolean {
  for (let i = 0; i < authors.length; i++) {
    const handle = normaliseHandle(authors[i]!);
    if (handle.length === to - from && source.startsWith(handle, from)) return true;
  }
  return false;
}

/**
 * Reads the id of each candidate's brand now, all in one short loop, though the mentions are only
 * written at the end. A brand named in a post is seldom one the last posts named, so its entry is
 * usually not in any cache: loads issued together wait for memory about once, where the same loads
 * spread over the judging loop, one mention at a time, each waited in turn (the engine took about 2%
 * less time with this loop, over six runs of bench:compare). What it reads is kept in `touchSink`, so
 * that the compiler does not drop the loads as unused.
 */
function touchBrandEntries(index: BrandIndex, candidates: CandidateList): void {
  let missing = 0;
  for (let i = 0; i < candidates.count; i++) if (index.idsAndNames[candidates.items[i]!.brand * 2] === undefined) missing++;
  touchSink.value = missing;
}
/** Written by touchBrandEntries, read by nothing. */
const touchSink = { value: 0 };

/**
 * The candidates of the post being matched, kept from post to post like the scratch lists (scratch.ts):
 * the first `count` of `items` are this post's. A post has a few, and each was an object and a place in
 * a new array for every post; add() rewrites the object at its place, or makes one the first time a post
 * has that many. (matchBrands runs to the end before the next call, and nothing it returns holds them.)
 */
class CandidateList {
  items: Candidate[] = [];
  count = 0;

  add(brand: number, via: BrandMention['via'], text: string, start: number, end: number, confidence: number, common: boolean, catalogueWord: boolean, tokenIndex: number): void {
    const c = this.items[this.count++];
    if (c === undefined) {
      this.items.push({ brand, via, text, start, end, confidence, common, catalogueWord, tokenIndex });
      return;
    }
    c.brand = brand;
    c.via = via;
    c.text = text;
    c.start = start;
    c.end = end;
    c.confidence = confidence;
    c.common = common;
    c.catalogueWord = catalogueWord;
    c.tokenIndex = tokenIndex;
  }
}
const scratchCandidates = new CandidateList();

/** Token numbers of the post's tags and capitalised words that matched nothing, for the fuzzy pass (see scratch.ts). */
const scratchFuzzyCandidates: number[] = [];
/** The post's mentions as they are judged, copied out at their number; and their keys, to list each once. */
const scratchMentions: BrandMention[] = [];
const seenMentions = new SeenKeys<number>(0);

/**
 * `brandNumbers`, when given, receives the index number of each mention's brand, in step with the result
 * (written at each mention's place: entries past the last mention are left as they were).
 */
export function matchBrands(input: BrandMatchInput, index: BrandIndex, brandNumbers?: number[]): BrandMention[] {
  const { text, norm, tokens } = input;
  const candidates = scratchCandidates;
  candidates.count = 0;
  const state: MatchState = { index, text, candidates, rawAuthors: input.authors };
  const keyStart = norm.keyStart;
  const keyEnd = norm.keyEnd;
  const hasExtras = input.extraMentions.length > 0 || input.extraHashtags.length > 0;
  const seenTagKeys = hasExtras ? new Set<string>() : null;

  if (input.label) {
    // Every partner the label names ("Paid partnership with brand_a and brand_b").
    for (const partner of labelPartners(input.label)) {
      for (const brand of lookupHandleOrName(index, partner)) {
        candidates.add(brand, 'label', input.label.text, -1, -1, 1, false, false, -1);
      }
    }
  }

  // Tokens left for the fuzzy pass: tags and capitalised words long enough to be a name.
  const fuzzyCandidates = scratchFuzzyCandidates;
  let fuzzyCount = 0;
  for (let t = 0; t < tokens.length; t++) {
    const from = tokens.from(t);
    const to = tokens.to(t);
    const hash = tokens.hash(t);
    const kindCode = tokens.kindCode(t);
    if (kindCode !== TOKEN_WORD) {
      const kind = kindCode === TOKEN_HASHTAG ? 'hashtag' : 'mention';
      const start = keyStart[from] ?? 0;
      const end = keyEnd[to - 1] ?? start;
      const textFrom = from + 1;
      if (seenTagKeys !== null) seenTagKeys.add(`${kind}:${compactOfTag(tokens.text(t))}`);
      if (!matchTag(state, kind, norm.key, textFrom, to, hash, start, end, null, t) && to - textFrom >= 5) fuzzyCandidates[fuzzyCount++] = t;
      continue;
    }
    // "McDonald's" written for a brand typed "McDonalds": try the word without its apostrophe too; and
    // "Nike's", "Nike’s": the name without the possessive, which then ends the name.
    const rootSlot = mayBeKey(index, hash) ? findWordSlot(index.names.edges, 0, hash, norm.key, from, to) : -1;
    let root = rootSlot < 0 ? -1 : slotValue(index.names.edges, rootSlot);
    const rootPayload = rootSlot < 0 ? -1 : slotPayload(index.names.edges, rootSlot);
    let firstEnd = to;
    if (root < 0 && tokens.apostrophe(t)) {
      const bare = tokens.text(t).replace(/'/g, '');
      root = lookupWord(index.names.edges, 0, wordHash(bare), bare, 0, bare.length);
      const stem = root < 0 ? possessiveStem(tokens, t) : -1;
      if (stem > from) {
        root = lookupWord(index.names.edges, 0, wordHashOf(norm.key, from, stem), norm.key, from, stem);
        firstEnd = stem;
      }
    }
    const matched = root < 0 ? 0 : matchNames(index, root, rootPayload, tokens, t, norm.key, text, keyStart, keyEnd, candidates, firstEnd, input.creditEnds, input.labelEnds);
    if (matched > 0) t += matched - 1;
    else if (to - from >= 5 && isCapitalisedAt(text, keyStart[from] ?? 0) && !matchInflected(index, norm.key, text, keyStart, keyEnd, t, from, to, candidates)) fuzzyCandidates[fuzzyCount++] = t;
  }

  touchBrandEntries(index, candidates);

  // Names in scripts written without word gaps ("ナイキさん", "感谢耐克", "나이키의"): read from the key.
  if ((norm.scripts & SCRIPT_CJK) !== 0 && index.gapless.size > 0) findGaplessNames(index, norm, text, candidates);

  for (const raw of input.extraMentions) {
    if (seenTagKeys?.has(`mention:${compactOfTag(raw)}`)) continue;
    const handle = normaliseHandle(raw);
    matchTag(state, 'mention', handle, 0, handle.length, wordHash(handle), -1, -1, `@${handle}`, -1);
  }
  for (const raw of input.extraHashtags) {
    if (seenTagKeys?.has(`hashtag:${compactOfTag(raw)}`)) continue;
    const tag = foldForMatching(raw.replace(/^#/, ''));
    matchTag(state, 'hashtag', tag, 0, tag.length, wordHash(tag), -1, -1, `#${raw.replace(/^#/, '')}`, -1);
  }

  for (const link of input.links) {
    const hosts = linkHosts(link.url);
    if (hosts === null) continue;
    if (matchLinkDomain(index, hosts, link, 1, candidates)) continue;
    // An affiliate network's link to a shop ("go.skimresources.com/?url=…sephora.com") names the shop.
    const destination = wrappedDestination(link.url, hosts.domain);
    const destinationHosts = destination === null ? null : linkHosts(destination);
    if (destinationHosts !== null) matchLinkDomain(index, destinationHosts, link, 0.95, candidates);
  }

  // Names spelt to dodge matching ("N i k e", "N.I.K.E", "N1ke"): the user's own brands only, like
  // misspellings, because across a whole catalogue spaced letters and digits read as too many words.
  // By index: the answer for most posts is a frozen empty list, which for…of walks with an iterator object.
  const evasive = findEvasiveSpellings(norm.key, tokens, userBrandKeyTest(index), input.tokenShape);
  for (let e = 0; e < evasive.length; e++) {
    const found = evasive[e]!;
    const start = keyStart[found.from] ?? 0;
    const end = keyEnd[found.to - 1] ?? start;
    // Spelling a name apart is deliberate: even a common-word brand ("A.P.P.L.E") means the brand here.
    const via = tokens.kind(found.tokenIndex) === 'hashtag' ? 'hashtag' : 'name';
    for (const brand of userBrandsOf(index, found.compact)) {
      candidates.add(brand, via, text.slice(start, end), start, end, found.how === 'spaced' ? 0.85 : 0.8, false, false, found.tokenIndex);
    }
  }

  // Misspellings: only tags and capitalised words that matched nothing, and only a handful per post.
  let fuzzyBudget = 6;
  for (let f = 0; f < fuzzyCount; f++) {
    const t = fuzzyCandidates[f]!;
    if (fuzzyBudget <= 0) break;
    const kind = tokens.kind(t);
    if (kind === undefined) continue;
    const start = keyStart[tokens.from(t)] ?? 0;
    const end = keyEnd[tokens.to(t) - 1] ?? start;
    if (kind === 'word' && !isCapitalisedMidSentence(text, start)) continue;
    // In Title Case Lines every word is capitalised: capitals are no sign of a name there.
    if (kind === 'word' && followsCapitalised(text, tokens, t, keyStart)) continue;
    // Handles like @friend123 and tags with digits are not misspelt brand names. (Cut out only for the
    // tokens the tests above kept.)
    const word = lettersOf(tokens.text(t));
    if (word === null || word.length < 5) continue;
    fuzzyBudget--;
    const hit = fuzzyLookup(index, word);
    if (hit !== null) {
      candidates.add(hit.brand, 'fuzzy', text.slice(start, end), start, end, fuzzyConfidence(hit.score), false, false, t);
      continue;
    }
    // A name of two words with a slip in either ("Burgr King", "Burger Kng"): the pair read glued, when
    // both words are written as a name.
    const next = t + 1;
    if (kind !== 'word' || !tokens.isWord(next) || fuzzyBudget <= 0) continue;
    if (!isCapitalisedAt(text, keyStart[tokens.from(next)] ?? 0)) continue;
    const nextText = tokens.text(next);
    const pair = word + nextText;
    if (!/^[a-z]+$/.test(nextText) || pair.length < 6) continue;
    fuzzyBudget--;
    const pairHit = fuzzyLookup(index, pair);
    if (pairHit === null) continue;
    const pairEnd = keyEnd[tokens.to(next) - 1] ?? end;
    candidates.add(pairHit.brand, 'fuzzy', text.slice(start, pairEnd), start, pairEnd, fuzzyConfidence(pairHit.score), false, false, t);
  }

  // Common-word names count only with evidence of the brand sense.
  if (candidates.count === 0) return [];
  // Brands found some unmistakable way; only needed when a common word or catalogue word is in doubt.
  let inDoubt = false;
  for (let i = 0; i < candidates.count && !inDoubt; i++) inDoubt = candidates.items[i]!.common || candidates.items[i]!.catalogueWord;
  const doubted = inDoubt ? candidates.items.slice(0, candidates.count) : null;
  const strongBrands = doubted !== null ? new Set(doubted.filter((c) => !c.common && !c.catalogueWord && c.via !== 'fuzzy').map((c) => c.brand)) : NO_BRANDS;
  // A name two catalogue brands share, one of them flagged as a common word only for that ("Nike", "Niké"
  // the Slovak bookmaker): where a brand not so flagged reads the same words, the flagged one is not meant.
  const plainNameStarts = doubted === null ? null : new Set(doubted.filter((c) => c.via === 'name' && !c.common).map((c) => c.start));
  const mentions = scratchMentions;
  let mentionCount = 0;
  const seen = seenMentions;
  seen.clear(candidates.count);
  for (let i = 0; i < candidates.count; i++) {
    const c = candidates.items[i]!;
    let confidence = c.confidence;
    if (c.common && c.via === 'name' && plainNameStarts?.has(c.start) === true && !isUserBrand(index, c.brand)) continue;
    // A common word must be credited by a partner word and written as a name ("sponsored by Calm"): after a
    // label and a colon or a bar comes as often a title ("Anzeige | Home Office Tour") as a sponsor.
    const credited =
      c.via === 'name' &&
      isCredited(text, c.start, input.creditEnds, c.common ? NO_LABEL_ENDS : input.labelEnds) &&
      (!c.common || isCapitalisedAt(text, c.start));
    if (c.common && !credited) {
      // "Apple Watch", "Amazon links", "Windows 10": a product word or model number after the name.
      const nextIsProduct = isProductAfter(c, tokens, text, keyStart, keyEnd);
      const capitalised = c.start >= 0 && isCapitalisedAt(text, c.start);
      const shopPreposition = afterShopPreposition(tokens, c.tokenIndex);
      if (strongBrands.has(c.brand) || nextIsProduct) confidence = 0.8;
      else if (capitalised && shopPreposition) confidence = 0.65;
      // An account named exactly like the brand, tagged in a sponsored post ("Morning routine with
      // @glossier #sponsored"): people's handles are seldom one ordinary word, brands' often are; but
      // "@style", "@best", "@home" are words anyone may have taken, so the name must be no short or
      // dictionary word.
      else if (c.via === 'handle' && input.commercialContext && isDistinctiveHandle(index, c.text)) confidence = 0.6;
      // The weaker signs count for the user's own brands only: across a catalogue of 18,000 brands, a
      // capitalised word or a hashtag in a sponsored post ("Home vibes #ad", "#honey #ad") names one by chance
      // about one time in four.
      else if (!isUserBrand(index, c.brand) || !input.commercialContext) continue;
      else if (c.start >= 0 && isCapitalisedMidSentence(text, c.start) && !followsCapitalised(text, tokens, c.tokenIndex, keyStart)) confidence = 0.6;
      // A hashtag names the post's topic: in a sponsored post, "#puma" or "#target" is the brand.
      else if (c.via === 'hashtag') confidence = 0.6;
      // A name in capitals where the words around it are not ("PUMA Velocity Nitro 3 review") is a logo.
      else if (c.via === 'name' && isShoutedAlone(text, tokens, c, keyStart, keyEnd)) confidence = 0.6;
      else continue;
    }
    if (credited) confidence = Math.min(confidence, 0.85);
    else if (c.catalogueWord && !c.common && !strongBrands.has(c.brand)) {
      const sense = senseOfCatalogueWord(text, tokens, c, keyStart, keyEnd, input.commercialContext);
      if (sense === 0) continue;
      confidence = Math.min(confidence, sense);
    }
    const brandId = index.idsAndNames[c.brand * 2];
    if (brandId === undefined) continue;
    // One mention per brand, way and place (the same token can match a name and an alias).
    const key = (c.brand * 8 + viaCode(c.via)) * 65_536 + (c.start + 1);
    if (!seen.add(key)) continue;
    if (brandNumbers !== undefined) brandNumbers[mentionCount] = c.brand;
    mentions[mentionCount++] = { brandId, name: index.idsAndNames[c.brand * 2 + 1]!, via: c.via, text: c.text, start: c.start, end: c.end, confidence };
  }
  return copyFirst(mentions, mentionCount);
}

/**
 * The user's brand names written in a script without word gaps, wherever the key holds them and they sit
 * as a name (GaplessName): one table probe per unit of those scripts, by the unit and the next.
 */
function findGaplessNames(index: BrandIndex, norm: NormalisedText, text: string, candidates: CandidateList): void {
  const key = norm.key;
  const n = key.length;
  // The run of word units (and "_") around the last match: found once per run, so that a long run full of
  // names costs one pass, not one walk per name.
  let runFrom = 0;
  let runTo = 0;
  for (let i = 0; i + 1 < n; i++) {
    const c = key.charCodeAt(i);
    // Every script without word gaps lies above U+0E00 (Thai); the Latin part of the key is skipped.
    if (c < 0x0e00) continue;
    const names = index.gapless.get(gaplessKey(c, key.charCodeAt(i + 1)));
    if (names === undefined) continue;
    for (const name of names) {
      const end = i + name.key.length;
      if (!key.startsWith(name.key, i) || !sitsAsName(key, i, end, name.boundary)) continue;
      if (i >= runTo) {
        runFrom = i;
        while (runFrom > 0 && isTagUnit(key.charCodeAt(runFrom - 1))) runFrom--;
        runTo = end;
        while (runTo < n && isTagUnit(key.charCodeAt(runTo))) runTo++;
      }
      // Inside a hashtag ("#ナイキ", "#ナイキ好き", "#나이키운동화") the mention is the hashtag, as for "#nikerunning".
      const hash = runFrom > 0 ? key.charCodeAt(runFrom - 1) : 0;
      if (hash === 35 || hash === 0xff03) {
        const start = norm.keyStart[runFrom - 1] ?? 0;
        const stop = norm.keyEnd[runTo - 1] ?? start;
        const whole = runFrom === i && runTo === end;
        candidates.add(name.brand, 'hashtag', text.slice(start, stop), start, stop, whole ? 0.95 : 0.75, false, false, -1);
        continue;
      }
      const start = norm.keyStart[i] ?? 0;
      const stop = norm.keyEnd[end - 1] ?? start;
      const confidence = name.boundary === GAPLESS_KATAKANA || name.boundary === GAPLESS_HANGUL ? 0.85 : 0.75;
      candidates.add(name.brand, 'name', text.slice(start, stop), start, stop, confidence, false, false, -1);
    }
  }
}

/** A unit of a hashtag after its "#": a word unit or "_", as the tokeniser reads them. */
function isTagUnit(c: number): boolean {
  return c === 95 || isWordCode(c);
}

/** Whether key[from, to) sits as a name of its kind: not the tail of a longer katakana word or Korean word. */
function sitsAsName(key: string, from: number, to: number, boundary: number): boolean {
  if (boundary === GAPLESS_KATAKANA) {
    if (from > 0 && isKatakanaUnit(key.charCodeAt(from - 1))) return false;
    // "ナイキストア" (Nike store) is the brand; a two-kana name inside a longer word is usually not.
    return to - from >= 3 || to >= key.length || !isKatakanaUnit(key.charCodeAt(to));
  }
  if (boundary === GAPLESS_HANGUL) return from === 0 || !isHangulUnit(key.charCodeAt(from - 1));
  return true;
}

/** The word without "_", "." and "'" when it is otherwise plain a–z; null when it holds anything else. */
function lettersOf(word: string): string | null {
  let separators = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    if (c === 95 || c === 46 || c === 39) separators = true;
    else return null;
  }
  return separators ? word.replace(/[_.']/g, '') : word;
}

/**
 * Brands whose compact name starts the tag (source[from, to)), longest first, keeping ordinary compounds
 * out. When the tag is a mention, its @handle (key form) is handleSource[handleFrom, handleTo), and
 * handleSource null otherwise (a range, not a string: most tags start with no brand's name, and are never
 * cut out). People's handles start with brand names
 * too ("@zarahsmith", "@nikeshagupta"), so a handle counts as the brand's only when the name is followed
 * by a separator ("@nike_es", "@nike.japan") or by a word brands name their accounts with ("@nikerunning",
 * "@adidasfootball"); hashtags need neither ("#nikerunning", "#nikeairmax").
 */
function prefixBrands(index: BrandIndex, source: string, from: number, to: number, handleSource: string | null = null, handleFrom = 0, handleTo = 0): readonly number[] {
  const maxLen = Math.min(to - from - 2, index.maxCompactLength);
  if (maxLen < 3) return NO_BRAND_LIST;
  // wordHash of every prefix in one pass (FNV reads left to right), so that prefixes no key can have are
  // rejected by the filter without cutting a string or probing the map.
  const hashes = prefixHashes;
  let hash = 0x811c9dc5;
  for (let len = 1; len <= maxLen; len++) {
    hash = Math.imul(hash ^ source.charCodeAt(from + len - 1), 0x01000193);
    hashes[len] = hash >>> 2;
  }
  const lists = index.compact;
  for (let len = maxLen; len >= 3; len--) {
    const prefixHash = hashes[len] ?? 0;
    if (!mayBeKey(index, prefixHash)) continue;
    const list = findKeyList(lists, prefixHash, source, from, from + len);
    if (list === -1) continue;
    // A brand's name starts the tag (rare): only now is the tag cut out as a string.
    const compact = source.slice(from, to);
    let found: number[] | null = null;
    for (let i = 0; i < keyListLength(lists, list); i++) {
      const item = keyListItem(lists, list, i);
      // A common-word brand needs a campaign suffix (#targetpartner); others one, unless 4+ letters long.
      const tail = compact.slice(len);
      const counts =
        isCommonItem(item) || isOrdinaryPhraseItem(item) || len < 4
          ? CAMPAIGN_SUFFIXES.has(tail)
          : handleSource === null || ACCOUNT_SUFFIXES.has(tail) || isSeparatedPrefix(handleSource.slice(handleFrom, handleTo), compact, len);
      if (counts) (found ??= []).push(compactBrand(item));
    }
    if (found !== null && !cutsWord(index, compact, len)) return found;
  }
  return NO_BRAND_LIST;
}

/**
 * Whether a word of the dictionary, longer than `len`, starts `compact`: then its first `len` letters
 * are part of that word, not a brand's name ("#happyhour" is no tag of a brand called "Happ").
 */
function cutsWord(index: BrandIndex, compact: string, len: number): boolean {
  // No dictionary word is longer than dictionaryMaxLength: a 20,000-letter hashtag costs no more than a short one.
  const last = Math.min(compact.length, index.dictionaryMaxLength);
  for (let end = len + 1; end <= last; end++) if (index.dictionary.has(compact.slice(0, end))) return true;
  return false;
}
/** The shared empty answer of the lookups below. */
const NO_BRAND_LIST: readonly number[] = [];

/** What brands append to their name for their other accounts: campaign words, trades, sports, regions. */
const ACCOUNT_SUFFIXES = new Set([
  ...CAMPAIGN_SUFFIXES,
  'running', 'football', 'soccer', 'basketball', 'golf', 'tennis', 'training', 'yoga', 'originals', 'sportswear',
  'womens', 'mens', 'skincare', 'makeup', 'cosmetics', 'music', 'tv', 'news', 'support', 'help', 'careers', 'global',
  'world', 'hq', 'inc', 'group', 'studio', 'studios', 'lab', 'labs', 'pro', 'plus', 'app', 'games', 'gaming', 'food',
  'foods', 'es', 'fr', 'it', 'jp', 'kr', 'br', 'mx', 'ca', 'au', 'in', 'nl', 'pl', 'japan', 'korea', 'india', 'brasil',
  'brazil', 'mexico', 'canada', 'australia', 'deutschland', 'germany', 'france', 'italia', 'italy', 'espana', 'spain', 'latam',
]);

/** Whether the first `len` letters of `compact` end, in `handle`, right before a "_" or "." ("nike_es"). */
function isSeparatedPrefix(handle: string, compact: string, len: number): boolean {
  if (!handle.startsWith(compact.slice(0, len))) return false;
  const next = handle.charCodeAt(len);
  return next === 95 || next === 46;
}
/** Scratch space for prefixBrands (tags are short; grows if a catalogue has very long names). */
const prefixHashes: number[] = [];

/** fuse.js scores 0 (same) to 1 (unrelated); a one-edit slip scores about 0.1–0.3. */
function fuzzyConfidence(score: number): number {
  return Math.max(0.3, Math.min(0.6, 1 - score * 2));
}

function isUserBrand(index: BrandIndex, brand: number): boolean {
  return index.brands[brand]?.source === 'user';
}

/**
 * Whether a compact key of four letters or more names a user brand: the test findEvasiveSpellings takes,
 * made once per index rather than as a new closure for every post.
 */
function userBrandKeyTest(index: BrandIndex): (compact: string) => boolean {
  let test = userBrandKeyTests.get(index);
  if (test === undefined) {
    test = makeUserBrandKeyTest(index);
    userBrandKeyTests.set(index, test);
  }
  return test;
}

/**
 * The closure userBrandKeyTest keeps, made apart: a function that makes a closure over its parameter
 * allocates the closure's context on every call, including the calls that find the test already made.
 */
function makeUserBrandKeyTest(index: BrandIndex): (compact: string) => boolean {
  return (compact) => compact.length >= 4 && userBrandsOf(index, compact).length > 0;
}
const userBrandKeyTests = new WeakMap<BrandIndex, (compact: string) => boolean>();

/** User brands (not catalogue ones) whose compact name is `compact`. */
function userBrandsOf(index: BrandIndex, compact: string): readonly number[] {
  if (!mayBeKey(index, wordHash(compact))) return NO_BRAND_LIST;
  const brands = compactBrandsOf(index, compact);
  if (brands.length === 0) return NO_BRAND_LIST;
  return brands.every((b) => isUserBrand(index, b)) ? brands : brands.filter((b) => isUserBrand(index, b));
}

/** Compact key of a tag: plain ASCII tags skip the full normaliser (the common case, and the hot path). */
function compactOfTag(raw: string): string {
  if (isPlainRange(raw, 0, raw.length)) return raw;
  if (/^[a-z0-9_.]+$/.test(raw)) return raw.replace(/[_.]/g, '');
  return compactKey(raw);
}

/**
 * Names starting at token t (whose first word is trie node `root`): walks the trie as deep as the
 * following words go, then adds the names that end at the deepest depth where any does ("Just Eat" is
 * not also the brand "Just"; a sub-brand's parent is found through the brand's relations, not its
 * words). Returns the length in words of the name found (0 if none).
 */
function matchNames(index: BrandIndex, root: number, rootPayload: number, tokens: Tokens, t: number, key: string, text: string, keyStart: readonly number[], keyEnd: readonly number[], candidates: CandidateList, firstEnd: number, creditEnds?: readonly number[], labelEnds?: readonly number[]): number {
  const trie = index.names;
  const edges = trie.edges;
  const path = namePath;
  const payloads = namePayloads;
  const ends = nameEnds;
  path[0] = root;
  payloads[0] = rootPayload;
  ends[0] = firstEnd;
  let depth = 1;
  // A possessive ends a name: after "Nike's" no word goes on with it.
  for (let node = root, payload = rootPayload; firstEnd === tokens.to(t) && (payload >= 0 ? payloadHasNext(payload) : nodeHasNext(trie, node)) && depth < path.length; depth++) {
    const following = t + depth;
    if (!tokens.isWord(following)) break;
    const followingHash = tokens.hash(following);
    const followingFrom = tokens.from(following);
    const followingTo = tokens.to(following);
    const childSlot = mayContain(trie.laterWords, followingHash) ? findWordSlot(edges, node, followingHash, key, followingFrom, followingTo) : -1;
    if (childSlot >= 0) {
      node = slotValue(edges, childSlot);
      payload = slotPayload(edges, childSlot);
      path[depth] = node;
      payloads[depth] = payload;
      ends[depth] = followingTo;
      continue;
    }
    // "Burger King's": the last word of a name with the possessive on it.
    const stem = tokens.apostrophe(following) ? possessiveStem(tokens, following) : -1;
    const child = stem > followingFrom ? lookupWord(edges, node, wordHashOf(key, followingFrom, stem), key, followingFrom, stem) : -1;
    if (child >= 0) {
      path[depth] = child;
      payloads[depth] = -1;
      ends[depth] = stem;
      depth++;
    }
    break;
  }
  let matched = 0;
  let userBrandRead = false;
  const s = keyStart[tokens.from(t)] ?? 0;
  const records = trie.records;
  for (let d = depth; d >= 1; d--) {
    const node = path[d - 1]!;
    const payload = payloads[d - 1]!;
    const count = payload >= 0 ? payloadPhraseCount(payload) : nodePhraseCount(trie, node);
    if (count === 0) continue;
    const e = keyEnd[ends[d - 1]! - 1] ?? s;
    const shown = text.slice(s, e);
    for (let p = node + 1; p < node + 1 + 2 * count; p += 2) {
      const brand = payload >= 0 ? payloadBrand(payload) : records[p]!;
      const wordsAndFlags = payload >= 0 ? payloadWordsAndFlags(payload) : records[p + 1]!;
      const flags = wordsAndFlags & 0xff;
      // Under a longer catalogue name, only the user's own brand still counts (below).
      if (matched > 0 && (flags & NAME_USER) === 0) continue;
      const words = wordsAndFlags >>> 8;
      // A short name counts in capitals ("BK"), or written as a name where a disclosure credits it ("Paid partnership with Kia").
      if ((flags & NAME_SHORT) !== 0 && shown !== shown.toUpperCase() && !(isCapitalisedAt(text, s) && isCredited(text, s, creditEnds, labelEnds))) continue;
      // "The Sun", "in the Sun", "THE SUN", "A24"; not "The sun is shining", where only the sentence gave "The" its capital.
      if ((flags & NAME_NEEDS_CAPITAL) !== 0 && isLowerCaseLetterAt(text, keyStart[tokens.from(t + d - 1)] ?? s)) continue;
      const ordinaryPhrase = (flags & NAME_ORDINARY_PHRASE) !== 0;
      if (ordinaryPhrase && !writtenAsName(tokens, t, d, text, keyStart, keyEnd)) continue;
      const common = (flags & NAME_COMMON) !== 0;
      const confidence = common ? 0.7 : ordinaryPhrase ? 0.8 : (flags & NAME_GLUED) !== 0 ? 0.85 : words > 1 ? 0.95 : (flags & NAME_SHORT) !== 0 ? 0.8 : 0.9;
      candidates.add(brand, 'name', shown, s, e, confidence, common, (flags & NAME_CATALOGUE_WORD) !== 0, t);
      if (d > matched) matched = d;
      if ((flags & NAME_USER) !== 0) userBrandRead = true;
    }
    // The longest name read wins: "Just Eat" is not also the brand "Just". But the user's own brand is not
    // hidden by a longer catalogue name it starts ("Samsung" in "Samsung Galaxy", "Nike" in "Nike Factory
    // Store"): the catalogue does not know which of its names are the user's brand's products.
    if (matched > 0 && userBrandRead) break;
  }
  return matched;
}
/** Scratch for matchNames: the trie nodes along the words read (names are far shorter than this). */
const namePath = new Int32Array(64);
/** Scratch for matchNames, in step with namePath: each node's payload from its table slot (-1: read the records). */
const namePayloads = new Int32Array(64);
/** Scratch for matchNames, in step with namePath: where in the key each word read ends (before a possessive). */
const nameEnds = new Int32Array(64);

/**
 * Whether the `count` words from token t are written as a name: the first and every word that is not an
 * article or the like with a capital ("Taco Bell", "Lord of the Fries"; not "next level", "Best friends"),
 * and not as more capitalised words of a Title Case line ("Taking It To The Next Level", "Best Friends Day Out").
 */
function writtenAsName(tokens: Tokens, t: number, count: number, text: string, keyStart: readonly number[], keyEnd: readonly number[]): boolean {
  const prev = t - 1;
  if (tokens.isWord(prev) && tokens.textLength(prev) > 1) {
    // The word before, in the same phrase, capitalised mid-sentence and not an acronym ("HSBC").
    const from = keyStart[tokens.from(prev)] ?? 0;
    const gap = text.slice(keyEnd[tokens.to(prev) - 1] ?? 0, keyStart[tokens.from(t)] ?? 0);
    const shown = text.slice(from, keyEnd[tokens.to(prev) - 1] ?? 0);
    if (/^\s+$/.test(gap) && shown !== shown.toUpperCase() && isCapitalisedMidSentence(text, from)) return false;
  }
  for (let k = 0; k < count; k++) {
    if (tokens.kind(t + k) === undefined) return false;
    if (k > 0 && isFunctionWord(tokens.text(t + k))) continue;
    if (!isCapitalisedAt(text, keyStart[tokens.from(t + k)] ?? 0)) return false;
  }
  // Nor the first words of a Title Case title ("Sponsored: Best Friends Day Out").
  const next = t + count;
  if (tokens.isWord(next) && !isFunctionWord(tokens.text(next))) {
    const gap = text.slice(keyEnd[tokens.to(next - 1) - 1] ?? 0, keyStart[tokens.from(next)] ?? 0);
    const shown = text.slice(keyStart[tokens.from(next)] ?? 0, keyEnd[tokens.to(next) - 1] ?? 0);
    if (/^\s+$/.test(gap) && shown !== shown.toUpperCase() && isCapitalisedAt(text, keyStart[tokens.from(next)] ?? 0)) return false;
  }
  return true;
}

/**
 * Key offset where a name's ending after an apostrophe begins ("nike's", "nike'ın", "nike'a", "bmw'nin":
 * the offset of "'"), or -1 when the word has none. English "'s" follows a name of two letters or more;
 * the case endings of Turkish, Polish and Finnish one of three or more. English contractions ("don't",
 * "we'll", "they're") are no case endings.
 */
function possessiveStem(tokens: Tokens, t: number): number {
  if (!tokens.isWord(t)) return -1;
  const from = tokens.from(t);
  const to = tokens.to(t);
  const key = tokens.key;
  const apostrophe = key.lastIndexOf("'", to - 1);
  if (apostrophe < from + 2) return -1;
  const ending = key.slice(apostrophe + 1, to);
  if (ending === 's') return apostrophe;
  return apostrophe - from >= 3 && APOSTROPHE_ENDINGS.has(ending) ? apostrophe : -1;
}

/**
 * Case endings written after an apostrophe on a name, in key form (accents folded: Turkish "ın" is "in"):
 * Turkish (genitive, dative, locative, ablative, accusative, instrumental), Polish ("Nike'a", "Nike'owi")
 * and Finnish ("Nike'n").
 */
const APOSTROPHE_ENDINGS = new Set([
  'in', 'un', 'nin', 'nun', 'a', 'e', 'ya', 'ye', 'i', 'u', 'yi', 'yu', 'da', 'de', 'ta', 'te', 'dan', 'den', 'tan', 'ten',
  'la', 'le', 'yla', 'yle', 'em', 'ie', 'owi', 'iem', 'n', 'na', 'ssa', 'sta', 'lla', 'lle', 'lta', 'ksi',
]);

/**
 * Case endings glued to a name without an apostrophe, in key form, longest first: Finnish ("Niken",
 * "Zalandolla", "Zalandosta"), German and Scandinavian genitives and plurals ("Nikes", "IKEAs"), Polish
 * ("Adidasem", "Adidasie", "Zalanda"). Read only on the user's own one-word brands (see matchInflected).
 */
const GLUED_ENDINGS = ['ssa', 'sta', 'lla', 'lta', 'lle', 'ksi', 'iem', 'owi', 'em', 'ie', 'om', 'en', 'in', 'na', 'ta', 's', 'n', 'a', 'e', 'u', 'y'];
/**
 * GLUED_ENDINGS by their last letter (ASCII code), longest first as above: a word is only tried with the
 * endings it can have, one to seven of them, not all twenty-one (every capitalised word that names nothing
 * is tried).
 */
const GLUED_ENDINGS_BY_LAST: ReadonlyArray<readonly string[]> = Array.from({ length: 128 }, (_, code) =>
  GLUED_ENDINGS.filter((ending) => ending.charCodeAt(ending.length - 1) === code),
);

/** Fewest letters of a name an inflected word is read as: "Nike" + "n"; "Gap" + "s" is no "Gaps". */
const MIN_INFLECTED_NAME = 4;

/**
 * A capitalised word that matched nothing, read as a user brand's one-word name with a case ending glued on
 * ("Uudet Niken kengät", "Yhteistyössä Zalandon kanssa", "IKEAs nye katalog", "z Adidasem"): adds the
 * brands as candidates and returns true, or false when the word is none. Only the user's own brands, and
 * not those named with an ordinary word (their plural reads as the word: "Targets", "Apples"), nor a word
 * of the dictionary or one whose stem is ("Mangos" is fruit, whoever sells clothes as Mango).
 */
function matchInflected(index: BrandIndex, key: string, text: string, keyStart: readonly number[], keyEnd: readonly number[], t: number, from: number, to: number, candidates: CandidateList): boolean {
  if (to - from > index.maxCompactLength + 3) return false;
  const lists = index.compact;
  const last = key.charCodeAt(to - 1);
  if (last >= 128) return false;
  for (const ending of GLUED_ENDINGS_BY_LAST[last]!) {
    const nameEnd = to - ending.length;
    if (nameEnd - from < MIN_INFLECTED_NAME || !key.startsWith(ending, nameEnd)) continue;
    // The name itself, or for a stem in "-ks(e)" the Finnish name in "-s" it grades from ("Adidaksen",
    // "Adidaksella", "Adidakseen" of Adidas; the partitive "Adidasta" keeps the name whole).
    let name: string | null = null;
    const hash = wordHashOf(key, from, nameEnd);
    let list = mayBeKey(index, hash) ? findKeyList(lists, hash, key, from, nameEnd) : -1;
    if (list === -1) {
      name = finnishSStem(key, from, nameEnd);
      if (name === null) continue;
      const gradedHash = wordHash(name);
      list = mayBeKey(index, gradedHash) ? findKeyList(lists, gradedHash, name, 0, name.length) : -1;
      if (list === -1) continue;
    }
    let found = false;
    for (let i = 0; i < keyListLength(lists, list); i++) {
      const item = keyListItem(lists, list, i);
      const brand = compactBrand(item);
      if (isCommonItem(item) || isOrdinaryPhraseItem(item) || !isUserBrand(index, brand)) continue;
      // "Mangos" are fruit even to a user with a brand called Mango: neither the word nor its stem may be a word of the dictionary.
      if (!found && (index.dictionary.has(key.slice(from, to)) || index.dictionary.has(name ?? key.slice(from, nameEnd)))) return false;
      const start = keyStart[from] ?? 0;
      const end = keyEnd[to - 1] ?? start;
      candidates.add(brand, 'name', text.slice(start, end), start, end, 0.7, false, false, t);
      found = true;
    }
    if (found) return true;
  }
  return false;
}

/**
 * "adidas" for the stem "adidaks" or "adidakse" of key[from, to) (Finnish grades a name in a vowel and "s"
 * to "-kse-" before most case endings), or null when the stem is no such form.
 */
function finnishSStem(key: string, from: number, to: number): string | null {
  const cut = key.startsWith('kse', to - 3) ? 3 : key.startsWith('ks', to - 2) ? 2 : 0;
  if (cut === 0) return null;
  const vowel = key.charCodeAt(to - cut - 1);
  // A vowel before the "s" (Adidas, Lotus): a name in a consonant and "s" takes "-in" ungraded ("Vansin").
  if (vowel !== 97 && vowel !== 101 && vowel !== 105 && vowel !== 111 && vowel !== 117 && vowel !== 121) return null;
  return `${key.slice(from, to - cut)}s`;
}

/**
 * Brands of a link's host and registrable domain, added as candidates over the link's span (confidence
 * scaled by `weight`); false when none.
 */
function matchLinkDomain(index: BrandIndex, hosts: { host: string; domain: string }, link: { url: string; start: number; end: number }, weight: number, candidates: CandidateList): boolean {
  const { host, domain } = hosts;
  // A brand that lists the link's own host is the one it leads to: fresh.amazon.com is Amazon Fresh,
  // where amazon.com is Amazon's and Amazon Fresh's both.
  const byHost = host !== domain ? domainBrandsOf(index, host) : NO_BRAND_LIST;
  let brands = byHost.length > 0 ? byHost : domainBrandsOf(index, domain);
  const label = firstLabel(domain);
  if (brands.length > 1) {
    // Several brands list one domain (Amazon, Amazon Fresh on amazon.com): the one named like it wins.
    const namedLikeIt = compactBrandsOf(index, label);
    const named = brands.filter((b) => namedLikeIt.includes(b));
    if (named.length > 0) brands = named;
  }
  for (const brand of brands) {
    candidates.add(brand, 'domain', link.url, link.start, link.end, Math.round(95 * weight) / 100, false, false, -1);
  }
  if (brands.length > 0) return true;
  // Brands typed without domains: a link to bookdepository.com still names "Book Depository".
  if (label.length < 4) return false;
  const named = compactBrandsOf(index, label);
  for (const brand of named) {
    candidates.add(brand, 'domain', link.url, link.start, link.end, Math.round(80 * weight) / 100, false, false, -1);
  }
  return named.length > 0;
}

/** The brands that list `domain` as theirs (most hosts are none's: the filter says so unread). */
function domainBrandsOf(index: BrandIndex, domain: string): readonly number[] {
  return mayContain(index.domainFilter, wordHash(domain)) ? keyListOf(index.domains, domain) : NO_BRAND_LIST;
}

/** "nike" of "nike.co.uk": the label a domain is usually named after. */
function firstLabel(domain: string): string {
  const dot = domain.indexOf('.');
  return dot < 0 ? domain : domain.slice(0, dot);
}

/**
 * How surely a catalogue brand's one-word name, found in running text, means the brand (0 = not at all).
 * The catalogue holds thousands of names that are also words ("Code", "Star", "Well", "Vegas"), so the
 * name must read as a name: a product word or model number after it, a shop preposition before it
 * ("from Asus"), a capital in mid-sentence outside Title Case, or a long word written in lower case
 * ("aliexpress") that no dictionary shares.
 */
function senseOfCatalogueWord(text: string, tokens: Tokens, c: Candidate, keyStart: readonly number[], keyEnd: readonly number[], commercialContext: boolean): number {
  if (isProductAfter(c, tokens, text, keyStart, keyEnd)) return 0.8;
  // "Paid partnership with nike", "in collab with zara": in a sponsored post, the partner is the brand.
  if (commercialContext && tokens.isWord(c.tokenIndex - 1) && PARTNER_WORDS.has(tokens.text(c.tokenIndex - 1))) return 0.7;
  const capitalised = isCapitalisedAt(text, c.start);
  if (capitalised && afterShopPreposition(tokens, c.tokenIndex)) return 0.75;
  if (capitalised && !followsCapitalised(text, tokens, c.tokenIndex, keyStart) && isCapitalisedMidSentence(text, c.start)) return 0.75;
  if (!capitalised && c.text.length >= 6) return 0.7;
  return 0;
}

/** In Title Case Lines ("Use Code For 10% Off") a capital says nothing about a name. */
function followsCapitalised(text: string, tokens: Tokens, t: number, keyStart: readonly number[]): boolean {
  return tokens.isWord(t - 1) && isCapitalisedAt(text, keyStart[tokens.from(t - 1)] ?? 0);
}

/**
 * Whether the name of candidate `c` is written in capitals ("PUMA", three letters or more) while the
 * words either side of it are not: a brand's logo type, not a line of shouting ("GAP YEAR BABY").
 */
function isShoutedAlone(text: string, tokens: Tokens, c: Candidate, keyStart: readonly number[], keyEnd: readonly number[]): boolean {
  if (c.start < 0 || c.tokenIndex < 0 || c.text.length < 3 || !isAllCaps(c.text)) return false;
  const shownWord = (t: number): string => text.slice(keyStart[tokens.from(t)] ?? 0, keyEnd[tokens.to(t) - 1] ?? 0);
  const after = tokenAfter(tokens, c.tokenIndex, c.end, keyStart);
  for (const t of [c.tokenIndex - 1, after]) if (tokens.isWord(t) && tokens.textLength(t) >= 2 && isAllCaps(shownWord(t))) return false;
  return true;
}

/** Whether text[at] is a letter in lower case ("s" of "sun"; not "S", not a digit). */
function isLowerCaseLetterAt(text: string, at: number): boolean {
  const ch = text.charAt(at);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Index of the first token that starts at or after text offset `end`, looking from token t + 1 on. */
function tokenAfter(tokens: Tokens, t: number, end: number, keyStart: readonly number[]): number {
  let next = t + 1;
  while (next < tokens.length && (keyStart[tokens.from(next)] ?? 0) < end) next++;
  return next;
}

/** Letters only in upper case, and at least one letter. */
function isAllCaps(shown: string): boolean {
  return shown === shown.toUpperCase() && shown !== shown.toLowerCase();
}

/** An @handle of five letters or more that is no word of the dictionary ("@glossier", not "@style"). */
function isDistinctiveHandle(index: BrandIndex, shown: string): boolean {
  const handle = normaliseHandle(shown);
  return handle.length >= 5 && !index.dictionary.has(handle);
}

/** Whether the word before token t is a preposition that reads as a shop ("from Target", "on Amazon"). */
function afterShopPreposition(tokens: Tokens, t: number): boolean {
  return tokens.isWord(t - 1) && SHOP_PREPOSITIONS.has(tokens.text(t - 1));
}

/** A word written with a capital where a sentence does not start reads as a proper name. */
function isCapitalisedMidSentence(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (Number.isNaN(c)) return false;
  // ASCII by its code, the rest by its case mappings (a letter with a lower case of its own).
  if (c < 128 ? c < 65 || c > 90 : !isUpperCaseLetter(String.fromCodePoint(text.codePointAt(start) ?? c))) return false;
  let p = start - 1;
  for (; p >= 0 && isOpeningUnit(text.charCodeAt(p)); p--) if (text.charCodeAt(p) === 10) return false;
  if (p < 0) return false;
  const before = text.charCodeAt(p);
  return before !== 46 && before !== 33 && before !== 63 && before !== 58 && before !== 0x2026;
}

function isUpperCaseLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** White space, quotes and brackets that may stand between a sentence's end and its first word: \s, " ' “ ‘ ( «. */
function isOpeningUnit(c: number): boolean {
  return isSpaceUnit(c) || c === 34 || c === 39 || c === 40 || c === 0x201c || c === 0x2018 || c === 0xab;
}

/** The label's partner: a handle, a brand name, or a name with a suffix ("Burger King España"). */
function lookupHandleOrName(index: BrandIndex, raw: string): readonly number[] {
  const handle = normaliseHandle(raw);
  const byHandle = keyListOf(index.handles, handle);
  if (byHandle.length > 0) return byHandle;
  const compact = compactKey(raw);
  const byName = compactBrandsOf(index, compact);
  return byName.length > 0 ? byName : prefixBrands(index, compact, 0, compact.length);
}

/** Brands whose compact name is `key` (for the rare paths: links, the label partner, evasions). */
function compactBrandsOf(index: BrandIndex, key: string): number[] {
  return keyListOf(index.compact, key).map(compactBrand);
}

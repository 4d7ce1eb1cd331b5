/**
 * The compiled brand dictionary: every way a brand can be named, hashed for O(1) lookups per token.
 *
 *   handles   "burgerking_es"          → brands   (@mentions, label partners, authors)
 *   compact   "burgerking"             → brands   (hashtags, mentions and glued words; prefixes of hashtags)
 *   names     word trie "burger" → "king" → brand                  (names in running text)
 *   domains   "burgerking.es"          → brands   (links and bare domains)
 *   fuzzy     one-deletion neighbourhoods of one-word names (hashed): the shortlist for fuse.js
 *
 * User brands are inserted first and own every key they use; a catalogue brand never takes a key (name,
 * handle, domain) that a user brand holds, so user data always wins (PRODUCT.md).
 */
import Fuse from 'fuse.js';
import { getHostname } from 'tldts';
import { hostInfo, plainLinkHost } from './hosts';
import type { Brand } from '@/lib/schema/contracts';
import { normaliseHandle } from '@/lib/schema/contracts';
import { normaliseText, SCRIPT_CJK, scriptsOfText } from './normalise';
import { addToKeyFilter, createKeyFilter, mayContain, type KeyFilter } from './key-filter';
import { tokenise, wordHash } from './tokens';
import { addWordEntry, buildKeyLists, buildSharedKeyLists, buildWordTable, emptyWordEntries, type KeyLists, type WordTable } from './word-table';
import { canonicalCategory } from '@/lib/brands/categories';
import { COMMON_WORD_BRANDS } from './common-words';

/** Catalogue entries for the platforms and their utilities: naming them is not promoting them. */
const PLATFORM_NAMES = new Set([
  'instagram', 'facebook', 'twitter', 'x', 'youtube', 'tiktok', 'snapchat', 'pinterest', 'tumblr', 'twitch',
  'patreon', 'gmail', 'linkedin', 'reddit', 'discord', 'whatsapp', 'telegram', 'threads', 'vimeo', 'soundcloud',
  'bandcamp', 'linktree', 'google', 'googleplay', 'youtubemusic', 'bluesky', 'mastodon', 'wechat', 'weibo', 'line',
]);

/** Whether a word is an article, preposition, pronoun or the like (FUNCTION_WORDS). */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word);
}

const FUNCTION_WORDS = new Set([
  'the', 'and', 'for', 'you', 'not', 'but', 'are', 'was', 'his', 'her', 'its', 'our', 'all', 'any', 'can', 'new',
  'one', 'two', 'now', 'how', 'who', 'why', 'yes', 'lol', 'omg', 'wtf', 'ok', 'hi', 'a', 'i', 'an', 'in', 'on',
  'at', 'to', 'of', 'is', 'it', 'we', 'me', 'my', 'no', 'so', 'up', 'us', 'or', 'be', 'do', 'go', 'he', 'by',
  'der', 'die', 'das', 'und', 'le', 'la', 'les', 'el', 'los', 'de', 'et', 'y', 'il', 'un', 'una',
]);

export type IndexBrand = Brand & { source?: 'user' | 'catalogue'; commonWord?: boolean };

export interface BrandEntry {
  id: string;
  name: string;
  source: 'user' | 'catalogue';
  categories: readonly string[];
  parentId: string | null;
}

export interface NamePhrase {
  /** Number of words in the name. */
  length: number;
  brand: number;
  /** A one-word name that is also an ordinary word: needs evidence of the brand sense. */
  common: boolean;
  /** Very short alias (≤ 3 letters, e.g. "BK"): only counts when written in capitals. */
  short: boolean;
  /** A catalogue brand's one-word name: written in lower case it needs to be long enough to be unmistakable. */
  catalogueWord: boolean;
  /** The name written as one word ("cocacola" for Coca-Cola, "loreal" for L'Oréal). */
  glued: boolean;
  /**
   * An article or the like and one more word ("The Sun", "The Face"): in lower case that is ordinary
   * English ("I believe in the sun"), so it counts only written with a capital.
   */
  needsCapital: boolean;
  /** See NAME_ORDINARY_PHRASE. */
  ordinaryPhrase?: boolean;
  /** A user brand's name (see NAME_USER). */
  user: boolean;
}

/** A node of the name trie while it is built: the names that end after this word, and the words that can follow. */
interface PhraseNode {
  here: NamePhrase[];
  next: Map<string, PhraseNode> | null;
}

/** NAME_* flags of a phrase in NameTrie.records (see NamePhrase). */
export const NAME_COMMON = 1;
export const NAME_SHORT = 2;
export const NAME_CATALOGUE_WORD = 4;
export const NAME_GLUED = 8;
export const NAME_NEEDS_CAPITAL = 16;
/**
 * A catalogue name of several ordinary words ("Next Level", "Best Friends", "Taco Bell"; the catalogue
 * flags them commonWord): read as the brand only when each word is written with a capital, outside a Title
 * Case line, or with other evidence (brands.ts).
 */
export const NAME_ORDINARY_PHRASE = 32;
/** A user brand's name: read off the phrase, where the brand's entry would cost a cache miss a mention. */
export const NAME_USER = 64;

/**
 * The name trie, sealed into typed arrays. Matching walks it token by token, so a word shared by
 * thousands of names ("the", "burger") costs one lookup per following word, not one comparison per name;
 * and each step reads a few cache lines (see word-table.ts), where objects and Maps cost a miss apiece.
 * Node 0 is the root: edges from it are the first words of names.
 */
export interface NameTrie {
  edges: WordTable;
  /**
   * Bloom filter over the words of names after their first ("King" of "Burger King", "Official"), for
   * the lookups of a name's next word. The first words are in the index's keyFilter: a caption word that
   * only goes on a name ("store", "coffee", "king") then costs no probe of the table at every sighting.
   */
  laterWords: KeyFilter;
  /**
   * The nodes, each a record at the offset that is its number: a header (number of phrases << 1, plus 1
   * when some name goes on after it), then for each phrase its brand number and number of words << 8 |
   * NAME_* flags. A node and its names in one place: a name found in a caption is usually one the last
   * posts did not name, and each array read on the way costs a cache miss the next read waits for.
   */
  records: Int32Array;
}

/** Number of names ending at trie node `node`; phrase i is at node + 1 + 2i (brand) and node + 2 + 2i. */
export function nodePhraseCount(trie: NameTrie, node: number): number {
  return trie.records[node]! >>> 1;
}

/** Whether some name goes on after trie node `node`. */
export function nodeHasNext(trie: NameTrie, node: number): boolean {
  return (trie.records[node]! & 1) === 1;
}

/**
 * A user brand's name in a script written without word gaps ("ナイキ", "耐克", "나이키" with a particle glued
 * on: "나이키의"): the name trie reads words between gaps and cannot see it inside "ナイキさん", so such
 * names are looked for as substrings of the key, in keys with such a script only.
 */
export interface GaplessName {
  /** Key form of the name (folded like captions). */
  key: string;
  brand: number;
  /** How the name must sit in the key (GAPLESS_*). */
  boundary: number;
}
/** Katakana name (a loanword: "ナイキ"): not glued to katakana before it; after it, only when 3+ long ("ナイキストア"). */
export const GAPLESS_KATAKANA = 1;
/** Hangul name: at the start of a word (Korean has gaps, but glues particles on: "나이키의", "나이키를"). */
export const GAPLESS_HANGUL = 2;
/** Chinese characters, Thai and mixed names: anywhere (these scripts give no boundary to go by). */
export const GAPLESS_ANYWHERE = 3;

export function isKatakanaUnit(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || (c >= 0x30fc && c <= 0x30fe);
}

export function isHangulUnit(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);
}

function everyUnit(key: string, test: (c: number) => boolean): boolean {
  for (let i = 0; i < key.length; i++) if (!test(key.charCodeAt(i))) return false;
  return true;
}

/** The first two UTF-16 units of a gapless name, as the key of `BrandIndex.gapless`. */
export function gaplessKey(first: number, second: number): number {
  return first * 0x10000 + second;
}

/**
 * Shortlist for misspellings (SymSpell idea): every one-word name is filed under a hash of itself and of
 * each string made by deleting one of its letters. A word and a name within one edit (insertion, deletion,
 * substitution, most transpositions) share a key, so a lookup costs O(word length) hash probes and fuse.js
 * only ranks the handful of names found. Hash collisions merely add candidates that fuse.js rejects.
 */
interface FuzzyShortlist {
  names: string[];
  /** Length of the longest name: a word longer by two or more is no slip for any of them. */
  maxNameLength: number;
  brands: number[];
  /**
   * Deletion-key hashes, sorted, with the slot (index into names/brands) of each beside it. Typed arrays
   * hold the hundreds of thousands of keys in 8 bytes each; a lookup is a binary search per key.
   * Filled from `pending` when the index is compiled.
   */
  keys: Uint32Array;
  slots: Int32Array;
  pending: { keys: number[]; slots: number[] } | null;
}

export interface BrandIndex {
  /**
   * Bloom filter over the first word of every name (`names`), and every key of `handles` and `compact` (by
   * wordHash). Most caption words are in none of them; the filter answers that from 64 KB that stay in
   * cache, where a probe of the big tables costs a cache miss per word. (At 128 KB it raised fewer false
   * alarms, 0.5% against 2.0% with the catalogue, but as a whole the engine took 1-5% more time on real
   * captions and 5% more in the bench: a smaller filter stays in cache, and the tables behind it are small.)
   */
  keyFilter: KeyFilter;
  brands: BrandEntry[];
  /**
   * Each brand's id and name side by side ([id of 0, name of 0, id of 1, …]): what a mention copies.
   * Four to eight brands share a cache line here, where reading them off the BrandEntry costs a miss a mention.
   */
  idsAndNames: string[];
  byId: Map<string, number>;
  /** Normalised handle → brand numbers. */
  handles: KeyLists;
  /**
   * Compact name ("burgerking") → brand number × 4, plus 1 where the key is an ordinary word for that
   * brand, plus 2 where it is a catalogue name of ordinary words (see compactBrand, isCommonItem,
   * isOrdinaryPhraseItem).
   */
  compact: KeyLists;
  /** Names in running text (see NameTrie). */
  names: NameTrie;
  /** User brands' names in scripts without word gaps, by their first two units (see GaplessName). */
  gapless: Map<number, GaplessName[]>;
  /** Words never read as a misspelt brand (the catalogue's dictionary, Catalogue.words): "space" is no "SpaceX". */
  dictionary: ReadonlySet<string>;
  /** Length of the longest word of `dictionary` (0 when empty): bounds the searches in it. */
  dictionaryMaxLength: number;
  /**
   * Brands by the domains they list ("burgerking.es"), behind a filter of their own: a link's host is
   * looked up in place, one slot read when the brand is there and none for most other hosts (a Map
   * keyed by the host cost a microsecond a link, its hashing and cold entries).
   */
  domains: KeyLists;
  domainFilter: KeyFilter;
  fuzzy: FuzzyShortlist;
  /** Longest compact key, bounds hashtag-prefix probing. */
  maxCompactLength: number;
  /**
   * Results of fuzzy lookups by word. Tags and words repeat across posts
   * (#fitness, @friend), so a bounded memo turns most of them into one hash probe. Not observable: the
   * same word always gives the same answer for the same index.
   */
  fuzzyMemo: Map<string, FuzzyHit | null>;
}

/** Compact key: folded, letters and digits only ("Coca-Cola" → "cocacola", "L'Oréal" → "loreal"). */
export function compactKey(text: string): string {
  return normaliseText(text).key.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Shorteners owned by a brand: the link names the brand even before it is resolved. */
const BRAND_SHORT_DOMAINS = new Map<string, string>([
  ['amzn.to', 'amazon.com'], ['amzn.eu', 'amazon.com'], ['a.co', 'amazon.com'], ['amzn.com', 'amazon.com'],
  ['youtu.be', 'youtube.com'], ['fb.me', 'facebook.com'], ['spoti.fi', 'spotify.com'], ['apple.co', 'apple.com'],
  ['g.co', 'google.com'], ['goo.gl', 'google.com'], ['ebay.to', 'ebay.com'], ['etsy.me', 'etsy.com'],
]);

export function brandDomainOf(hostOrUrl: string): string | null {
  return linkHosts(hostOrUrl)?.domain ?? null;
}

/**
 * A link's host (without "www.") and the domain that names its brand (brandDomainOf); null when the
 * link has no host name.
 */
export function linkHosts(hostOrUrl: string): { host: string; domain: string } | null {
  // A plain link just read for its commercial kind has its host at hand (what tldts reads too); tldts
  // reads the others. The registrable domain then comes from hostInfo.
  let host = plainLinkHost(hostOrUrl);
  if (host === null) {
    const hostname = getHostname(hostOrUrl);
    if (hostname === null) return null;
    host = hostname.startsWith('www.') ? hostname.slice(4) : hostname;
  }
  // Looked up without "www.", as classifyLink does: the host it has just read is then in the memo.
  const domain = BRAND_SHORT_DOMAINS.get(host) ?? hostInfo(host).domain ?? (host === '' ? null : host);
  return domain === null ? null : { host, domain };
}

/**
 * Files `brand` under `key`; false when a user brand holds the key and `brand` is from the catalogue.
 * User brands are all added first, so a key belongs to a user brand exactly when its first brand is one.
 */
function addKey<K>(map: Map<K, number[]>, key: K, brand: number, brands: readonly BrandEntry[], source: 'user' | 'catalogue'): boolean {
  const list = map.get(key);
  if (list === undefined) {
    map.set(key, [brand]);
    return true;
  }
  if (source === 'catalogue' && brands[list[0] ?? -1]?.source === 'user') return false;
  if (!list.includes(brand)) list.push(brand);
  return true;
}

/** Files a name's key in `gapless` when it is in a script without word gaps (and 2+ units, without a space). */
function addGaplessName(gapless: Map<number, GaplessName[]>, key: string, brand: number): void {
  if (key.length < 2 || /\s/.test(key) || (scriptsOfText(key) & SCRIPT_CJK) === 0) return;
  const boundary = everyUnit(key, isKatakanaUnit) ? GAPLESS_KATAKANA : everyUnit(key, isHangulUnit) ? GAPLESS_HANGUL : GAPLESS_ANYWHERE;
  const at = gaplessKey(key.charCodeAt(0), key.charCodeAt(1));
  const list = gapless.get(at) ?? [];
  if (list.some((name) => name.key === key && name.brand === brand)) return;
  list.push({ key, brand, boundary });
  gapless.set(at, list);
}

/** Compiles user brands (winning) and catalogue brands into lookup tables. */
export function compileBrandIndex(userBrands: readonly IndexBrand[], catalogue: readonly IndexBrand[], words: readonly string[] = []): BrandIndex {
  const keyFilter = createKeyFilter(1 << 19);
  const brands: BrandEntry[] = [];
  const byId = new Map<string, number>();
  const domains = new Map<string, number[]>();
  const fuzzy: FuzzyShortlist = { names: [], maxNameLength: 0, brands: [], keys: new Uint32Array(0), slots: new Int32Array(0), pending: { keys: [], slots: [] } };
  let maxCompactLength = 0;
  const phraseLists = new Map<string, number[]>();
  const phraseRoots = new Map<string, PhraseNode>();
  // Built as Maps, then sealed into KeyLists once every brand is in.
  const handles = new Map<string, number[]>();
  const compacts = new Map<string, number[]>();
  /** Compact keys that are an ordinary word for some of their brands → those brands. */
  const compactCommon = new Map<string, number[]>();
  const compactOrdinary = new Map<string, number[]>();
  const gapless = new Map<number, GaplessName[]>();
  const add = (brand: IndexBrand, source: 'user' | 'catalogue'): void => {
    if (byId.has(brand.id)) return; // a user brand with the same id already stands for it
    // The platforms themselves ("follow me on Instagram") are where posts live, not brands they promote.
    if (source === 'catalogue' && PLATFORM_NAMES.has(compactKey(brand.name))) return;
    const b = brands.length;
    const brandHandles = new Set<string>();
    for (const list of Object.values(brand.handles ?? {})) for (const h of list ?? []) brandHandles.add(normaliseHandle(h));
    brands.push({
      id: brand.id,
      name: brand.name,
      source,
      // Canonical ids on both sides (see contract-index): a user brand filed under "skincare" is in cosmetics, as the catalogue's are.
      categories: (brand.categories ?? []).map(canonicalCategory),
      parentId: brand.parentId ?? null,
    });
    byId.set(brand.id, b);
    for (const h of brandHandles) addKey(handles, h, b, brands, source);
    for (const d of brand.domains ?? []) {
      const domain = d.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
      addKey(domains, domain, b, brands, source);
    }
    const names = [brand.name, ...(brand.aliases ?? [])];
    const brandNameHasWords = /\S\s+\S/.test(brand.name);
    /** Compact key of the brand's own name (names[0], read first). */
    let nameKey = '';
    for (const name of names) {
      const norm = normaliseText(name);
      // The user's own brands only, like misspellings: the catalogue's thousands of Chinese, Japanese and
      // Korean place and shop names ("售票处", a ticket office) read as substrings would be everywhere.
      if (source === 'user') addGaplessName(gapless, norm.key, b);
      const words = tokenise(norm, name).tokens.texts();
      const first = words[0];
      if (first === undefined) {
        // A name that is a domain ("Booking.com", "Hotels.com") reads as a link: file it as one.
        const asDomain = norm.key.trim();
        if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(asDomain)) addKey(domains, asDomain, b, brands, source);
        continue;
      }
      const compact = words.join('').replace(/[^\p{L}\p{N}]/gu, '');
      if (name === brand.name) nameKey = compact;
      const single = words.length === 1;
      // The flag of a name of several words ("California Fried Chicken") is not that of its one-word aliases ("CFC").
      const common = single && ((brand.commonWord === true && !brandNameHasWords) || COMMON_WORD_BRANDS.has(compact));
      // A catalogue name of ordinary words ("Next Level"): as a phrase or a hashtag it is everyday English.
      // (The flag of a one-word name, "Gap", says nothing of its longer aliases: "Gap Kids".)
      const ordinaryPhrase = !single && source === 'catalogue' && brand.commonWord === true && brandNameHasWords;
      const phraseKey = words.join(' ');
      if (!addKey(phraseLists, phraseKey, b, brands, source)) continue;
      // A short name that is also a function word ("THE", "ALL") reads as shouting, not as the brand.
      if (compact.length <= 3 && FUNCTION_WORDS.has(compact)) continue;
      // One-character and all-digit names ("U", "3") cannot be told from ordinary text.
      if (compact.length < 2 || /^\d+$/.test(compact)) continue;
      const needsCapital = words.length === 2 && FUNCTION_WORDS.has(first);
      // An alias "the gap" of the brand "Gap": an article before a common-word name is everyday English
      // ("mind the gap", "The gap between us"); the name alone is there, judged by the evidence of the
      // brand sense. (A brand whose own name has the article, "The Sun", keeps it.)
      if (needsCapital && name !== brand.name && words[1] === nameKey && (brand.commonWord === true || COMMON_WORD_BRANDS.has(nameKey))) continue;
      // Short names count only in capitals ("BK", not "bk"), but a short common word ("Gap", "Bic", "Axe")
      // is judged like every common-word name, by the evidence of the brand sense ("Gap jeans", "at Gap").
      phraseNode(phraseRoots, words).here.push({ length: words.length, brand: b, common, short: compact.length <= 3 && !common, catalogueWord: single && source === 'catalogue', glued: false, needsCapital, ordinaryPhrase, user: source === 'user' });
      // Names people also write glued together get a one-word entry, so a caption word needs one lookup
      // ("Bestfriends" written as a name, not "my bestfriends").
      if (compact !== phraseKey && compact.length >= 5 && addKey(phraseLists, compact, b, brands, source)) {
        phraseNode(phraseRoots, [compact]).here.push({ length: 1, brand: b, common, short: false, catalogueWord: source === 'catalogue', glued: true, needsCapital: ordinaryPhrase, user: source === 'user' });
      }
      if (compact.length >= 3 && addKey(compacts, compact, b, brands, source)) {
        // Only the exceptions are stored.
        if (common) listPush(compactCommon, compact, b);
        // "#bestfriends" is judged like a common word's hashtag, by the evidence ("@bestfriends" is not).
        if (ordinaryPhrase) listPush(compactOrdinary, compact, b);
        if (compact.length > maxCompactLength) maxCompactLength = compact.length;
      }
      // Misspellings are looked for among the user's own brands only: across a whole catalogue, every
      // ordinary word is one letter away from some brand ("Camera" → "Cadera").
      // Names of several words are filed glued ("burgerking"), so that two caption words read together
      // ("Burgr King", "Burger Kng") can be looked up as one.
      if (source === 'user' && (single ? compact.length >= 5 && !common : compact.length >= 6) && /^[a-z0-9]+$/.test(compact)) addFuzzyName(fuzzy, compact, b);
    }
  };
  for (const brand of userBrands) add(brand, brand.source ?? 'user');
  for (const brand of catalogue) add(brand, brand.source ?? 'catalogue');
  sealFuzzyShortlist(fuzzy);
  const domainFilter = createKeyFilter(1 << 18);
  // One table for both: a brand's handle and its compact name are mostly the same key ("nike").
  const handleAndCompact = buildSharedKeyLists(handles, compacts, keyFilter, (key, b) => b * 4 + (compactCommon.get(key)?.includes(b) ? 1 : 0) + (compactOrdinary.get(key)?.includes(b) ? 2 : 0), 2);
  return {
    keyFilter,
    brands,
    idsAndNames: brands.flatMap((b) => [b.id, b.name]),
    byId,
    handles: handleAndCompact[0],
    compact: handleAndCompact[1],
    names: sealNameTrie(phraseRoots, keyFilter),
    gapless,
    dictionary: new Set(words),
    dictionaryMaxLength: words.reduce((max, word) => Math.max(max, word.length), 0),
    domains: buildKeyLists(domains, domainFilter, undefined, true),
    domainFilter,
    fuzzy,
    maxCompactLength,
    fuzzyMemo: new Map(),
  };
}

/**
 * False when no first word of a name, handle or compact name has this wordHash (true may be a false alarm).
 * 2^19 bits (64 KB): 2.0% false alarms with the catalogue (200,000 made-up words).
 */
export function mayBeKey(index: BrandIndex, hash: number): boolean {
  return mayContain(index.keyFilter, hash);
}

/**
 * Lays the nodes out depth first as records (NameTrie.records; the root is 0) and their edges in a word
 * table. First words go into `filter` (the index's key filter), the others into the trie's own laterWords:
 * the word after a name's first word is rarely one of them, and that filter says so before the trie is probed.
 */
function sealNameTrie(roots: Map<string, PhraseNode>, filter: KeyFilter): NameTrie {
  const edges = emptyWordEntries();
  const laterWords = createKeyFilter(1 << 18);
  // The root has no phrases, and names go on after it.
  const records: number[] = [1];
  const visit = (parent: number, level: Map<string, PhraseNode>): void => {
    for (const [word, node] of level) {
      const id = records.length;
      const hash = wordHash(word);
      addToKeyFilter(parent === 0 ? filter : laterWords, hash);
      const hasNext = node.next === null ? 0 : 1;
      records.push((node.here.length << 1) | hasNext);
      for (const phrase of node.here) {
        const flags =
          (phrase.common ? NAME_COMMON : 0) |
          (phrase.short ? NAME_SHORT : 0) |
          (phrase.catalogueWord ? NAME_CATALOGUE_WORD : 0) |
          (phrase.glued ? NAME_GLUED : 0) |
          (phrase.needsCapital ? NAME_NEEDS_CAPITAL : 0) |
          (phrase.ordinaryPhrase === true ? NAME_ORDINARY_PHRASE : 0) |
          (phrase.user ? NAME_USER : 0);
        records.push(phrase.brand, (Math.min(255, phrase.length) << 8) | flags);
      }
      addWordEntry(edges, parent, word, hash, id, nodePayload(node, hasNext, records, id));
      if (node.next !== null) visit(id, node.next);
    }
  };
  visit(0, roots);
  return { edges: buildWordTable(edges), laterWords, records: Int32Array.from(records) };
}

/**
 * A node's record carried as the payload of its edge's table slot (read by the payload* functions below),
 * or -1 when it does not fit: it fits for a node with no name, or one name of fewer than 8 words of a
 * brand numbered below 2^20 - 1.
 */
function nodePayload(node: PhraseNode, hasNext: number, records: readonly number[], id: number): number {
  if (node.here.length > 1) return -1;
  if (node.here.length === 0) return hasNext * 128;
  const brand = records[id + 1]!;
  const wordsAndFlags = records[id + 2]!;
  const words = wordsAndFlags >>> 8;
  if (brand >= 0xfffff || words >= 8 || words === 0 || (wordsAndFlags & 0x80) !== 0) return -1;
  return brand * 2048 + words * 256 + hasNext * 128 + (wordsAndFlags & 0x7f);
}

/**
 * What matchNames reads of a node, from the payload of its edge's slot (nodePayload) when there is one,
 * else from the records: a name found in a caption then costs no read of the records, a cache miss.
 * Payload bits: brand × 2048 + words of its one name × 256 (0: no name) + 128 if names go on + NAME_* flags.
 */
export function payloadPhraseCount(payload: number): number {
  return (payload >>> 8) & 7 ? 1 : 0;
}

export function payloadHasNext(payload: number): boolean {
  return (payload & 128) !== 0;
}

/** Brand of the payload's one name. */
export function payloadBrand(payload: number): number {
  return payload >>> 11;
}

/** Words << 8 | NAME_* flags of the payload's one name, as in the records. */
export function payloadWordsAndFlags(payload: number): number {
  return (((payload >>> 8) & 7) << 8) | (payload & 0x7f);
}

/** The trie node reached by `words`, created on the way. */
function phraseNode(roots: Map<string, PhraseNode>, words: readonly string[]): PhraseNode {
  let level = roots;
  let node: PhraseNode | undefined;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    node = level.get(word);
    if (node === undefined) {
      node = { here: [], next: null };
      level.set(word, node);
    }
    if (w < words.length - 1) {
      node.next ??= new Map();
      level = node.next;
    }
  }
  return node!;
}

/** Brand number of an item of `compact`. */
export function compactBrand(item: number): number {
  return item >> 2;
}

/** Whether an item of `compact` is a catalogue name of ordinary words ("nextlevel" for Next Level). */
export function isOrdinaryPhraseItem(item: number): boolean {
  return (item & 2) === 2;
}

function listPush(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Whether an item of `compact` is a key that is an ordinary word for its brand ("apple" for Apple). */
export function isCommonItem(item: number): boolean {
  return (item & 1) === 1;
}


/** The word itself and each one-letter deletion of it. */
function neighbourhood(word: string): string[] {
  const keys = [word];
  for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1));
  return keys;
}

function addFuzzyName(shortlist: FuzzyShortlist, name: string, brand: number): void {
  const pending = shortlist.pending;
  if (pending === null) throw new Error('fuzzy shortlist already sealed');
  const slot = shortlist.names.length;
  shortlist.names.push(name);
  if (name.length > shortlist.maxNameLength) shortlist.maxNameLength = name.length;
  shortlist.brands.push(brand);
  for (const key of new Set(neighbourhood(name).map(wordHash))) {
    pending.keys.push(key);
    pending.slots.push(slot);
  }
}

/** Sorts the pending keys into the typed arrays that lookups search. */
function sealFuzzyShortlist(shortlist: FuzzyShortlist): void {
  const pending = shortlist.pending;
  if (pending === null) return;
  // Key and slot packed into one double (32 + 21 bits, exact) so that a native numeric sort does the work.
  const SLOT_SPACE = 2 ** 21;
  if (shortlist.names.length >= SLOT_SPACE) throw new Error('too many names for the fuzzy shortlist');
  const n = pending.keys.length;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = (pending.keys[i] ?? 0) * SLOT_SPACE + (pending.slots[i] ?? 0);
  packed.sort();
  shortlist.keys = new Uint32Array(n);
  shortlist.slots = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const value = packed[i] ?? 0;
    const key = Math.floor(value / SLOT_SPACE);
    shortlist.keys[i] = key;
    shortlist.slots[i] = value - key * SLOT_SPACE;
  }
  shortlist.pending = null;
}

/** Slots filed under one deletion-key hash. */
function fuzzySlots(shortlist: FuzzyShortlist, key: number, into: Set<number>): void {
  const keys = shortlist.keys;
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] ?? 0) < key) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < keys.length && keys[i] === key; i++) into.add(shortlist.slots[i] ?? -1);
}

const MEMO_LIMIT = 50_000;

/** Memoised `compute(index, key)`; a memo is dropped whole when full (cheap, and rare). */
export function memoised<T>(index: BrandIndex, memo: Map<string, T>, key: string, compute: (index: BrandIndex, key: string) => T): T {
  const known = memo.get(key);
  if (known !== undefined || memo.has(key)) return known as T;
  const value = compute(index, key);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

export interface FuzzyHit {
  brand: number;
  name: string;
  score: number;
}

/** Fuzzy match for a misspelt one-word name: fuse.js ranks the shortlist from the deletion index. */
export function fuzzyLookup(index: BrandIndex, word: string): FuzzyHit | null {
  return memoised(index, index.fuzzyMemo, word, fuzzyLookupUncached);
}

function fuzzyLookupUncached(index: BrandIndex, word: string): FuzzyHit | null {
  // An English word ("Space", "Force", "deadline" read from "Dead Line") is that word, not a slip for a
  // brand one letter away.
  if (index.dictionary.has(word)) return null;
  // One edit from a name is at most one letter longer. Checked before the deletion keys are made: for a
  // hostile 20,000-letter hashtag they are 20,000 strings of 20,000 letters (3 s, once per new string).
  if (word.length > index.fuzzy.maxNameLength + 1) return null;
  const slots = new Set<number>();
  for (const key of neighbourhood(word)) fuzzySlots(index.fuzzy, wordHash(key), slots);
  if (slots.size === 0) return null;
  // One edit away means at most one letter longer or shorter; collisions and two-edit cousins drop out here.
  const candidates: Array<{ name: string; brand: number }> = [];
  for (const slot of slots) {
    const name = index.fuzzy.names[slot] ?? '';
    if (Math.abs(name.length - word.length) <= 1 && name !== word) candidates.push({ name, brand: index.fuzzy.brands[slot] ?? -1 });
    if (candidates.length >= 16) break;
  }
  if (candidates.length === 0) return null;
  const fuse = new Fuse(candidates, { keys: ['name'], includeScore: true, threshold: 0.3, ignoreLocation: true, minMatchCharLength: 3 });
  let best: { brand: number; name: string; score: number } | null = null;
  for (const hit of fuse.search(word, { limit: 3 })) {
    const score = hit.score ?? 1;
    if (hit.item.name === word || hit.item.brand < 0) continue;
    if (best === null || score < best.score) best = { brand: hit.item.brand, name: hit.item.name, score };
  }
  return best;
}

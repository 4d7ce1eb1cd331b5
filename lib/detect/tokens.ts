/**
 * One left-to-right pass over the match key that cuts it into words, #hashtags, @mentions and URLs.
 * Every later matcher (markers, brand names, hashtags, handles) works on these tokens through hash
 * lookups, so the cost of a post grows with its caption, not with the number of brands or phrases.
 */
import type { NormalisedText } from './normalise';

export type TokenKind = 'word' | 'hashtag' | 'mention';

const KIND_NAMES: readonly TokenKind[] = ['word', 'hashtag', 'mention'];
const KIND_WORD = 0;
const KIND_HASHTAG = 1;
const KIND_MENTION = 2;
/** Token kinds as Tokens.kindCode gives them. */
export const TOKEN_WORD = KIND_WORD;
export const TOKEN_HASHTAG = KIND_HASHTAG;
export const TOKEN_MENTION = KIND_MENTION;
/** Flag beside the kind: a word with an apostrophe inside ("isn't", "mcdonald's"). */
const APOSTROPHE = 4;
/** Flag beside the kind: a word or hashtag with a digit and another word character ("n1ke", "#4d1d4s", "10am"). */
const MIXED_FLAG = 8;
/** Ints per token in Tokens.data: kind | flags, from, to, hash. */
const STRIDE = 4;

/**
 * The words, #hashtags and @mentions of a key, in one typed array rather than an object apiece: a caption
 * has dozens of tokens, and objects cost an allocation each and, in time, the garbage collector (the
 * engine reuses one Tokens for every post). A token's text is cut from the key only when a matcher asks
 * for it: most words of a caption are rejected by their hash alone (see mayBeKey), and never need a string.
 *
 * Token t is read through the methods below; past either end, `kind` is undefined (as tokens[t] of an
 * array would be) and the others must not be asked.
 */
export class Tokens {
  /** Number of tokens. */
  length = 0;
  /** The match key the offsets are into. */
  key = '';
  /**
   * The ASCII characters outside links that start no token ("[", "|", ":", a "#" before a space), as bit
   * c & 31 each (so "{" and ";" share the bit of "["): markers.ts looks for a substring that starts with
   * one ("[pr]") only in keys that have it.
   */
  asciiMarks = 0;
  // Four tokens to start with: 64 bytes, which V8 keeps on its heap (a larger typed array costs a buffer
  // of its own); the engine's reused list grows once to what captions need, a brand name needs no more.
  private data = new Int32Array(4 * STRIDE);

  /** Empties the list for `key`, keeping its storage. */
  reset(key: string): void {
    this.key = key;
    this.length = 0;
  }

  push(kind: number, from: number, to: number, hash: number): void {
    const at = this.length * STRIDE;
    if (at + STRIDE > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[at] = kind;
    this.data[at + 1] = from;
    this.data[at + 2] = to;
    this.data[at + 3] = hash;
    this.length++;
  }

  /** Kind of token t, or undefined when there is no token t. */
  kind(t: number): TokenKind | undefined {
    return t >= 0 && t < this.length ? KIND_NAMES[this.data[t * STRIDE]! & 3] : undefined;
  }

  /**
   * Kind of token t as a number (TOKEN_WORD, TOKEN_HASHTAG, TOKEN_MENTION): for the loops over every
   * token, where the name and the range check of `kind` cost a load and two comparisons a token.
   * t must be a token (0 <= t < length).
   */
  kindCode(t: number): number {
    return this.data[t * STRIDE]! & 3;
  }

  /** Whether token t exists and is a word. */
  isWord(t: number): boolean {
    return t >= 0 && t < this.length && (this.data[t * STRIDE]! & 3) === KIND_WORD;
  }

  /** Key offsets of the whole token, including "#" / "@". */
  from(t: number): number {
    return this.data[t * STRIDE + 1]!;
  }

  to(t: number): number {
    return this.data[t * STRIDE + 2]!;
  }

  /** wordHash(text), computed while scanning: lets matchers skip hash tables that cannot hold the word. */
  hash(t: number): number {
    return this.data[t * STRIDE + 3]!;
  }

  /** A word with an apostrophe inside ("isn't", "mcdonald's"). */
  apostrophe(t: number): boolean {
    return (this.data[t * STRIDE]! & APOSTROPHE) !== 0;
  }

  /** A word or hashtag with a digit and another word character ("n1ke", "#4d1d4s", "kalo25", "10am"). */
  mixed(t: number): boolean {
    return (this.data[t * STRIDE]! & MIXED_FLAG) !== 0;
  }

  /** Key offset where the text of token t starts: after "#" / "@". */
  textFrom(t: number): number {
    const at = t * STRIDE;
    return (this.data[at]! & 3) === KIND_WORD ? this.data[at + 1]! : this.data[at + 1]! + 1;
  }

  /** Length of `text(t)`, without cutting it. */
  textLength(t: number): number {
    return this.data[t * STRIDE + 2]! - this.textFrom(t);
  }

  /** Key form of token t without "#" / "@". */
  text(t: number): string {
    return this.key.slice(this.textFrom(t), this.data[t * STRIDE + 2]!);
  }

  /** The text of every token (for building indexes and for tests; matchers read tokens one by one). */
  texts(): string[] {
    const out: string[] = [];
    for (let t = 0; t < this.length; t++) out.push(this.text(t));
    return out;
  }
}

export interface UrlSpan {
  /** The URL as written in the original text. */
  url: string;
  start: number;
  end: number;
}

/** At most this many units (separators: "n . i . k . e") between the letters of a name spelt apart. */
export const MAX_SPACED_GAP = 3;

export interface Tokenised {
  tokens: Tokens;
  urls: UrlSpan[];
  /**
   * The longest run of one-unit words ("a", "I", the letters of "N i k e") that follow each other as
   * tokens, each at most MAX_SPACED_GAP units after the one before: spelt-apart names need three in a
   * row, and text has its "a" and "I" one at a time.
   */
  spacedRun: number;
  /**
   * Words and hashtags with a digit and another word character ("n1ke", "#4d1d4s", "kalo25", "10am"):
   * leetspeak needs one, and most captions have none, so the search for it can skip them unread.
   */
  mixedWords: number;
}

/** What a word's characters are, as bits (see Tokenised.mixedWords). */
const DIGIT = 1;
const NOT_DIGIT = 2;
const MIXED = DIGIT | NOT_DIGIT;

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/**
 * Character classes by UTF-16 unit, filled on first sight: 1 word character, 2 anything else.
 * One array load per character in the scanning loops below (the hottest code of the engine).
 */
const CHAR_CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) CHAR_CLASS[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 2;
// Surrogates are not word characters: fancy letters arrive already folded, emoji are not words.
CHAR_CLASS.fill(2, 0xd800, 0xe000);
// Nor are variation selectors (marks by category): in a key they only ever follow an emoji or symbol,
// since normaliseText drops them inside words.
CHAR_CLASS.fill(2, 0xfe00, 0xfe10);

function classify(c: number): number {
  const v = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  CHAR_CLASS[c] = v;
  return v;
}

/** Letter, digit or mark, by UTF-16 unit (c must be a valid unit, 0..0xffff). */
export function isWordCode(c: number): boolean {
  // The common answer first: a word character ends the test at one load and one comparison.
  const v = CHAR_CLASS[c];
  return v === 1 || (v === 0 && classify(c) === 1);
}

/** Space, tab or line break: a subset of what the URL pattern stops at, so a safe place to start it. */
function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

function isHandleCode(c: number): boolean {
  return c === 95 || c === 46 || isWordCode(c);
}

/**
 * A bare link has at most eight labels before its top-level domain ("a.b.c.d.e.f.g.h.com"): an open-ended
 * repeat made a run like "a.a.a.a…" cost time with the square of its length (1.4 s for 50,000 characters).
 *
 * Top-level domains a bare link ("nike.com/shoes", no "https://" or "www.") may end in: the usual ones,
 * those sponsors' vanity links use ("surfshark.deals/creator", "brand.club"), and country domains that
 * are no English word (so "wait.no" or "log.in" typed without a space stay words).
 */
const BARE_LINK_TLDS = [
  'com', 'net', 'org', 'io', 'co', 'me', 'ly', 'gl', 'to', 'it', 'us', 'de', 'fr', 'es', 'uk', 'app', 'shop', 'store', 'link', 'gg', 'tv',
  'deals', 'club', 'xyz', 'ai', 'info', 'biz', 'site', 'online', 'tech', 'live', 'blog', 'eu',
  'ca', 'au', 'nl', 'ch', 'se', 'pl', 'jp', 'kr', 'br', 'mx', 'ru', 'ie', 'nz', 'dk', 'fi', 'pt', 'cz', 'gr', 'tr', 'cn', 'tw', 'hk', 'sg',
];
const URL_IN_KEY = new RegExp(
  `\\b(?:https?:\\/\\/|www\\.)[^\\s<>"'()\\[\\]{}]+|\\b(?:[a-z0-9-]+\\.){1,8}(?:${BARE_LINK_TLDS.join('|')})(?:\\/[^\\s<>"'()\\[\\]{}]*)?(?![\\w.-])`,
  'g',
);

/** What ends URL_IN_KEY's first branch (a run holds no space, tab or line break, but may hold other white space). */
const LINK_STOP = /[\s<>"'()\[\]{}]/;
/** LINK_STOP by ASCII unit (1: stops a link), so that a link's units are looked at without the pattern. */
const LINK_STOP_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) LINK_STOP_ASCII[c] = LINK_STOP.test(String.fromCharCode(c)) ? 1 : 0;

/** Whether `run` holds a unit LINK_STOP matches: ASCII by table, others (white space beyond ASCII) by the pattern. */
function hasLinkStop(run: string): boolean {
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c < 128 ? LINK_STOP_ASCII[c] === 1 : LINK_STOP.test(run[i]!)) return true;
  }
  return false;
}
/**
 * Adds the link found at key[at, to) (tokenise), less sentence punctuation after it, unless an "@" or "#"
 * comes right before it (an @handle.with.dots or an email, not a link). A function of the module, not a
 * closure in tokenise: that would cost every caption a context object.
 */
function addLink(norm: NormalisedText, original: string, at: number, to: number, urls: UrlSpan[], urlRanges: number[]): void {
  const key = norm.key;
  while (to > at && /[.,;:!?]/.test(key[to - 1] ?? '')) to--;
  const before = key[at - 1];
  if (before === '@' || before === '#') return;
  const start = norm.keyStart[at] ?? 0;
  const end = norm.keyEnd[to - 1] ?? start;
  urls.push({ url: original.slice(start, end), start, end });
  urlRanges.push(at, to);
}

/**
 * FNV-1a over UTF-16 units, as a non-negative 30-bit integer (a small integer to V8, so never boxed).
 * The tokeniser computes it on the fly for every token; indexes compute it for their keys with this
 * function, so the two always agree.
 */
export function wordHash(text: string): number {
  return wordHashOf(text, 0, text.length);
}

/** wordHash(text.slice(from, to)), without cutting the string. */
export function wordHashOf(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 2;
}

/**
 * Cuts the key into tokens; URLs (and bare domains) become UrlSpans and are not tokenised further.
 * `into`, when given, is filled (and returned as `tokens`) instead of a new Tokens: the engine reuses one.
 */
export function tokenise(norm: NormalisedText, original: string, into?: Tokens): Tokenised {
  const key = norm.key;
  const n = key.length;
  const urls: UrlSpan[] = [];
  // Where each link is in the key: start, end, start, end…
  const urlRanges: number[] = [];
  // Every link holds a dot or "://", and none holds a space: the pattern is only run over a space-free
  // run with one of those in it, so the words of a caption around its links are not scanned, and a
  // sentence's full stop costs a look at its own run, not a search of the rest of the caption.
  let scanned = 0;
  // Where the next "." and "://" are, each found again only once the scan has passed it.
  let dot = key.indexOf('.');
  let scheme = key.indexOf('://');
  for (;;) {
    if (dot >= 0 && dot < scanned) dot = key.indexOf('.', scanned);
    if (scheme >= 0 && scheme < scanned) scheme = key.indexOf('://', scanned);
    const mark = dot < 0 ? scheme : scheme < 0 ? dot : Math.min(dot, scheme);
    if (mark < 0) break;
    let from = mark;
    while (from > scanned && !isSpaceCode(key.charCodeAt(from - 1))) from--;
    let runEnd = mark;
    while (runEnd < n && !isSpaceCode(key.charCodeAt(runEnd))) runEnd++;
    // The run read on its own reads as it does in the key: a space, or the end, on either side of it
    // stops every part of the pattern alike.
    const run = key.slice(from, runEnd);
    // A run that starts like a link and holds none of the characters a link stops at is one link, whole,
    // as URL_IN_KEY's first branch reads it (most links in captions): the pattern's many branches are
    // tried only for the others.
    const schemeLength = run.startsWith('https://') ? 8 : run.startsWith('http://') ? 7 : run.startsWith('www.') ? 4 : 0;
    if (schemeLength > 0 && run.length > schemeLength && !hasLinkStop(run)) {
      addLink(norm, original, from, runEnd, urls, urlRanges);
    } else {
      URL_IN_KEY.lastIndex = 0;
      for (let m = URL_IN_KEY.exec(run); m !== null; m = URL_IN_KEY.exec(run)) addLink(norm, original, from + m.index, from + m.index + m[0].length, urls, urlRanges);
    }
    scanned = runEnd;
  }
  const tokens = into ?? new Tokens();
  tokens.reset(key);
  // Where the next link starts (n when there is none): one comparison per character.
  let r = 0;
  let nextUrl = urlRanges.length > 0 ? urlRanges[0]! : n;
  let asciiMarks = 0;
  let spacedRun = 0;
  // The one-unit words in a row up to the last one read, its token number and where it ends.
  let run = 0;
  let runToken = -2;
  let runTo = 0;
  let mixedWords = 0;
  let i = 0;
  while (i < n) {
    if (i >= nextUrl) {
      i = urlRanges[r + 1]!;
      r += 2;
      nextUrl = r < urlRanges.length ? urlRanges[r]! : n;
      continue;
    }
    const c = key.charCodeAt(i);
    // Words first: most tokens are words, and no unit that starts one starts anything else.
    if ((c >= 97 && c <= 122) || isWordCode(c)) {
      let j = i + 1;
      let hash = Math.imul(0x811c9dc5 ^ c, 0x01000193);
      let apostrophe = false;
      // Word characters below '9' are the digits (the tokeniser's word codes have no other ASCII there).
      let classes = c <= 57 ? DIGIT : NOT_DIGIT;
      // The unit that ended the word (0 when the key did).
      let end = 0;
      for (;;) {
        for (; j < n; j++) {
          const u = key.charCodeAt(j);
          // Lower-case ASCII letters first (nearly every unit of a key), by range, not by the class table.
          if (u >= 97 && u <= 122) classes |= NOT_DIGIT;
          else if (u >= 48 && u <= 57) classes |= DIGIT;
          // A space ends most words: told without the class table.
          else if (u !== 32 && isWordCode(u)) classes |= NOT_DIGIT;
          else {
            end = u;
            break;
          }
          hash = Math.imul(hash ^ u, 0x01000193);
        }
        // Apostrophes inside words keep "isn't" countable as written.
        if (end === 39 && j + 1 < n && isWordCode(key.charCodeAt(j + 1))) {
          end = 0;
          hash = Math.imul(hash ^ 39, 0x01000193);
          apostrophe = true;
          j++;
          continue;
        }
        break;
      }
      if (j === i + 1) {
        run = tokens.length === runToken + 1 && i - runTo <= MAX_SPACED_GAP ? run + 1 : 1;
        runToken = tokens.length;
        runTo = j;
        if (run > spacedRun) spacedRun = run;
      }
      let kind = apostrophe ? KIND_WORD | APOSTROPHE : KIND_WORD;
      if (classes === MIXED) {
        mixedWords++;
        kind |= MIXED_FLAG;
      }
      tokens.push(kind, i, j, hash >>> 2);
      // A space ends most words: stepped over here, not in another turn of the loop (no link starts with one).
      i = end === 32 ? j + 1 : j;
      continue;
    }
    if (c === 32) {
      i++;
      continue;
    }
    // '#' or full-width '＃' then a word character: a hashtag.
    if ((c === 35 || c === 0xff03) && i + 1 < n && isWordCode(key.charCodeAt(i + 1))) {
      let j = i + 1;
      let hash = 0x811c9dc5;
      let classes = 0;
      for (; j < n; j++) {
        const u = key.charCodeAt(j);
        if (u >= 97 && u <= 122) classes |= NOT_DIGIT;
        else if (u >= 48 && u <= 57) classes |= DIGIT;
        else if (u === 95 || isWordCode(u)) classes |= NOT_DIGIT;
        else break;
        hash = Math.imul(hash ^ u, 0x01000193);
      }
      let kind = KIND_HASHTAG;
      if (classes === MIXED) {
        mixedWords++;
        kind |= MIXED_FLAG;
      }
      tokens.push(kind, i, j, hash >>> 2);
      // A space after it is stepped over here, as after a word.
      i = j < n && key.charCodeAt(j) === 32 ? j + 1 : j;
      continue;
    }
    // '@' not glued to a word before it (emails are not mentions).
    if (c === 64 && i + 1 < n && isHandleCode(key.charCodeAt(i + 1)) && !(i > 0 && isWordCode(key.charCodeAt(i - 1)))) {
      let j = i + 1;
      // wordHash of the handle as read, and as it stands before its last dots, which are cut off it
      // (a handle that ends a sentence: "@nike.").
      let hash = 0x811c9dc5;
      let hashBeforeDots = hash;
      let beforeDots = j;
      for (; j < n; j++) {
        const u = key.charCodeAt(j);
        if (!isHandleCode(u)) break;
        hash = Math.imul(hash ^ u, 0x01000193);
        if (u !== 46) {
          hashBeforeDots = hash;
          beforeDots = j + 1;
        }
      }
      tokens.push(KIND_MENTION, i, beforeDots, hashBeforeDots >>> 2);
      i = beforeDots;
      continue;
    }
    if (c < 128) asciiMarks |= 1 << (c & 31);
    i++;
  }
  tokens.asciiMarks = asciiMarks;
  return { tokens, urls, spacedRun, mixedWords };
}

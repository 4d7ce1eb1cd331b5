/**
 * Brand names written so that word matching misses them (reference/disclosure-markers.md §3.2, "Other
 * textual evasions"): letters spaced or dotted apart ("N i k e", "N.I.K.E", "N-I-K-E") and leetspeak
 * ("N1ke", "4did4s"). Fancy Unicode is already folded away by normaliseText; what is left here is
 * spelling.
 *
 * The module only proposes readings; the caller's `isBrandKey` decides what is a brand, so ordinary
 * text ("I a m", "top 10") yields nothing unless the dictionary holds that reading. It runs on every
 * caption, so it works from what the tokeniser noted on the way: the common case (no run of one-letter
 * words, no word mixing digits with letters) costs two comparisons; otherwise only the tokens flagged
 * are read.
 */
import { isLetterUnit } from './normalise';
import { MAX_SPACED_GAP, type Tokens } from './tokens';

export interface EvasiveSpelling {
  /** Key offsets [from, to) of the whole evasive spelling, e.g. the span of "n i k e" or "n1ke". */
  from: number;
  to: number;
  /** Index of the first token it covers, and how many tokens it covers. */
  tokenIndex: number;
  tokenCount: number;
  /** What the spelling reads as, in compact key form (lower-case letters/digits only), e.g. "nike". */
  compact: string;
  how: 'spaced' | 'leet';
}

/**
 * Shared result for the usual caption. Frozen so that a caller that pushes into it fails loudly instead
 * of leaking entries into every later caption.
 */
const NONE: EvasiveSpelling[] = Object.freeze([]) as unknown as EvasiveSpelling[];

/** Fewest letters a spaced run must have: "B M W" counts, "a b" (too common in text) does not. */
const MIN_SPACED = 3;
/** Longer runs are acrostics, alphabets or ASCII art, not a brand; skipping them bounds the O(n²) search. */
const MAX_SPACED = 24;
const MIN_LEET = 4;
const MAX_LEET = 20;

/**
 * Characters that may stand between spaced letters. Dashes and middle dots beyond ASCII are included
 * because normaliseText keeps them as they are (NFKD does not map them to "-" or ".").
 */
function isSeparator(c: number): boolean {
  switch (c) {
    case 32: // space (NBSP is folded to it)
    case 9: // tab
    case 46: // .
    case 45: // -
    case 95: // _
    case 0xb7: // · middle dot
    case 0x2010: // ‐ hyphen
    case 0x2013: // – en dash
    case 0x2014: // — em dash
    case 0x2022: // • bullet
    case 0x2027: // ‧ hyphenation point
    case 0x2219: // ∙ bullet operator
    case 0x22c5: // ⋅ dot operator
    case 0x30fb: // ・ katakana middle dot (also what halfwidth ･ folds to)
      return true;
    default:
      return false;
  }
}

/** What the tokeniser counted (Tokenised): lets the search skip captions where nothing can be found. */
export interface TokenShape {
  spacedRun: number;
  mixedWords: number;
}

const UNKNOWN_SHAPE: TokenShape = { spacedRun: Infinity, mixedWords: Infinity };

/** Letters the leet digits stand for, indexed by digit; "" marks digits that are never leet (2, 6, 9). */
const LEET = ['o', 'i', '', 'e', 'a', 's', '', 't', 'b', ''] as const;

/**
 * Evasive spellings in a tokenised key whose reading `isBrandKey(compact)` accepts. `shape` holds
 * Tokenised.spacedRun and Tokenised.mixedWords when the caller has them: with no run of MIN_SPACED
 * one-unit words and no word mixing digits with letters, there is nothing to find, and neither the key
 * nor the tokens are read (the usual caption).
 */
export function findEvasiveSpellings(key: string, tokens: Tokens, isBrandKey: (compact: string) => boolean, shape: TokenShape = UNKNOWN_SHAPE): EvasiveSpelling[] {
  const spaced = shape.spacedRun >= MIN_SPACED;
  // Every leet spelling mixes letters with digits, and the tokeniser flags the tokens that do: they are
  // the only ones read for it (a quarter of captions have one: "#kalo1345", "code ra43", "10am").
  if (!spaced && shape.mixedWords === 0) return NONE;
  let out: EvasiveSpelling[] | undefined;
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    if (spaced && tokens.isWord(i) && tokens.textLength(i) === 1) {
      const end = spacedRunEnd(key, tokens, i);
      if (end - i >= MIN_SPACED && end - i <= MAX_SPACED) out = spacedReadings(key, tokens, i, end, isBrandKey, out);
      i = end;
      continue;
    }
    if (tokens.mixed(i)) {
      const found = leetToken(key, tokens, i, isBrandKey);
      if (found !== null) (out ??= []).push(found);
    }
    i++;
  }
  return out ?? NONE;
}

/** The leet spelling token i (a word or hashtag mixing digits with letters; never a handle) reads as, or null. */
function leetToken(key: string, tokens: Tokens, i: number, isBrandKey: (compact: string) => boolean): EvasiveSpelling | null {
  // A word's text starts at its first character; a hashtag's after the "#" ("#n1ke"), though the
  // reported span keeps the "#".
  const textFrom = tokens.textFrom(i);
  const to = tokens.to(i);
  const len = to - textFrom;
  if (len < MIN_LEET || len > MAX_LEET) return null;
  const compact = leetReading(key, textFrom, to, isBrandKey);
  return compact === null ? null : { from: tokens.from(i), to, tokenIndex: i, tokenCount: 1, compact, how: 'leet' };
}

/**
 * End (exclusive token index) of the run of one-letter words starting at `start`; `start + 1` when the
 * token is not a letter or stands alone. Looks at a neighbour's characters only once its length is 1,
 * so the lone "a" and "I" of ordinary text cost two property reads.
 */
function spacedRunEnd(key: string, tokens: Tokens, start: number): number {
  if (start >= tokens.length || !isLetterUnit(key.charCodeAt(tokens.from(start)))) return start + 1;
  let prevTo = tokens.to(start);
  let j = start + 1;
  for (;;) {
    if (!tokens.isWord(j) || tokens.textLength(j) !== 1) break;
    const from = tokens.from(j);
    const gap = from - prevTo;
    if (gap < 1 || gap > MAX_SPACED_GAP) break;
    let ok = true;
    for (let p = prevTo; p < from; p++) {
      if (!isSeparator(key.charCodeAt(p))) {
        ok = false;
        break;
      }
    }
    if (!ok || !isLetterUnit(key.charCodeAt(from))) break;
    prevTo = tokens.to(j);
    j++;
  }
  return j;
}

/**
 * Brand readings inside the run tokens[start, end): leftmost first, longest first, resuming after each
 * accepted span. Sub-runs that start later are tried too, because the run often swallows a neighbouring
 * English "a" or "I" ("buy a n i k e shirt" reads "anike"). At most ~MAX_SPACED²/2 lookups per run.
 */
function spacedReadings(
  key: string,
  tokens: Tokens,
  start: number,
  end: number,
  isBrandKey: (compact: string) => boolean,
  out: EvasiveSpelling[] | undefined,
): EvasiveSpelling[] | undefined {
  // Joined, not grown with += (see normaliseText: ropes slow the lookups they reach).
  const chars: string[] = [];
  for (let k = start; k < end; k++) chars.push(key.charAt(tokens.from(k)));
  const letters = chars.join('');
  const count = end - start;
  let s = 0;
  while (count - s >= MIN_SPACED) {
    let accepted = 0;
    for (let e = count; e - s >= MIN_SPACED; e--) {
      const compact = letters.slice(s, e);
      if (!isBrandKey(compact)) continue;
      const from = tokens.from(start + s);
      const to = tokens.to(start + e - 1);
      (out ??= []).push({ from, to, tokenIndex: start + s, tokenCount: e - s, compact, how: 'spaced' });
      accepted = e;
      break;
    }
    s = accepted > 0 ? accepted : s + 1;
  }
  return out;
}

/**
 * The brand a leetspeak word reads as, or null. The word must be plain a–z plus the digits 0 1 3 4 5 7 8
 * (a 2, 6 or 9 makes it a number, not a spelling), and must not have the shape of a name or quantity
 * with a number attached: letters then digits ("iphone15", "galaxy8"; a brand followed by a number is a
 * product name, not an evasion) or two or more digits then letters ("10am", "100ml", "1080p").
 * "1" is read as "i" first, then as "l": two readings, not one per combination.
 */
function leetReading(key: string, from: number, to: number, isBrandKey: (compact: string) => boolean): string | null {
  let letters = 0;
  let digits = 0;
  let ones = 0;
  let firstDigit = -1;
  let lastDigit = -1;
  let firstLetter = -1;
  let lastLetter = -1;
  for (let p = from; p < to; p++) {
    const c = key.charCodeAt(p);
    if (c >= 97 && c <= 122) {
      letters++;
      if (firstLetter < 0) firstLetter = p;
      lastLetter = p;
    } else if (c >= 48 && c <= 57 && LEET[c - 48] !== '') {
      digits++;
      if (c === 49) ones++;
      if (firstDigit < 0) firstDigit = p;
      lastDigit = p;
    } else {
      return null; // 2/6/9, an apostrophe or a non-ASCII letter
    }
  }
  if (letters === 0 || digits === 0) return null;
  if (firstDigit > lastLetter && letters >= 2) return null; // "iphone15"
  if (lastDigit < firstLetter && digits >= 2) return null; // "10am"
  const reading = leetSpelling(key, from, to, 'i');
  if (isBrandKey(reading)) return reading;
  if (ones === 0) return null;
  const withL = leetSpelling(key, from, to, 'l');
  return isBrandKey(withL) ? withL : null;
}

/** key[from, to) with leet digits read as letters, "1" as `one`; joined, not grown with += (see normaliseText). */
function leetSpelling(key: string, from: number, to: number, one: 'i' | 'l'): string {
  const chars: string[] = [];
  for (let p = from; p < to; p++) {
    const c = key.charCodeAt(p);
    chars.push(c === 49 ? one : c <= 57 ? (LEET[c - 48] ?? '') : key.charAt(p));
  }
  return chars.join('');
}

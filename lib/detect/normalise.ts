/**
 * Match-key normalisation with an offset map back into the original text.
 *
 * Captions hide words behind fancy Unicode (𝐍𝐢𝐤𝐞, Ｎｉｋｅ, 🅽🅸🅺🅴, ɴɪᴋᴇ, Nіkе with Cyrillic letters, Ni\u200Bke,
 * N̲i̲k̲e̲, Nïké). Every matcher in lib/detect reads the *key*, a lower-case, accent-free, mostly-ASCII copy,
 * and reports offsets into the *original* text through `keyStart`/`keyEnd`, so the overlay highlights what
 * the person actually sees.
 *
 * Pipeline per code point (reference/disclosure-markers.md §3.2): drop format characters (\p{Cf}: zero
 * width, soft hyphen, BOM); explicit maps for what NFKD leaves alone (regional indicators, squared and
 * negative-squared letters, small caps); NFKD, strip combining marks, NFC (so Hangul syllables survive);
 * case-fold. A second pass maps Cyrillic/Greek look-alikes to Latin only inside words that mix scripts
 * or consist solely of look-alikes, so that real Russian ("Реклама") keeps its letters.
 */
import { isWordCode } from './tokens';

export interface NormalisedText {
  /** The match key: folded text. */
  readonly key: string;
  /** For each UTF-16 unit of `key`, the start offset (inclusive) in the original text. */
  readonly keyStart: readonly number[];
  /** For each UTF-16 unit of `key`, the end offset (exclusive) in the original text. */
  readonly keyEnd: readonly number[];
  /** True when the original holds anything but ASCII; lets callers skip non-Latin lexicons. */
  readonly hasNonAscii: boolean;
  /**
   * Scripts of the key that lexicons match without word gaps or outside Latin (SCRIPT_* bits), noted
   * while the key is made, so that matchers need not scan the key again for them. 0 for most captions.
   */
  readonly scripts: number;
}

/**
 * Chinese, Japanese or Korean characters, full-width forms and Thai: scripts written without spaces
 * between words, where lexicons match substrings.
 */
export const SCRIPT_CJK = 1;
/** Cyrillic (U+0400–U+04FF). */
export const SCRIPT_CYRILLIC = 2;

/** SCRIPT_* bit of one UTF-16 unit. */
function scriptOfUnit(c: number): number {
  if (c >= 0x0400 && c <= 0x04ff) return SCRIPT_CYRILLIC;
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x3000 && c <= 0x30ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x0e00 && c <= 0x0e7f)) return SCRIPT_CJK;
  return 0;
}

/** SCRIPT_* bits of a whole string (for keys made piece by piece, and for checking lexicons). */
export function scriptsOfText(key: string): number {
  let scripts = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 0x0400) scripts |= scriptOfUnit(c);
  }
  return scripts;
}

const SMALL_CAPS: Record<string, string> = {
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm',
  ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ǫ: 'q', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
};

/** Cyrillic and Greek letters that look like Latin ones (lower-case after folding; UTS #39 subset). */
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w', ɡ: 'g',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ζ: 'z',
};

/** Letters NFKD leaves whole, as they are typed on a keyboard without them (after lower-casing). */
const PLAIN_LETTERS: Record<string, string> = {
  ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ŧ: 't', ƚ: 'l', ɨ: 'i', ƀ: 'b', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe',
};

const COMBINING = /\p{M}/gu;
const FORMAT = /^\p{Cf}$/u;
const LETTER = /^\p{L}$/u;

/** Folded form of one code point, memoised: most captions reuse a few hundred distinct characters. */
const foldCache = new Map<number, string>();

function foldCodePoint(cp: number, ch: string): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  let out: string;
  if (FORMAT.test(ch) && cp !== 0x200d) {
    out = '';
  } else if (cp === 0x200d) {
    // ZWJ joins emoji sequences; inside words it only hides them. Dropping it is safe for matching.
    out = '';
  } else if (cp >= 0x1f1e6 && cp <= 0x1f1ff) {
    out = String.fromCharCode(97 + cp - 0x1f1e6); // regional indicator A–Z
  } else if (cp >= 0x1f130 && cp <= 0x1f149) {
    out = String.fromCharCode(97 + cp - 0x1f130); // squared Latin capital
  } else if (cp >= 0x1f150 && cp <= 0x1f169) {
    out = String.fromCharCode(97 + cp - 0x1f150); // negative circled
  } else if (cp >= 0x1f170 && cp <= 0x1f189) {
    out = String.fromCharCode(97 + cp - 0x1f170); // negative squared
  } else if (SMALL_CAPS[ch] !== undefined) {
    out = SMALL_CAPS[ch];
  } else {
    let d = ch.normalize('NFKD').replace(COMBINING, '');
    // Parenthesised letters ⒩ decompose to "(n)": keep the letter only.
    if (d.length === 3 && d[0] === '(' && d[2] === ')') d = d[1] ?? '';
    d = d.normalize('NFC').toLowerCase();
    if (d === 'ß') d = 'ss';
    if (d === 'ı') d = 'i';
    // Letters with a stroke and ligatures have no decomposition to strip, yet people type them plain:
    // Polish hashtags are written "#wspolpracareklamowa" as often as "#współpracareklamowa".
    d = PLAIN_LETTERS[d] ?? d;
    // Curly apostrophes and quotes fold to ASCII so "isn’t" reads like "isn't".
    if (d === '\u2019' || d === '\u2018' || d === '\u02bc') d = "'";
    out = d;
  }
  foldCache.set(cp, out);
  return out;
}

/**
 * Offsets of a key that lines up unit for unit with its original (ASCII, accents folded to one letter,
 * emoji kept as they are: the usual caption). Shared and only ever extended, so such a caption costs no
 * offset arrays at all: keyStart[i] = i, keyEnd[i] = i + 1.
 */
const IDENTITY_START: number[] = [];
const IDENTITY_END: number[] = [];
function identityOffsets(length: number): void {
  for (let i = IDENTITY_START.length; i < length; i++) {
    IDENTITY_START.push(i);
    IDENTITY_END.push(i + 1);
  }
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * When every non-ASCII code point of `text` folds to itself (emoji, symbols, CJK), so that the key is
 * simply the lower-cased text: the SCRIPT_* bits of those code points. Otherwise -1: upper-case
 * non-ASCII letters, for one, fold to a different string.
 */
function foldsToItself(text: string): number {
  let scripts = 0;
  // The regex skips ASCII runs natively; the loop only looks at non-ASCII units.
  NON_ASCII_FROM.lastIndex = 0;
  while (NON_ASCII_FROM.test(text)) {
    const i = NON_ASCII_FROM.lastIndex - 1;
    const c = text.charCodeAt(i);
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      cp = text.codePointAt(i) ?? c;
      width = cp > 0xffff ? 2 : 1;
    }
    // An emoji's variation selector (❤️ is U+2764 U+FE0F) or the joiner in an emoji sequence stays in
    // the key when it follows something that is not part of a word: the tokeniser reads it as a gap,
    // like the emoji, so the key still lines up with the text (a third of captions have a ❤️). Inside
    // a word ("Nik\uFE0Fe") it has to go, so that the word reads whole: that is the slow path below.
    if ((c === 0x200d || (c >= 0xfe00 && c <= 0xfe0f)) && i > 0 && !isWordCode(text.charCodeAt(i - 1))) {
      NON_ASCII_FROM.lastIndex = i + 1;
      continue;
    }
    if (foldClass(cp) !== FOLD_SELF) return -1;
    // A code point that folds to itself is in the key as it is in the text.
    if (width === 1) scripts |= scriptOfUnit(c);
    NON_ASCII_FROM.lastIndex = i + width;
  }
  return scripts;
}
const NON_ASCII_FROM = /[^\x00-\x7f]/g;

/** How a code point folds (foldClass): to itself, to itself but a look-alike of a Latin letter, or otherwise. */
const FOLD_SELF = 1;
const FOLD_SELF_LOOKALIKE = 2;
const FOLD_OTHER = 3;
/**
 * foldClass by code point, filled on first sight: typed arrays for the BMP and for the plane of emoji and
 * the mathematical letters (U+1xxxx, in a third of captions), a Map beyond.
 */
const bmpFoldClass = new Uint8Array(0x10000);
const planeOneFoldClass = new Uint8Array(0x10000);
const astralFoldClass = new Map<number, number>();

function foldClass(cp: number): number {
  let known = cp <= 0xffff ? bmpFoldClass[cp]! : cp <= 0x1ffff ? planeOneFoldClass[cp - 0x10000]! : astralFoldClass.get(cp) ?? 0;
  if (known === 0) {
    const ch = String.fromCodePoint(cp);
    const folded = foldCodePoint(cp, ch);
    known = folded !== ch || /\p{M}/u.test(ch) ? FOLD_OTHER : isLookalike(folded) ? FOLD_SELF_LOOKALIKE : FOLD_SELF;
    if (cp <= 0xffff) bmpFoldClass[cp] = known;
    else if (cp <= 0x1ffff) planeOneFoldClass[cp - 0x10000] = known;
    else astralFoldClass.set(cp, known);
  }
  return known;
}

/**
 * For the code point at `i` (not ASCII) that is in the key as in the text: its width (1 or 2 units),
 * or -1 when it is a look-alike (all are one unit), which the key keeps for mapLookalikes to judge.
 * 0 for any other code point.
 */
function copiedWidthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const cp = c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i) ?? c : c;
  const known = foldClass(cp);
  return known === FOLD_SELF ? (cp > 0xffff ? 2 : 1) : known === FOLD_SELF_LOOKALIKE ? -1 : 0;
}

/** Look-alikes are all in U+0250–U+052F: a range test spares the table lookup for every other letter. */
for (const ch of Object.keys(LOOKALIKES)) {
  if (ch.length !== 1 || ch.charCodeAt(0) < 0x250 || ch.charCodeAt(0) >= 0x530) throw new Error(`look-alike ${ch} is outside U+0250–U+052F`);
}
function isLookalike(folded: string): boolean {
  return folded.length === 1 && latinOfLookalike(folded.charCodeAt(0)) !== 0;
}

/** Folds `text` into a match key with offsets (see module comment). */
export function normaliseText(text: string): NormalisedText {
  const n = text.length;
  if (!NON_ASCII.test(text)) {
    identityOffsets(n);
    return { key: text.toLowerCase(), keyStart: IDENTITY_START, keyEnd: IDENTITY_END, hasNonAscii: false, scripts: 0 };
  }
  const scripts = foldsToItself(text);
  if (scripts >= 0) {
    // Only emoji and other characters that fold to themselves: the lower-cased text is the key.
    identityOffsets(n);
    return { key: text.toLowerCase(), keyStart: IDENTITY_START, keyEnd: IDENTITY_END, hasNonAscii: true, scripts };
  }
  // The key is joined from its pieces at the end, not grown with +=: that would hand the tokeniser a
  // rope (V8 cons string), and one rope reaching the tokeniser's hot loop slows it for every caption.
  const pieces: string[] = [];
  let keyLength = 0;
  // Offset arrays are only written once the key stops lining up with the text (`aligned` false);
  // until then they are implicitly the identity.
  let aligned = true;
  let keyStart: number[] = IDENTITY_START;
  let keyEnd: number[] = IDENTITY_END;
  let hasLookalike = false;
  // Runs are lower-cased by slicing the text lower-cased once, when that lines up with the text: no
  // letter grew ("İ" becomes two units) and none depends on its neighbours (a capital sigma at the end
  // of a word becomes "ς"). Otherwise each run is lower-cased on its own.
  const lower = text.toLowerCase();
  const lowerLinesUp = lower.length === n && text.indexOf('\u03a3') < 0;
  // Runs of ASCII and of characters that fold to themselves (most of a Japanese, Chinese or Russian
  // caption, emoji) are copied in bulk; only the other code points go through the fold table one by one.
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 || copiedWidthAt(text, i) !== 0) {
      let j = i;
      while (j < n) {
        if (text.charCodeAt(j) < 128) j++;
        else {
          const width = copiedWidthAt(text, j);
          if (width === 0) break;
          if (width < 0) hasLookalike = true;
          j += Math.abs(width);
        }
      }
      if (!aligned) {
        for (let p = i; p < j; ) {
          // Both units of a character outside the BMP (an emoji) map to the whole character.
          const u = text.charCodeAt(p);
          const width = u >= 0xd800 && u <= 0xdbff && (text.codePointAt(p) ?? u) > 0xffff ? 2 : 1;
          for (let k = 0; k < width; k++) {
            keyStart.push(p);
            keyEnd.push(p + width);
          }
          p += width;
        }
      }
      pieces.push(lowerLinesUp ? lower.slice(i, j) : text.slice(i, j).toLowerCase());
      keyLength += j - i;
      i = j;
      continue;
    }
    const cp = c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i) ?? c : c;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp, width === 1 ? text[i] ?? '' : text.slice(i, i + 2));
    if (aligned && folded.length !== width) {
      // First unit that does not line up: write out the identity so far, then map explicitly.
      aligned = false;
      keyStart = [];
      keyEnd = [];
      for (let p = 0; p < keyLength; p++) {
        keyStart.push(p);
        keyEnd.push(p + 1);
      }
    }
    if (folded.length > 0) {
      if (!hasLookalike && isLookalike(folded)) hasLookalike = true;
      if (!aligned) {
        for (let j = 0; j < folded.length; j++) {
          keyStart.push(i);
          keyEnd.push(i + width);
        }
      }
      pieces.push(folded);
      keyLength += folded.length;
    } else if (keyEnd.length > 0 && /\p{M}/u.test(text.slice(i, i + width))) {
      // A combining mark belongs to the previous letter: widen its span so highlights cover it.
      keyEnd[keyEnd.length - 1] = i + width;
    }
    i += width;
  }
  if (aligned) identityOffsets(n);
  const joined = pieces.join('');
  const key = hasLookalike ? mapLookalikes(joined) : joined;
  return { key, keyStart, keyEnd, hasNonAscii: true, scripts: scriptsOfText(key) };
}

/**
 * Maps Cyrillic/Greek look-alikes to Latin inside words that mix them with Latin letters, or that are
 * made only of look-alikes (a spoofed "Аррlе"), keeping genuine Cyrillic or Greek words intact.
 * Replacements are one unit for one unit, so the offset map stays valid.
 */
function mapLookalikes(key: string): string {
  // The key is rebuilt only around the words that change; most keys with a look-alike are plain Russian
  // or Greek, and come back as they are.
  let out: string[] | null = null;
  let copied = 0;
  const n = key.length;
  let i = 0;
  while (i < n) {
    if (!isLetterUnit(key.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let latin = 0;
    let lookalike = 0;
    let other = 0;
    while (j < n) {
      const c = key.charCodeAt(j);
      if (!isLetterUnit(c)) break;
      if (c >= 97 && c <= 122) latin++;
      else if (latinOfLookalike(c) !== 0) lookalike++;
      else other++;
      j++;
    }
    const length = j - i;
    const spoofed = lookalike > 0 && ((latin > 0 && other === 0) || (latin === 0 && other === 0 && length > 1 && lookalike >= 2 && latinHeavy(length)));
    if (spoofed) {
      out ??= [];
      out.push(key.slice(copied, i));
      const letters: number[] = [];
      for (let k = i; k < j; k++) {
        const c = key.charCodeAt(k);
        letters.push(latinOfLookalike(c) || c);
      }
      out.push(String.fromCharCode(...letters));
      copied = j;
    }
    i = j;
  }
  if (out === null) return key;
  out.push(key.slice(copied));
  return out.join('');
}

/** A word of look-alikes only is a spoof when it would read as Latin; true for any such word here. */
function latinHeavy(length: number): boolean {
  return length <= 12;
}

/** The Latin letter (as a char code) a look-alike unit stands for, 0 when `c` is none. */
function latinOfLookalike(c: number): number {
  return c >= 0x250 && c < 0x530 ? LOOKALIKE_CODES[c - 0x250]! : 0;
}
const LOOKALIKE_CODES = new Uint16Array(0x530 - 0x250);
for (const [ch, latin] of Object.entries(LOOKALIKES)) LOOKALIKE_CODES[ch.charCodeAt(0) - 0x250] = latin.charCodeAt(0);

/** Whether a UTF-16 unit is a letter (\p{L}), memoised by unit: 1 letter, 2 not, 0 not yet known. */
const LETTER_UNIT = new Uint8Array(0x10000);
export function isLetterUnit(c: number): boolean {
  let known = LETTER_UNIT[c]!;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER_UNIT[c] = known;
  }
  return known === 1;
}

/** The key form of a lexicon entry or brand name (same folding as captions, no offsets). */
export function foldForMatching(text: string): string {
  return normaliseText(text).key;
}

/** Whether the character of `text` at `start` is a capital letter ("Nike", "Ørsted"; not "nike", "7", "#"). */
export function isCapitalisedAt(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  if (code < 128) return code >= 65 && code <= 90;
  const first = text.codePointAt(start);
  if (first === undefined) return false;
  const ch = String.fromCodePoint(first);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Original-text span of key range [keyFrom, keyTo). */
export function originalSpan(norm: NormalisedText, keyFrom: number, keyTo: number): { start: number; end: number } {
  const start = norm.keyStart[keyFrom] ?? 0;
  const end = norm.keyEnd[keyTo - 1] ?? start;
  return { start, end };
}

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

export interface NormalisedText {
  /** The match key: folded text. */
  readonly key: string;
  /** For each UTF-16 unit of `key`, the start offset (inclusive) in the original text. */
  readonly keyStart: readonly number[];
  /** For each UTF-16 unit of `key`, the end offset (exclusive) in the original text. */
  readonly keyEnd: readonly number[];
  /** True when the original holds anything but ASCII; lets callers skip non-Latin lexicons. */
  readonly hasNonAscii: boolean;
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
    // Curly apostrophes and quotes fold to ASCII so "isn’t" reads like "isn't".
    if (d === '\u2019' || d === '\u2018' || d === '\u02bc') d = "'";
    out = d;
  }
  foldCache.set(cp, out);
  return out;
}

/** Folds `text` into a match key with offsets (see module comment). */
export function normaliseText(text: string): NormalisedText {
  const n = text.length;
  let key = '';
  // Plain arrays of small integers: far cheaper to allocate per caption than typed arrays.
  const keyStart: number[] = [];
  const keyEnd: number[] = [];
  let hasNonAscii = false;
  let hasLookalike = false;
  // ASCII runs are copied in bulk; only non-ASCII code points go through the fold table.
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      let j = i;
      while (j < n && text.charCodeAt(j) < 128) j++;
      const run = text.slice(i, j).toLowerCase();
      for (let p = i; p < j; p++) {
        keyStart.push(p);
        keyEnd.push(p + 1);
      }
      key += run;
      i = j;
      continue;
    }
    hasNonAscii = true;
    const cp = text.codePointAt(i) ?? c;
    const width = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    const folded = foldCodePoint(cp, ch);
    if (folded.length > 0) {
      if (LOOKALIKES[folded] !== undefined) hasLookalike = true;
      for (let j = 0; j < folded.length; j++) {
        keyStart.push(i);
        keyEnd.push(i + width);
      }
      key += folded;
    } else if (keyEnd.length > 0 && /\p{M}/u.test(ch)) {
      // A combining mark belongs to the previous letter: widen its span so highlights cover it.
      keyEnd[keyEnd.length - 1] = i + width;
    }
    i += width;
  }
  if (hasLookalike) key = mapLookalikes(key);
  return { key, keyStart, keyEnd, hasNonAscii };
}

/**
 * Maps Cyrillic/Greek look-alikes to Latin inside words that mix them with Latin letters, or that are
 * made only of look-alikes (a spoofed "Аррlе"), keeping genuine Cyrillic or Greek words intact.
 * Replacements are one unit for one unit, so the offset map stays valid.
 */
function mapLookalikes(key: string): string {
  let out = '';
  let i = 0;
  const n = key.length;
  while (i < n) {
    const ch = key[i] ?? '';
    if (!LETTER.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let j = i;
    let latin = 0;
    let lookalike = 0;
    let other = 0;
    while (j < n) {
      const c = key[j] ?? '';
      if (!LETTER.test(c)) break;
      if (c >= 'a' && c <= 'z') latin++;
      else if (LOOKALIKES[c] !== undefined) lookalike++;
      else other++;
      j++;
    }
    const word = key.slice(i, j);
    const spoofed = lookalike > 0 && ((latin > 0 && other === 0) || (latin === 0 && other === 0 && word.length > 1 && lookalike >= 2 && latinHeavy(word)));
    if (spoofed) {
      for (const c of word) out += LOOKALIKES[c] ?? c;
    } else {
      out += word;
    }
    i = j;
  }
  return out;
}

/** A word of look-alikes only is a spoof when it would read as Latin; true for any such word here. */
function latinHeavy(word: string): boolean {
  return word.length <= 12;
}

/** The key form of a lexicon entry or brand name (same folding as captions, no offsets). */
export function foldForMatching(text: string): string {
  return normaliseText(text).key;
}

/** Original-text span of key range [keyFrom, keyTo). */
export function originalSpan(norm: NormalisedText, keyFrom: number, keyTo: number): { start: number; end: number } {
  const start = norm.keyStart[keyFrom] ?? 0;
  const end = norm.keyEnd[keyTo - 1] ?? start;
  return { start, end };
}

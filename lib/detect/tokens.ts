/**
 * One left-to-right pass over the match key that cuts it into words, #hashtags, @mentions and URLs.
 * Every later matcher (markers, brand names, hashtags, handles) works on these tokens through hash
 * lookups, so the cost of a post grows with its caption, not with the number of brands or phrases.
 */
import type { NormalisedText } from './normalise';

export type TokenKind = 'word' | 'hashtag' | 'mention';

export interface Token {
  kind: TokenKind;
  /** Key form without "#" / "@". */
  text: string;
  /** Key offsets of the whole token, including "#" / "@". */
  from: number;
  to: number;
}

export interface UrlSpan {
  /** The URL as written in the original text. */
  url: string;
  start: number;
  end: number;
}

export interface Tokenised {
  tokens: Token[];
  urls: UrlSpan[];
}

const wordCharCache = new Map<number, boolean>();
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/** Letter, digit or mark, by UTF-16 unit (surrogates count as word characters: fancy letters, CJK). */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let known = wordCharCache.get(c);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCharCode(c));
    wordCharCache.set(c, known);
  }
  return known;
}

function isHandleCode(c: number): boolean {
  return c === 95 || c === 46 || isWordCode(c);
}

const URL_IN_KEY = /\b(?:https?:\/\/|www\.)[^\s<>"'()\[\]{}]+|\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|co|me|ly|gl|to|it|us|de|fr|es|uk|app|shop|store|link|gg|tv)(?:\/[^\s<>"'()\[\]{}]*)?(?![\w.-])/g;

/** Cuts the key into tokens; URLs (and bare domains) become UrlSpans and are not tokenised further. */
export function tokenise(norm: NormalisedText, original: string): Tokenised {
  const key = norm.key;
  const urls: UrlSpan[] = [];
  const urlRanges: Array<[number, number]> = [];
  if (key.includes('.')) {
    URL_IN_KEY.lastIndex = 0;
    for (let m = URL_IN_KEY.exec(key); m !== null; m = URL_IN_KEY.exec(key)) {
      let to = m.index + m[0].length;
      // Sentence punctuation after a URL is not part of it.
      while (to > m.index && /[.,;:!?]/.test(key[to - 1] ?? '')) to--;
      const before = key[m.index - 1];
      if (before === '@' || before === '#') continue; // an @handle.with.dots or an email, not a link
      const start = norm.keyStart[m.index] ?? 0;
      const end = norm.keyEnd[to - 1] ?? start;
      urls.push({ url: original.slice(start, end), start, end });
      urlRanges.push([m.index, to]);
    }
  }
  const tokens: Token[] = [];
  const n = key.length;
  let r = 0;
  let i = 0;
  while (i < n) {
    const range = urlRanges[r];
    if (range !== undefined && i >= range[0]) {
      i = range[1];
      r++;
      continue;
    }
    const c = key.charCodeAt(i);
    // '#' or full-width '＃' then a word character: a hashtag.
    if ((c === 35 || c === 0xff03) && i + 1 < n && isWordCode(key.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < n && (isWordCode(key.charCodeAt(j)) || key.charCodeAt(j) === 95)) j++;
      tokens.push({ kind: 'hashtag', text: key.slice(i + 1, j), from: i, to: j });
      i = j;
      continue;
    }
    // '@' not glued to a word before it (emails are not mentions).
    if (c === 64 && i + 1 < n && isHandleCode(key.charCodeAt(i + 1)) && !(i > 0 && isWordCode(key.charCodeAt(i - 1)))) {
      let j = i + 1;
      while (j < n && isHandleCode(key.charCodeAt(j))) j++;
      while (j > i + 1 && key.charCodeAt(j - 1) === 46) j--;
      tokens.push({ kind: 'mention', text: key.slice(i + 1, j), from: i, to: j });
      i = j;
      continue;
    }
    if (isWordCode(c)) {
      let j = i + 1;
      for (;;) {
        while (j < n && isWordCode(key.charCodeAt(j))) j++;
        // Apostrophes inside words keep "isn't" countable as written.
        if (j + 1 < n && key.charCodeAt(j) === 39 && isWordCode(key.charCodeAt(j + 1))) {
          j += 2;
          continue;
        }
        break;
      }
      tokens.push({ kind: 'word', text: key.slice(i, j), from: i, to: j });
      i = j;
      continue;
    }
    i++;
  }
  return { tokens, urls };
}

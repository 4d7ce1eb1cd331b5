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

const wordCharCache = new Map<string, boolean>();
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  let known = wordCharCache.get(ch);
  if (known === undefined) {
    known = WORD_CHAR.test(ch);
    wordCharCache.set(ch, known);
  }
  return known;
}

function isHandleChar(ch: string): boolean {
  return ch === '_' || ch === '.' || isWordChar(ch);
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
    const ch = key[i] ?? '';
    if ((ch === '#' || ch === '＃') && i + 1 < n && isWordChar(key[i + 1] ?? '')) {
      let j = i + 1;
      while (j < n && (isWordChar(key[j] ?? '') || key[j] === '_')) j++;
      tokens.push({ kind: 'hashtag', text: key.slice(i + 1, j), from: i, to: j });
      i = j;
      continue;
    }
    if (ch === '@' && i + 1 < n && isHandleChar(key[i + 1] ?? '') && !(i > 0 && isWordChar(key[i - 1] ?? ''))) {
      let j = i + 1;
      while (j < n && isHandleChar(key[j] ?? '')) j++;
      while (j > i + 1 && key[j - 1] === '.') j--;
      tokens.push({ kind: 'mention', text: key.slice(i + 1, j), from: i, to: j });
      i = j;
      continue;
    }
    if (isWordChar(ch)) {
      let j = i + 1;
      for (;;) {
        while (j < n && isWordChar(key[j] ?? '')) j++;
        // Apostrophes and in-word hyphens keep "isn't" and "affiliate-links" countable as written.
        if (j + 1 < n && key[j] === "'" && isWordChar(key[j + 1] ?? '')) {
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

/**
 * Disclosure markers (PRODUCT.md): hashtags by exact tag, phrases by token sequence, head-only words in
 * marker position, and substrings for scripts without word gaps. Negations are found first and swallow
 * the marker words they contain, so "not sponsored" or "unbezahlte Werbung" never count as disclosure.
 */
import type { Marker, PlatformLabel } from '@/lib/schema/post';
import { MARKER_LEXICON, NEGATION_FILLERS, NEGATORS, type LexiconKind } from './marker-lexicon';
import { foldForMatching, isCapitalisedAt, normaliseText, originalSpan, SCRIPT_CJK, scriptsOfText, type NormalisedText } from './normalise';
import { addToKeyFilter, createKeyFilter, mayContain, type KeyFilter } from './key-filter';
import { tokenise, wordHash, TOKEN_HASHTAG, TOKEN_WORD, type Tokens } from './tokens';
import { addWordEntry, buildWordTable, emptyWordEntries, lookupWord, type WordTable } from './word-table';

interface PhraseEntry {
  words: string[];
  kind: LexiconKind;
  /** Only counts in marker position (head of caption or line, brackets, before ":"). */
  headOnly: boolean;
  /** Only counts before a name: an @mention, a #hashtag or a capitalised word (form ">"). */
  beforeName: boolean;
}

interface CompiledLexicon {
  /** Every hashtag and first word below (by wordHash): most caption words need no lookup. */
  filter: KeyFilter;
  hashtags: Map<string, LexiconKind>;
  /**
   * First word → index into `phrases` of the phrases of one word that start with it (a word table: the
   * caption's word is compared in place, not cut).
   */
  firstWords: WordTable;
  /**
   * (that index + 1, second word) → index into `phrases` of the longer phrases with those first two
   * words: "in" starts nine phrases, and the word after it picks the one or two that can match, with
   * no look at the others.
   */
  secondWords: WordTable;
  /**
   * The first words that are phrases of one word by themselves ("sponsored", "anzeige"), and the first
   * two words of the longer phrases (pairHash): "the", "this", "for", "my", "in" start phrases and are
   * in most captions, but seldom with the word that goes on one; these two filters, of a few hundred
   * entries each, turn such a word away without the lookups in firstWords and secondWords.
   */
  singleFilter: KeyFilter;
  pairFilter: KeyFilter;
  /** Each list longest phrase first, then by kind priority, so "not sponsored" wins over "sponsored". */
  phrases: PhraseEntry[][];
  substrings: Array<{ key: string; kind: LexiconKind; ascii: boolean }>;
  /** The ASCII ones among them, same order: all a caption without CJK script needs to look for. */
  asciiSubstrings: Array<{ key: string; kind: LexiconKind; ascii: boolean }>;
}

/** Negations beat neutral phrases, which beat every disclosure kind at the same position. */
const KIND_PRIORITY: Record<LexiconKind, number> = { negation: 0, neutral: 1, ad: 2, affiliate: 3, gifted: 4, partnership: 5 };

let compiled: CompiledLexicon | null = null;

/**
 * A lexicon phrase as written, and with ä, ö, ü spelt "ae", "oe", "ue", as German is typed without
 * them ("unterstuetzt von"); the key folds "ü" to "u", which no one writes for it.
 */
function spellingsOf(phrase: string): string[] {
  if (!/[äöüÄÖÜ]/.test(phrase)) return [phrase];
  return [phrase, phrase.replace(/[äöüÄÖÜ]/g, (ch) => UMLAUT_SPELLINGS[ch] ?? ch)];
}
const UMLAUT_SPELLINGS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

function compileLexicon(): CompiledLexicon {
  const hashtags = new Map<string, LexiconKind>();
  const phrasesByFirstWord = new Map<string, PhraseEntry[]>();
  const substrings: CompiledLexicon['substrings'] = [];
  for (const [kind, entries] of Object.entries(MARKER_LEXICON) as Array<[LexiconKind, readonly string[]]>) {
    for (const entry of entries) for (const phrase of spellingsOf(entry.slice(2))) {
      const form = entry[0];
      if (form === '#') {
        const tag = foldForMatching(phrase);
        const known = hashtags.get(tag);
        if (known === undefined || KIND_PRIORITY[kind] < KIND_PRIORITY[known]) hashtags.set(tag, kind);
      } else if (form === '~') {
        const key = foldForMatching(phrase);
        const ascii = /^[\x00-\x7f]*$/.test(key);
        // findMarkers looks for an ASCII entry only in keys where the tokeniser stepped over its first
        // character (Tokens.asciiMarks), which must then be one that starts no token and no link holds.
        if (ascii && !/^[[\]()<>{}"]/.test(key)) throw new Error(`substring marker ${phrase} must start with a bracket or a quote`);
        // findMarkers searches the other substrings only in keys with a script written without gaps.
        if (!ascii && (scriptsOfText(key) & SCRIPT_CJK) === 0) throw new Error(`substring marker ${phrase} is in no script without word gaps`);
        substrings.push({ key, kind, ascii });
      } else {
        const norm = normaliseText(phrase);
        const words = tokenise(norm, phrase).tokens.texts();
        const first = words[0];
        if (first === undefined) continue;
        const list = phrasesByFirstWord.get(first) ?? [];
        list.push({ words, kind, headOnly: form === '^', beforeName: form === '>' });
        phrasesByFirstWord.set(first, list);
      }
    }
  }
  // Longest phrase first, then by kind priority, so "not sponsored" wins over "sponsored".
  for (const list of phrasesByFirstWord.values()) {
    list.sort((a, b) => b.words.length - a.words.length || KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind]);
  }
  substrings.sort((a, b) => KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind] || b.key.length - a.key.length);
  const filter = createKeyFilter(1 << 15);
  const singleFilter = createKeyFilter(1 << 13);
  const pairFilter = createKeyFilter(1 << 13);
  for (const tag of hashtags.keys()) addToKeyFilter(filter, wordHash(tag));
  const phrases: PhraseEntry[][] = [];
  const firstWordEntries = emptyWordEntries();
  const secondWordEntries = emptyWordEntries();
  for (const [word, list] of phrasesByFirstWord) {
    const hash = wordHash(word);
    addToKeyFilter(filter, hash);
    const first = phrases.length;
    addWordEntry(firstWordEntries, 0, word, hash, first);
    const alone = list.filter((entry) => entry.words.length === 1);
    if (alone.length > 0) addToKeyFilter(singleFilter, hash);
    phrases.push(alone);
    // Split by second word, each part in the list's order (a Map keeps the order of first sighting).
    const bySecondWord = new Map<string, PhraseEntry[]>();
    for (const entry of list) {
      const second = entry.words[1];
      if (second === undefined) continue;
      const group = bySecondWord.get(second);
      if (group === undefined) bySecondWord.set(second, [entry]);
      else group.push(entry);
    }
    for (const [second, entries] of bySecondWord) {
      addWordEntry(secondWordEntries, first + 1, second, wordHash(second), phrases.length);
      addToKeyFilter(pairFilter, pairHash(hash, wordHash(second)));
      phrases.push(entries);
    }
  }
  return {
    filter,
    hashtags,
    singleFilter,
    pairFilter,
    firstWords: buildWordTable(firstWordEntries),
    secondWords: buildWordTable(secondWordEntries),
    phrases,
    substrings,
    asciiSubstrings: substrings.filter((e) => e.ascii),
  };
}

function lexicon(): CompiledLexicon {
  compiled ??= compileLexicon();
  return compiled;
}

const HEAD_OPENERS = new Set(['[', '(', '|', '*', '【', '「', '/', '-', '–', '—', '•', ':', '>']);
const HEAD_CLOSERS = new Set([':', '|', ']', ')', '】', '」', '*', '-', '–', '—', '/']);

/** True when key range [from, to) sits where a label is written, not inside running prose. */
function inMarkerPosition(key: string, from: number, to: number, wordIndex: number): boolean {
  if (wordIndex === 0) return true;
  let p = from - 1;
  while (p >= 0 && key[p] === ' ') p--;
  const before = p < 0 ? '\n' : key[p] ?? '\n';
  if (before === '\n' || HEAD_OPENERS.has(before)) return true;
  let q = to;
  while (q < key.length && key[q] === ' ') q++;
  const after = q >= key.length ? '\n' : key[q] ?? '\n';
  return HEAD_CLOSERS.has(after);
}

interface RawMarker {
  kind: LexiconKind;
  from: number;
  to: number;
}

/**
 * Finds disclosure markers. `tokens` must come from `tokenise(norm, text)`; the label, when the page shows
 * one, becomes a `label` marker with an empty span at 0 (it is not part of the text).
 */
export function findMarkers(text: string, norm: NormalisedText, tokens: Tokens, label: PlatformLabel | null): Marker[] {
  const lex = lexicon();
  const raw: RawMarker[] = [];
  let wordIndex = 0;
  const filter = lex.filter;
  for (let t = 0; t < tokens.length; t++) {
    const kindOfToken = tokens.kindCode(t);
    if (!mayContain(filter, tokens.hash(t))) {
      if (kindOfToken === TOKEN_WORD) wordIndex++;
      continue;
    }
    if (kindOfToken === TOKEN_HASHTAG) {
      const kind = lex.hashtags.get(tokens.text(t));
      if (kind === undefined) continue;
      // "Not #sponsored", "This is NOT an #ad", "No es #publi": a negator before the tag denies it.
      const negatedFrom = deniedFrom(kind, tokens, t);
      if (negatedFrom >= 0) raw.push({ kind: 'negation', from: negatedFrom, to: tokens.to(t) });
      else raw.push({ kind, from: tokens.from(t), to: tokens.to(t) });
      continue;
    }
    if (kindOfToken !== TOKEN_WORD) continue;
    const hash = tokens.hash(t);
    const next = t + 1;
    const mayGoOn = tokens.isWord(next) && mayContain(lex.pairFilter, pairHash(hash, tokens.hash(next)));
    if (!mayGoOn && !mayContain(lex.singleFilter, hash)) {
      wordIndex++;
      continue;
    }
    const from = tokens.from(t);
    const first = lookupWord(lex.firstWords, 0, hash, norm.key, from, tokens.to(t));
    let consumed = 0;
    if (first >= 0) {
      // The phrases of two words or more that go on with the next word, then those of this word alone.
      const longer = mayGoOn ? lookupWord(lex.secondWords, first + 1, tokens.hash(next), norm.key, tokens.from(next), tokens.to(next)) : -1;
      if (longer >= 0) consumed = matchPhrase(lex.phrases[longer]!, text, norm, tokens, t, wordIndex, raw);
      const alone = lex.phrases[first]!;
      if (consumed === 0 && alone.length > 0) consumed = matchPhrase(alone, text, norm, tokens, t, wordIndex, raw);
    }
    if (consumed > 0) {
      t += consumed - 1;
      wordIndex += consumed;
    } else {
      wordIndex++;
    }
  }
  // Substring entries are for scripts without word gaps: skip them unless such a script is present.
  const hasCjk = (norm.scripts & SCRIPT_CJK) !== 0;
  // With such a script there are dozens of entries: one pass over the key notes which units it holds,
  // and only entries whose first unit is among them are searched for.
  const seen = hasCjk ? unitsOf(norm.key) : null;
  for (const entry of hasCjk ? lex.substrings : lex.asciiSubstrings) {
    if (seen !== null && seen.stamps[entry.key.charCodeAt(0)] !== seen.stamp) continue;
    // An ASCII entry starts with a character that starts no token and no link holds ("[pr]"): the
    // tokeniser noted those it stepped over.
    if (entry.ascii && (tokens.asciiMarks & (1 << (entry.key.charCodeAt(0) & 31))) === 0) continue;
    let at = norm.key.indexOf(entry.key);
    while (at >= 0) {
      const to = at + entry.key.length;
      if (!overlapsAny(raw, at, to)) raw.push({ kind: entry.kind, from: at, to });
      at = norm.key.indexOf(entry.key, to);
    }
  }
  const markers: Marker[] = [];
  if (label !== null) markers.push({ kind: 'label', text: label.text, start: 0, end: 0 });
  if (raw.length > 1) sortByStart(raw);
  for (const m of raw) {
    if (m.kind === 'neutral') continue;
    const { start, end } = originalSpan(norm, m.from, m.to);
    markers.push({ kind: m.kind, text: text.slice(start, end), start, end });
  }
  return markers;
}

/**
 * The first of `entries` (phrases that start at token t, longest first) that reads there as a marker,
 * recorded in `raw` (or its negation, when a negator comes before it); its number of words, 0 for none.
 */
function matchPhrase(entries: readonly PhraseEntry[], text: string, norm: NormalisedText, tokens: Tokens, t: number, wordIndex: number, raw: RawMarker[]): number {
  const from = tokens.from(t);
  for (const entry of entries) {
    if (!followingWordsMatch(norm.key, tokens, t, entry.words)) continue;
    const last = t + entry.words.length - 1;
    if (last >= tokens.length) continue;
    const lastTo = tokens.to(last);
    if (entry.headOnly && !inMarkerPosition(norm.key, from, lastTo, wordIndex)) continue;
    // "AD 2024", "AD 79": a year, not the label.
    if (entry.headOnly && isYear(tokens, last + 1)) continue;
    if (entry.beforeName && !isNameAt(text, norm, tokens, last + 1)) continue;
    const negatedFrom = deniedFrom(entry.kind, tokens, t);
    // A negation replaces the marker it denies ("not" + "sponsored").
    if (negatedFrom >= 0) raw.push({ kind: 'negation', from: negatedFrom, to: lastTo });
    else raw.push({ kind: entry.kind, from, to: lastTo });
    return entry.words.length;
  }
  return 0;
}

/** A hash of two words' hashes (wordHash), for CompiledLexicon.pairFilter: mixed so that every bit the filter reads depends on both. */
function pairHash(first: number, second: number): number {
  const h = Math.imul(first ^ Math.imul(second, 0x9e3779b1), 0x85ebca6b);
  return (h ^ (h >>> 15)) >>> 2;
}

/**
 * Sorts a post's few markers by where they start, keeping the order of equal starts, by insertion:
 * Array.prototype.sort allocated 350 bytes a call for two markers.
 */
function sortByStart(raw: RawMarker[]): void {
  for (let i = 1; i < raw.length; i++) {
    const m = raw[i]!;
    let j = i - 1;
    for (; j >= 0 && raw[j]!.from > m.from; j--) raw[j + 1] = raw[j]!;
    raw[j + 1] = m;
  }
}

/**
 * Whether a marker of `raw` overlaps key[from, to). A function, not a closure in findMarkers' loop: that
 * closure's variables cost every post a context object, with or without a substring entry found.
 */
function overlapsAny(raw: readonly RawMarker[], from: number, to: number): boolean {
  for (const m of raw) if (m.from < to && from < m.to) return true;
  return false;
}

/** Stamps by UTF-16 unit: units[c] === stamp when the last key given to unitsOf holds c. Made on first use. */
let unitStamps: Uint16Array | null = null;
let unitStamp = 0;

function unitsOf(key: string): { stamps: Uint16Array; stamp: number } {
  unitStamps ??= new Uint16Array(65536);
  // A new stamp per key instead of clearing 128 KB; cleared once every 65,535 keys.
  if (++unitStamp > 0xffff) {
    unitStamps.fill(0);
    unitStamp = 1;
  }
  for (let i = 0; i < key.length; i++) unitStamps[key.charCodeAt(i)] = unitStamp;
  return { stamps: unitStamps, stamp: unitStamp };
}

/**
 * Whether the tokens after t are the rest of `words` (token t is the first word, just found in the
 * table); compared in the key, without cutting them out.
 */
function followingWordsMatch(key: string, tokens: Tokens, t: number, words: readonly string[]): boolean {
  for (let w = 1; w < words.length; w++) {
    const word = words[w]!;
    if (!tokens.isWord(t + w)) return false;
    const from = tokens.from(t + w);
    if (tokens.to(t + w) - from !== word.length || !key.startsWith(word, from)) return false;
  }
  return true;
}

/** Determiners and pronouns that start a phrase in capitals without naming anyone ("Powered by My Team"). */
const NOT_NAMES: ReadonlySet<string> = new Set(['my', 'our', 'your', 'the', 'a', 'an', 'this', 'that', 'me', 'us', 'you', 'mine', 'his', 'her', 'their']);

/** Whether token t names someone: an @mention, a #hashtag, or a capitalised word that is no determiner. */
function isNameAt(text: string, norm: NormalisedText, tokens: Tokens, t: number): boolean {
  const kind = tokens.kind(t);
  if (kind === undefined) return false;
  if (kind !== 'word') return true;
  return !NOT_NAMES.has(tokens.text(t)) && isCapitalisedAt(text, norm.keyStart[tokens.from(t)] ?? 0);
}

/** Whether token t is a word of two to four digits: a year after "AD" ("AD 79", "AD 2024"). */
function isYear(tokens: Tokens, t: number): boolean {
  if (!tokens.isWord(t)) return false;
  const length = tokens.textLength(t);
  return length >= 2 && length <= 4 && /^\d+$/.test(tokens.text(t));
}

/** Where a negator denying a marker of `kind` at token t starts, or -1 (negations and neutral phrases are never denied). */
function deniedFrom(kind: LexiconKind, tokens: Tokens, t: number): number {
  return kind === 'negation' || kind === 'neutral' ? -1 : negatorBefore(tokens, t);
}

/** Key offset of a negator just before token t ("not", "not a", "keine"), or -1. */
function negatorBefore(tokens: Tokens, t: number): number {
  if (!tokens.isWord(t - 1)) return -1;
  const prev = tokens.text(t - 1);
  if (NEGATORS.has(prev)) return tokens.from(t - 1);
  if (tokens.isWord(t - 2) && NEGATION_FILLERS.has(prev) && NEGATORS.has(tokens.text(t - 2))) return tokens.from(t - 2);
  return -1;
}

/** Markers that count as sponsorship disclosure (negations never do). */
export function isDisclosure(marker: Pick<Marker, 'kind'>): boolean {
  return marker.kind !== 'negation';
}

/** Markers that adequately disclose paid content (regulators accept these; weak forms do not). */
export function isAdequateDisclosure(marker: Pick<Marker, 'kind'>): boolean {
  return marker.kind === 'label' || marker.kind === 'ad';
}

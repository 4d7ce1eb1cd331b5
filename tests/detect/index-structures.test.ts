/**
 * The shortcuts that make the engine fast must never change an answer: token hashes agree with the
 * indexes' hashes, the Bloom filters have no false negatives, identity offsets are real offsets, and the
 * name trie finds every name a per-name comparison would.
 */
import { describe, expect, it } from 'vitest';
import { analysePost, compileIndex } from '@/lib/engine';
import { compileBrandIndex, mayBeKey, type IndexBrand } from '@/lib/detect/brand-index';
import { normaliseText, originalSpan } from '@/lib/detect/normalise';
import { tokenise, wordHash } from '@/lib/detect/tokens';
import type { Brand } from '@/lib/schema/contracts';
import { createKeyFilter, mayContain } from '@/lib/detect/key-filter';
import { addWordEntry, buildKeyLists, buildSharedKeyLists, buildWordTable, emptyWordEntries, findKeyList, findWordSlot, keyListOf, lookupWord, MAX_PAYLOAD, slotPayload, slotValue } from '@/lib/detect/word-table';
import { NOW, snapshot } from '../evaluate/fixtures';

const CAPTIONS = [
  'Just got back from the gym 💪 #ad @Nike_Running check nike.com/run?utm_source=ig',
  "Isn't it lovely? McDonald's & Coca-Cola at 𝐁𝐮𝐫𝐠𝐞𝐫 𝐊𝐢𝐧𝐠 ＃ｗｅｒｂｕｎｇ",
  'Ｎｉｋｅ 🅽🅸🅺🅴 ɴɪᴋᴇ Nіkе Ni\u200Bke N̲i̲k̲e̲ Nïké café ß ﬁne',
  'Реклама | 광고 | 広告 #pr ❤️ 👩‍👩‍👧 🇩🇪 ✨',
];

describe('token hashes', () => {
  it('equal wordHash of the token text, for every kind of token and script', () => {
    for (const text of CAPTIONS) {
      const { tokens } = tokenise(normaliseText(text), text);
      expect(tokens.length).toBeGreaterThan(3);
      for (let t = 0; t < tokens.length; t++) expect(tokens.hash(t), `${tokens.kind(t)} ${tokens.text(t)}`).toBe(wordHash(tokens.text(t)));
    }
  });

  it('are small non-negative integers', () => {
    for (const word of ['', 'a', 'nike', 'x'.repeat(200), '광고', '🔥']) {
      const h = wordHash(word);
      expect(Number.isInteger(h) && h >= 0 && h < 2 ** 30).toBe(true);
    }
  });
});

describe('word tables', () => {
  it('find words kept in their slot (short, one byte a character) and in the shared pool alike, and nothing else', () => {
    const words = ['nike', 'x', 'café', 'sixteencharsxxxx', 'seventeencharsxxx', 'ナイキ', 'łódź', 'a'.repeat(255)];
    const entries = emptyWordEntries();
    words.forEach((word, i) => addWordEntry(entries, i % 3, word, wordHash(word), 100 + i));
    const table = buildWordTable(entries);
    const find = (node: number, word: string) => lookupWord(table, node, wordHash(word), `  ${word}  `, 2, 2 + word.length);
    expect(words.map((word, i) => find(i % 3, word))).toEqual(words.map((_, i) => 100 + i));
    // Same length, one character off, at each end and past the fourth byte of a slot word; another node.
    const misses = ['nikf', 'mike', 'y', 'cafe', 'sixteencharsxxxy', 'sixteenchars_xxx', 'seventeencharsxxy', 'ナイク', 'lódź', 'a'.repeat(254) + 'b'];
    expect(misses.map((word) => find(0, word)).concat(misses.map((word) => find(1, word)), [find(1, 'nike'), find(0, 'café')])).toEqual(
      new Array(misses.length * 2 + 2).fill(-1),
    );
  });
});

describe('word table payloads', () => {
  it('are carried in the slot of a word kept there, and reported missing (-1) for a pooled word or none given', () => {
    const entries = emptyWordEntries();
    addWordEntry(entries, 0, 'kalo', wordHash('kalo'), 7, 0);
    addWordEntry(entries, 0, 'foods', wordHash('foods'), 8, MAX_PAYLOAD);
    addWordEntry(entries, 0, 'seventeencharsxxx', wordHash('seventeencharsxxx'), 9, 123);
    addWordEntry(entries, 0, 'plain', wordHash('plain'), 10);
    const table = buildWordTable(entries);
    const read = (word: string) => {
      const at = findWordSlot(table, 0, wordHash(word), word, 0, word.length);
      return [slotValue(table, at), slotPayload(table, at)];
    };
    expect(['kalo', 'foods', 'seventeencharsxxx', 'plain'].map(read)).toEqual([[7, 0], [8, MAX_PAYLOAD], [9, -1], [10, -1]]);
    expect(findWordSlot(table, 0, wordHash('kalx'), 'kalx', 0, 4)).toBe(-1);
    expect(() => addWordEntry(entries, 0, 'x', wordHash('x'), 1, MAX_PAYLOAD + 1)).toThrow(/payload/);
  });
});

describe('key lists', () => {
  it('give the same items whether a list of one item is kept in the table or in the data', () => {
    const map = new Map<string, number[]>([['nike', [7]], ['gap', [2, 9]], ['zero', [0]], ['x'.repeat(300), [5]]]);
    for (const inline of [false, true]) {
      const lists = buildKeyLists(map, createKeyFilter(1 << 10), undefined, inline);
      expect(['nike', 'gap', 'zero', 'missing', 'x'.repeat(300)].map((key) => keyListOf(lists, key)), `inline ${inline}`).toEqual([[7], [2, 9], [0], [], []]);
    }
    // Only the lists of several items take room in the data when singles are kept in the table.
    expect(buildKeyLists(map, createKeyFilter(1 << 10), undefined, true).data.length).toBe(3);
    expect(() => buildKeyLists(new Map([['bad', [-3]]]), createKeyFilter(1 << 10), undefined, true)).toThrow(/0 or more/);
  });
});

describe('shared key lists', () => {
  it('read, through each view, exactly the lists of a table of their own, in every case the entry codes or points to', () => {
    // first: handle → brands; second: compact key → brand * 4 + flags (the first's item is the second's >> 2)
    const first = new Map<string, number[]>([['nike', [7]], ['solo', [3]], ['pair', [1, 2]], ['both2', [5]], ['other', [9]], ['x'.repeat(20), [4]], ['twohandle', [12, 13]]]);
    const second = new Map<string, number[]>([['nike', [7]], ['onlyname', [8]], ['pair', [1]], ['both2', [5, 6]], ['other', [2]], ['x'.repeat(20), [4]], ['big', [100_000]], ['twoname', [10, 11]]]);
    const flags = (key: string, brand: number) => brand * 4 + (key === 'nike' ? 1 : key === 'x'.repeat(20) ? 2 : 0);
    const [firstView, secondView] = buildSharedKeyLists(first, second, createKeyFilter(1 << 10), flags, 2);
    const ownFirst = buildKeyLists(first, createKeyFilter(1 << 10), undefined, true);
    const ownSecond = buildKeyLists(second, createKeyFilter(1 << 10), flags, true);
    const keys = [...new Set([...first.keys(), ...second.keys(), 'missing', 'nik'])];
    expect(keys.map((key) => [key, keyListOf(firstView, key), keyListOf(secondView, key)])).toEqual(
      keys.map((key) => [key, keyListOf(ownFirst, key), keyListOf(ownSecond, key)]),
    );
    // The cases above, spelt out: one of each that agree, one only, lists of two, disagreeing singles, a pooled key.
    expect(keyListOf(firstView, 'nike')).toEqual([7]);
    expect(keyListOf(secondView, 'nike')).toEqual([29]);
    expect(keyListOf(firstView, 'onlyname')).toEqual([]);
    expect(keyListOf(secondView, 'other')).toEqual([8]);
    // A key with a list on one side only says -1 (no list) on the other, as a table without the key would.
    const find = (view: typeof firstView, key: string) => findKeyList(view, wordHash(key), key, 0, key.length);
    expect([find(firstView, 'twoname'), find(secondView, 'twohandle'), find(firstView, 'onlyname'), find(secondView, 'solo')]).toEqual([-1, -1, -1, -1]);
  });
});

describe('offsets', () => {
  it('map every key range back to the text it came from, on the identity fast path and off it', () => {
    for (const text of [...CAPTIONS, 'plain ascii only', 'emoji only 😍🔥 fold to themselves']) {
      const norm = normaliseText(text);
      const { tokens } = tokenise(norm, text);
      for (let t = 0; t < tokens.length; t++) {
        const { start, end } = originalSpan(norm, tokens.from(t), tokens.to(t));
        // The original span, folded, reads as the token (with its # or @).
        expect(normaliseText(text.slice(start, end)).key).toBe(norm.key.slice(tokens.from(t), tokens.to(t)));
      }
    }
  });
});

describe('the key filter of the brand index', () => {
  const brands: IndexBrand[] = Array.from({ length: 3000 }, (_, i) => ({
    id: `b${i}`,
    name: `Brand${i.toString(36)} ${['Foods', 'Labs', 'Wear'][i % 3]}`,
    aliases: [`B${i}X`],
    handles: { instagram: [`brand_${i}`] },
    domains: [`brand${i}.com`],
    categories: [],
    parentId: null,
  }));
  const index = compileBrandIndex(brands, []);

  it('lets through every first word of a name, every handle and every compact name, and the later words of names through their own (no false negatives)', () => {
    for (const brand of brands) {
      for (const handle of brand.handles?.instagram ?? []) expect(mayBeKey(index, wordHash(handle))).toBe(true);
      expect(mayBeKey(index, wordHash(brand.name.toLowerCase().replace(/ /g, '')))).toBe(true);
      for (const name of [brand.name, ...(brand.aliases ?? [])]) {
        const [first, ...later] = name.toLowerCase().split(' ');
        expect(mayBeKey(index, wordHash(first!))).toBe(true);
        for (const word of later) expect(mayContain(index.names.laterWords, wordHash(word))).toBe(true);
      }
    }
    // A word that only goes on names ("Foods", "Labs", "Wear") is no first word: a caption's "wear" probes nothing.
    expect(['foods', 'labs', 'wear'].filter((word) => mayBeKey(index, wordHash(word)))).toEqual([]);
  });

  it('rejects most words that are not keys', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `word${i}zz`);
    const passed = words.filter((w) => mayBeKey(index, wordHash(w))).length;
    expect(passed / words.length).toBeLessThan(0.05);
  });
});

describe('the name trie', () => {
  const brand = (id: string, name: string, aliases: string[] = []): Brand => ({ id, name, aliases, handles: {}, domains: [], categories: [], parentId: null });
  const data = {
    version: 1 as const,
    brands: [brand('kalo', 'Kalo'), brand('kalo-foods', 'Kalo Foods'), brand('kalo-foods-uk', 'Kalo Foods UK'), brand('other', 'Foods Direct', ['Kalo Official'])],
    creators: [],
    contracts: [],
  };
  const index = compileIndex(data);
  const names = (text: string) => analysePost(snapshot(text, { authors: ['nobody'] }), index, NOW).brands.map((b) => [b.brandId, b.text]);

  it('reports the longest name that starts at a word, not the shorter names inside it, then skips past it', () => {
    expect(names('Dinner at Kalo Foods UK tonight')).toEqual([['kalo-foods-uk', 'Kalo Foods UK']]);
    expect(names('Kalo Official store and Kalo Foods')).toEqual([
      ['other', 'Kalo Official'],
      ['kalo-foods', 'Kalo Foods'],
    ]);
    expect(names('Kalo and Kalo Fooods')).toEqual([['kalo', 'Kalo'], ['kalo', 'Kalo']]);
  });

  it('reads a two-word name that starts with an article only when written with a capital', () => {
    const idx = compileIndex({ ...data, brands: [...data.brands, brand('the-sun', 'The Sun'), brand('tnf', 'The North Face')] });
    const found = (text: string) => analysePost(snapshot(text, { authors: ['nobody'] }), idx, NOW).brands.map((b) => b.brandId);
    expect(found('I believe in the sun, even when it is not shining')).toEqual([]);
    expect(found('Front page of The Sun today')).toEqual(['the-sun']);
    // The capital the sentence gives its first word is not the name's: the word after the article needs one.
    expect(found('The sun is shining, the day is young')).toEqual([]);
    expect(found('Read it in the Sun, and on THE SUN website')).toEqual(['the-sun', 'the-sun']);
    expect(found('new jacket from the north face')).toEqual(['tnf']);
  });

  it('reads names from the records where a slot cannot carry them: two brands on one name, words too long for a slot', () => {
    const idx = compileIndex({
      ...data,
      brands: [...data.brands, brand('kalo-2', 'Kalo'), brand('long', 'Superextralongbrandword Labs'), brand('long-alone', 'Anotherverylongbrandword')],
    });
    const found = (text: string) => analysePost(snapshot(text, { authors: ['nobody'] }), idx, NOW).brands.map((b) => [b.brandId, b.text]);
    expect(found('Dinner at Kalo tonight')).toEqual([['kalo', 'Kalo'], ['kalo-2', 'Kalo']]);
    expect(found('Gear from Superextralongbrandword Labs and Anotherverylongbrandword')).toEqual([
      ['long', 'Superextralongbrandword Labs'],
      ['long-alone', 'Anotherverylongbrandword'],
    ]);
    expect(found('Kalo Foods UK')).toEqual([['kalo-foods-uk', 'Kalo Foods UK']]);
  });

  it('stops at the first word that continues no name', () => {
    expect(names('Kalo Fooods')).toEqual([['kalo', 'Kalo']]);
    expect(names('Foods Direct')).toEqual([['other', 'Foods Direct']]);
  });
});

describe('links found while tokenising', () => {
  const linksOf = (text: string) => tokenise(normaliseText(text), text).urls.map((u) => text.slice(u.start, u.end));
  const wordsOf = (text: string) => tokenise(normaliseText(text), text).tokens.texts();

  it('finds every link however far into the caption, with words and sentence dots around them', () => {
    const text = `${'so much text before it. '.repeat(20)}Shop: https://www.Brand.com/p?utm_source=ig. And www.other.de, bit.ly/abc) end.`;
    expect(linksOf(text)).toEqual(['https://www.Brand.com/p?utm_source=ig', 'www.other.de', 'bit.ly/abc']);
    // The words between the links are tokens; the links' own parts are not.
    expect(wordsOf(text).slice(-3)).toEqual(['shop', 'and', 'end']);
  });

  it('finds a link without a dot ("http://localhost") whether or not the caption has a dot elsewhere', () => {
    expect(linksOf('see http://localhost now')).toEqual(['http://localhost']);
    expect(linksOf('see http://localhost now. ok')).toEqual(['http://localhost']);
  });

  it('finds several links in one run without spaces, and a link after a no-break space', () => {
    expect(linksOf('Gear:(nike.com)(adidas.com/x),amzn.to/abc. More:\u00a0puma.com')).toEqual(['nike.com', 'adidas.com/x', 'amzn.to/abc', 'puma.com']);
  });

  it('finds bare links on sponsors\' vanity and country domains, but not words glued by a full stop', () => {
    expect(linksOf('Go to surfshark.deals/techguy or hellofresh.ca/tg, bestbuy.ca and gab.ai')).toEqual(['surfshark.deals/techguy', 'hellofresh.ca/tg', 'bestbuy.ca', 'gab.ai']);
    expect(linksOf('Wait.no way, I was there.at noon, log.in later')).toEqual([]);
  });

  it('does not read @handles with dots or e-mail addresses as links', () => {
    expect(linksOf('by @jane.doe.studio and mail@shop.com')).toEqual([]);
  });
});

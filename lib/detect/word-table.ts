/**
 * A hash table from (node, word) to a small integer, in typed arrays: the edges of the name trie.
 *
 * A brand name in a caption is almost never one the last few posts named, so each lookup meets cold
 * memory. A Map keyed by strings costs a cut of the caption, then a bucket, an entry, the stored key and
 * the value object, each a likely cache (and TLB) miss. Here a lookup reads one 32-byte slot (hash,
 * value, node and length, and the word itself when it is short and of one-byte characters, as nearly all
 * are) and compares the caption's word in place: one miss, no allocation. Longer words are kept in one
 * shared string, a second miss.
 */

import { addToKeyFilter, type KeyFilter } from './key-filter';
import { wordHash } from './tokens';

/**
 * Slot layout: tag (0 = empty), value, offset of the word in `pool` (-1 or less: the word is kept in the
 * slot, and -2 - p carries a payload p), node << 8 | word length, then up to INLINE_CHARS characters of
 * the word, a byte each, when every one is below 256: most words are, and comparing them in the slot
 * spares the miss of reading the pool.
 */
const STRIDE = 8;
const INLINE_CHARS = 16;
/** Words are compared by length in the slot's low byte; longer words are never names in practice. */
export const MAX_WORD_LENGTH = 255;

export interface WordTable {
  slots: Int32Array;
  mask: number;
  pool: string;
}

/** Tag of (node, word hash): 30 bits mixed with the node, plus one so that 0 can mean empty. */
function tagOf(node: number, hash: number): number {
  return ((hash ^ Math.imul(node, 0x9e3779b1)) & 0x3fffffff) + 1;
}

/** What a table is built from: entry i is (nodes[i], words[i]) → values[i], with hashes[i] = wordHash(words[i]). */
export interface WordEntries {
  nodes: number[];
  words: string[];
  hashes: number[];
  values: number[];
  /** -1, or a number from 0 to MAX_PAYLOAD kept in the slot beside the value when the word fits in it (slotPayload). */
  payloads: number[];
}

/** The largest payload a slot can carry (31 bits less the two codes for a word kept in the slot without one). */
export const MAX_PAYLOAD = 0x7fff_fffd;

export function emptyWordEntries(): WordEntries {
  return { nodes: [], words: [], hashes: [], values: [], payloads: [] };
}

export function addWordEntry(entries: WordEntries, node: number, word: string, hash: number, value: number, payload = -1): void {
  if (payload > MAX_PAYLOAD) throw new Error(`a word table payload must be at most ${MAX_PAYLOAD}, not ${payload}`);
  entries.nodes.push(node);
  entries.words.push(word);
  entries.hashes.push(hash);
  entries.values.push(value);
  entries.payloads.push(payload);
}

/**
 * Builds the table (from parallel lists: the catalogue has some 100,000 entries, and an object apiece
 * would be garbage made at every start of the service worker). Words longer than MAX_WORD_LENGTH are
 * left out.
 */
export function buildWordTable(entries: WordEntries): WordTable {
  const { nodes, words, hashes, values, payloads } = entries;
  let capacity = 16;
  // At most four fifths full: a table half as big stays in cache (and in the TLB's reach) more often,
  // which saves more than the longer probes cost. A probe reads its neighbour slot, often in the same
  // cache line, and the long probes, for words not in the table, are rare: the key filters in front of
  // the tables let few such words through. (The bench's 49,303 name edges, at 3/4, took 131,072 slots,
  // 4 MB; at 4/5, 65,536: 2 MB, and the engine 4-6% less time.)
  while (capacity * 4 < words.length * 5) capacity *= 2;
  const slots = new Int32Array(capacity * STRIDE);
  const mask = capacity - 1;
  const kept: string[] = [];
  let offset = 0;
  for (let e = 0; e < words.length; e++) {
    const word = words[e]!;
    if (word.length > MAX_WORD_LENGTH || word.length === 0) continue;
    const node = nodes[e]!;
    const tag = tagOf(node, hashes[e]!);
    let i = tag & mask;
    while (slots[i * STRIDE] !== 0) i = (i + 1) & mask;
    slots[i * STRIDE] = tag;
    slots[i * STRIDE + 1] = values[e]!;
    slots[i * STRIDE + 3] = (node << 8) | word.length;
    if (fitsInSlot(word)) {
      const payload = payloads[e] ?? -1;
      slots[i * STRIDE + 2] = payload < 0 ? -1 : -2 - payload;
      for (let k = 0; k < word.length; k++) {
        const at = i * STRIDE + 4 + (k >> 2);
        slots[at] = (slots[at] ?? 0) | (word.charCodeAt(k) << ((k & 3) * 8));
      }
      continue;
    }
    slots[i * STRIDE + 2] = offset;
    kept.push(word);
    offset += word.length;
  }
  return { slots, mask, pool: kept.join('') };
}

function fitsInSlot(word: string): boolean {
  if (word.length > INLINE_CHARS) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) > 255) return false;
  return true;
}

/** Value stored for (node, text[from, to)), whose wordHash is `hash`; -1 when there is none. */
export function lookupWord(table: WordTable, node: number, hash: number, text: string, from: number, to: number): number {
  const at = findWordSlot(table, node, hash, text, from, to);
  return at < 0 ? -1 : table.slots[at + 1]!;
}

/** The value of the slot findWordSlot found. */
export function slotValue(table: WordTable, at: number): number {
  return table.slots[at + 1]!;
}

/** The payload of the slot findWordSlot found (addWordEntry), -1 when it carries none: read from the slot the lookup has just read. */
export function slotPayload(table: WordTable, at: number): number {
  const offset = table.slots[at + 2]!;
  return offset < -1 ? -2 - offset : -1;
}

/** Where the slot of (node, text[from, to)) is (for slotValue and slotPayload); -1 when there is none. */
export function findWordSlot(table: WordTable, node: number, hash: number, text: string, from: number, to: number): number {
  const length = to - from;
  if (length > MAX_WORD_LENGTH || length <= 0) return -1;
  const { slots, mask, pool } = table;
  const tag = tagOf(node, hash);
  const shape = (node << 8) | length;
  for (let i = tag & mask; ; i = (i + 1) & mask) {
    const at = i * STRIDE;
    const stored = slots[at]!;
    if (stored === 0) return -1;
    if (stored !== tag || slots[at + 3] !== shape) continue;
    const offset = slots[at + 2]!;
    let same = true;
    if (offset < 0) {
      for (let k = 0; k < length && same; k++) same = ((slots[at + 4 + (k >> 2)]! >>> ((k & 3) * 8)) & 255) === text.charCodeAt(from + k);
    } else {
      for (let k = 0; k < length && same; k++) same = pool.charCodeAt(offset + k) === text.charCodeAt(from + k);
    }
    if (same) return at;
  }
}

/**
 * Lists of numbers by key (handles, compact names), on a WordTable: `data` holds each list as its length then
 * its items, and the key's table entry gives where. Length and items share a cache line, so a key found costs
 * one miss there, not one in an array of starts and another in an array of items. With `inlineSingles`, a
 * list of one item (most keys name one brand) is kept in the table entry itself: a key found then costs no
 * read of `data` at all, and the brand's own data is the next thing the lookup waits for.
 */
export interface KeyLists {
  table: WordTable;
  data: Int32Array;
  /**
   * -1 for lists of their own; 0 or 1 for one of the two views buildSharedKeyLists makes of one table (a
   * key's entry there holds both lists: `data` has them one after the other, or the entry codes both).
   */
  part: number;
  /** In a shared entry holding one item of each map: the first map's item is the second's shifted right by this. */
  shift: number;
}

/** Every key also goes into `filter` (the brand index's key filter), hashed once for both. Items must be ≥ 0. */
export function buildKeyLists(
  map: ReadonlyMap<string, readonly number[]>,
  filter: KeyFilter,
  item: (key: string, value: number) => number = (_, v) => v,
  inlineSingles = false,
): KeyLists {
  const entries = emptyWordEntries();
  const data: number[] = [];
  for (const [key, values] of map) {
    const hash = wordHash(key);
    addToKeyFilter(filter, hash);
    if (key.length > MAX_WORD_LENGTH || key.length === 0) continue;
    if (inlineSingles && values.length === 1) {
      addWordEntry(entries, 0, key, hash, inlineItem(item(key, values[0]!)));
      continue;
    }
    addWordEntry(entries, 0, key, hash, data.length);
    data.push(values.length);
    for (const v of values) data.push(item(key, v));
  }
  return { table: buildWordTable(entries), data: Int32Array.from(data), part: -1, shift: 0 };
}

/**
 * Two maps of keys to lists in one table, as two KeyLists views (part 0 and 1) that read like any other:
 * handles and compact names are mostly the same keys ("@nike", "#nike"), and one table of the keys of
 * both is half the memory of two, and half the cache misses. A key's entry codes the common cases
 * itself: one item of the first map only, one of the second only, or one of each where the first's is
 * the second's shifted right by `shift` (code = item << 2 | which: 1 first, 2 second, 3 both);
 * otherwise it points into `data` at the first list then the second, each count-prefixed. Items ≥ 0.
 */
export function buildSharedKeyLists(
  first: ReadonlyMap<string, readonly number[]>,
  second: ReadonlyMap<string, readonly number[]>,
  filter: KeyFilter,
  secondItem: (key: string, value: number) => number,
  shift: number,
): [KeyLists, KeyLists] {
  const entries = emptyWordEntries();
  const data: number[] = [];
  const keys = new Set([...first.keys(), ...second.keys()]);
  for (const key of keys) {
    const hash = wordHash(key);
    addToKeyFilter(filter, hash);
    if (key.length > MAX_WORD_LENGTH || key.length === 0) continue;
    const a = first.get(key) ?? [];
    const b = (second.get(key) ?? []).map((v) => secondItem(key, v));
    for (const item of [...a, ...b]) if (item < 0) throw new Error(`a key list item must be 0 or more, not ${item}`);
    let code = -1;
    if (a.length === 1 && b.length === 0) code = a[0]! * 4 + 1;
    else if (a.length === 0 && b.length === 1) code = b[0]! * 4 + 2;
    else if (a.length === 1 && b.length === 1 && b[0]! >> shift === a[0]) code = b[0]! * 4 + 3;
    // The entry's value is -2 - code: a code up to MAX_PAYLOAD keeps it within 32 bits.
    if (code >= 0 && code <= MAX_PAYLOAD) {
      addWordEntry(entries, 0, key, hash, -2 - code);
      continue;
    }
    addWordEntry(entries, 0, key, hash, data.length);
    data.push(a.length, ...a, b.length, ...b);
  }
  const table = buildWordTable(entries);
  const shared = Int32Array.from(data);
  return [
    { table, data: shared, part: 0, shift },
    { table, data: shared, part: 1, shift },
  ];
}

/** A list of one item kept in the table entry: -2 for item 0, -3 for item 1… (-1 means no list). */
function inlineItem(item: number): number {
  if (item < 0) throw new Error(`a key list item must be 0 or more, not ${item}`);
  return -2 - item;
}

/**
 * The list of text[from, to) (wordHash `hash`) in `lists`, as keyListLength and keyListItem read it: a
 * place in `data` (0 or more), an item kept in the table (-2 or less), or -1 when the key has none.
 */
export function findKeyList(lists: KeyLists, hash: number, text: string, from: number, to: number): number {
  const found = lookupWord(lists.table, 0, hash, text, from, to);
  return lists.part < 0 || found === -1 ? found : sharedList(lists, found);
}

/** The list of view `lists.part` in a shared entry (buildSharedKeyLists), as findKeyList gives it. */
function sharedList(lists: KeyLists, found: number): number {
  const part = lists.part;
  if (found >= 0) {
    const firstCount = lists.data[found]!;
    if (part === 0) return firstCount > 0 ? found : -1;
    const at = found + 1 + firstCount;
    return lists.data[at]! > 0 ? at : -1;
  }
  const code = -2 - found;
  const which = code & 3;
  const item = code >>> 2;
  if (part === 1) return which === 1 ? -1 : -2 - item;
  if (which === 2) return -1;
  return which === 1 ? -2 - item : -2 - (item >> lists.shift);
}

/** Number of items of the list `list` found by findKeyList (not -1). */
export function keyListLength(lists: KeyLists, list: number): number {
  return list >= 0 ? lists.data[list]! : 1;
}

/** Item i of the list `list` found by findKeyList (not -1). */
export function keyListItem(lists: KeyLists, list: number, i: number): number {
  // -2 - list, not -(list + 2): item 0 must read as 0, not as -0 (a double, where brand numbers are small integers).
  return list >= 0 ? lists.data[list + 1 + i]! : -2 - list;
}

/** The items of `key` as an array (for the rare paths; the hot ones read them in place). */
export function keyListOf(lists: KeyLists, key: string): number[] {
  const list = findKeyList(lists, wordHash(key), key, 0, key.length);
  if (list === -1) return [];
  const out: number[] = [];
  for (let i = 0; i < keyListLength(lists, list); i++) out.push(keyListItem(lists, list, i));
  return out;
}

/**
 * Contracts compiled for evaluation: creators by handle, contracts by creator, clause windows as day
 * numbers, and brand relations (parents, sub-brands, inherited categories) resolved through the brand index.
 */
import type { Brand, Clause, Contract, Creator, Platform } from '@/lib/schema/contracts';
import { normaliseHandle } from '@/lib/schema/contracts';
import type { BrandEntry, BrandIndex } from '@/lib/detect/brand-index';
import { createKeyFilter, mayContain, type KeyFilter } from '@/lib/detect/key-filter';
import { wordHash } from '@/lib/detect/tokens';
import { copyFirst } from '@/lib/detect/scratch';
import { buildKeyLists, findKeyList, type KeyLists } from '@/lib/detect/word-table';
import { categoryAmong, normaliseCategoryInput } from '@/lib/brands/categories';

const DAY_MS = 86_400_000;

const ALL_PLATFORMS = 7;

/** A clause as verdicts describe it; what matching reads is packed apart (packRules). */
export interface CompiledClause {
  index: number;
  clause: Clause;
  /** First and last day (UTC day numbers, inclusive) on which the clause is active. */
  fromDay: number;
  toDay: number;
  /** Category ids as brands are filed ("Fast Food" and "fast_food" are fast-food; "Skincare" is cosmetics). */
  categoryNames: readonly string[];
  /**
   * The categories as the verdict names them: the id, or the contract's word and the id it was read as
   * ("skincare (cosmetics)"), so that a reader sees both what was signed and what was matched.
   */
  categoryLabels: readonly string[];
}

export interface CompiledContract {
  contract: Contract;
  /** Brand number of the contracted brand. */
  brand: number;
  clauses: CompiledClause[];
}

/** Clause kinds as numbers in packed rules. */
export const KIND_COMPETITORS = 0;
export const KIND_CATEGORY = 1;
export const KIND_FULL = 2;
const KIND_CODE: Readonly<Record<Clause['kind'], number>> = { competitors: KIND_COMPETITORS, category: KIND_CATEGORY, full: KIND_FULL };

/** A creator with their contracts: read only to write a verdict (what decides is in ContractIndex.rules). */
export interface CreatorContracts {
  id: string;
  contracts: CompiledContract[];
}

/** Lists of creators by handle, in this order (see ContractIndex.owners). */
const ANY_SLOT = 3;

function platformSlot(platform: Platform): 0 | 1 | 2 {
  return platform === 'instagram' ? 0 : platform === 'tiktok' ? 1 : 2;
}

/**
 * The bit of a platform in masks of platforms (instagram 1, tiktok 2, youtube 4). By comparisons, not
 * read from an object by string key: on the per-post path such a read goes megamorphic.
 */
export function platformBit(platform: Platform): number {
  return 1 << platformSlot(platform);
}

/**
 * A post by a creator under contract reads, from the author's handle to the rules that decide: one
 * table slot and the handle's characters, the handle's owners, and the creator's rules, each a few
 * cache lines of typed arrays. (With a Map of handles to objects of lists of creator objects, each
 * holding its own typed array, the same walk took seven dependent cache misses.)
 */
export interface ContractIndex {
  /**
   * Bloom filter over the handles of `owners` (by handleHash). Most posts on a feed are by creators
   * without a contract; the filter says so from 8 KB without touching the table.
   */
  handleFilter: KeyFilter;
  /**
   * Normalised handle → four count-prefixed lists of creator numbers: those who list the handle on
   * Instagram, on TikTok, on YouTube (platformSlot), then everyone who lists it on some platform.
   */
  owners: KeyLists;
  /** By creator number. */
  creators: CreatorContracts[];
  /** By creator number: platformBit of every platform on which the creator lists a handle. */
  platformsListed: Uint8Array;
  /**
   * Everything evaluation reads to decide whether a post conflicts (packRules), every creator's rules
   * one after another: creator c's are rules[ruleStart[c]] to rules[ruleStart[c + 1]]. The objects are
   * only read to write a verdict.
   */
  rules: Int32Array;
  ruleStart: Int32Array;
  relations: BrandRelations;
}

/**
 * Brands as numbers for evaluation: a brand of the index keeps its index number; an id that only
 * contracts or parents name (a competitor not in the brand list) gets the next free one. Each brand's
 * chain of parents and its categories are worked out when the index is compiled and packed into one
 * typed array, so that judging a clause compares integers in a cache line or two: with an array per
 * brand and list, made on first use, every brand a post named cost four scattered reads.
 */
export interface BrandRelations {
  brands: BrandIndex;
  /** Ids that are not brands of the index → their numbers (from brands.brands.length up). */
  otherIds: Map<string, number>;
  categoryNumbers: Map<string, number>;
  /**
   * Each brand's relations, RELATION_SLOT numbers a brand (brand b's at b * RELATION_SLOT, one cache line
   * apart from the next brand's, so that reading them costs one miss, not one for where they start and
   * another for them): the chain's length, the brand and its parents (itself first, cycles cut), then
   * the count of its categories and the categories, its own and those inherited from its parents. When
   * they do not fit, the slot holds -1 and where in `overflow` they are, laid out the same way. A number
   * past the index's brands has no parents and no categories.
   */
  slots: Int32Array;
  overflow: Int32Array;
}

/** Numbers a brand's relations take in BrandRelations.slots (32 bytes: most brands have a short chain and a category or two). */
const RELATION_SLOT = 8;

/** UTC day number of a `YYYY-MM-DD` date. */
export function dayNumberOfDate(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/**
 * UTC day number of a timestamp as Date.parse reads it, NaN when it reads none. Pages give the ISO form
 * "2025-03-01T18:30:00.000Z" (a <time datetime>): that form is read digit by digit, with a calendar
 * check, and anything else (offsets, dates alone, other spellings) goes to Date.parse.
 */
export function dayNumberOfTimestamp(text: string): number {
  if ((text.length === 24 || text.length === 20) && text.charCodeAt(text.length - 1) === 90 /* Z */) {
    const year = digitsAt(text, 0, 4);
    const month = digitsAt(text, 5, 2);
    const day = digitsAt(text, 8, 2);
    const hour = digitsAt(text, 11, 2);
    const minute = digitsAt(text, 14, 2);
    const second = digitsAt(text, 17, 2);
    const millis = text.length === 24 ? digitsAt(text, 20, 3) : 0;
    const shaped = text[4] === '-' && text[7] === '-' && text[10] === 'T' && text[13] === ':' && text[16] === ':' && (text.length === 20 || text[19] === '.');
    // Date.UTC reads years 0–99 as 1900–1999: those go to Date.parse.
    if (shaped && year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour < 24 && minute < 60 && second < 60 && millis >= 0) {
      return Date.UTC(year, month - 1, day) / DAY_MS;
    }
  }
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? Number.NaN : Math.floor(ms / DAY_MS);
}

/** The decimal number written in text[at, at + count), or -1 if one of those is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** UTC day number of an instant. */
export function dayNumberOfInstant(instant: Date): number {
  return Math.floor(instant.getTime() / DAY_MS);
}

export function compileContracts(creators: readonly Creator[], contracts: readonly Contract[], brands: BrandIndex): ContractIndex {
  const relations = relationsOf(brands);
  const handleFilter = createKeyFilter(1 << 16);
  const creatorList: CreatorContracts[] = [];
  const platformsListed: number[] = [];
  const byId = new Map<string, number>();
  /** Handle → creator numbers by slot, while they are gathered. */
  const ownersByHandle = new Map<string, [number[], number[], number[], number[]]>();
  for (const creator of creators) {
    // Files are checked for duplicate ids on import; should one get here, its handles join the first.
    let number = byId.get(creator.id);
    if (number === undefined) {
      number = creatorList.length;
      creatorList.push({ id: creator.id, contracts: [] });
      platformsListed.push(0);
      byId.set(creator.id, number);
    }
    for (const [platform, handles] of Object.entries(creator.handles ?? {}) as Array<[Platform, string[] | undefined]>) {
      if ((handles ?? []).length > 0) platformsListed[number] = platformsListed[number]! | platformBit(platform);
      for (const handle of handles ?? []) {
        const key = normaliseHandle(handle);
        let owners = ownersByHandle.get(key);
        if (owners === undefined) {
          owners = [[], [], [], []];
          ownersByHandle.set(key, owners);
        }
        const list = owners[platformSlot(platform)];
        if (!list.includes(number)) list.push(number);
        // Creators often use one handle everywhere: also match it on platforms they list nothing for.
        if (!owners[ANY_SLOT].includes(number)) owners[ANY_SLOT].push(number);
      }
    }
  }
  const brandCategories = new Set(relations.categoryNumbers.keys());
  const isKnownCategory = (id: string): boolean => brandCategories.has(id);
  for (const contract of contracts) {
    const start = dayNumberOfDate(contract.start);
    const end = dayNumberOfDate(contract.end);
    const clauses = contract.clauses.map((clause, index) => {
      // As the brands are filed (canonical ids): a clause over "skincare", "beer" or "cameras" sees the
      // catalogue's brands in cosmetics, alcohol and camera.
      const ids = clause.categories.map((category) => categoryAmong(category, isKnownCategory));
      return {
        index,
        clause,
        fromDay: start - clause.preDays,
        toDay: end + clause.postDays,
        categoryNames: unique(ids),
        categoryLabels: unique(clause.categories.map((category, i) => categoryLabel(category, ids[i]!))),
      };
    });
    // A contract whose creator is not in the list can never match a post: nobody's handle leads to it.
    const number = byId.get(contract.creatorId);
    if (number === undefined) continue;
    const brand = relationNumber(relations, contract.brandId);
    creatorList[number]!.contracts.push({ contract, brand, clauses });
  }
  const rules: number[] = [];
  const ruleStart: number[] = [];
  for (const creator of creatorList) {
    // Lists grown by push keep spare room; thousands of short ones are worth trimming.
    creator.contracts = creator.contracts.slice();
    ruleStart.push(rules.length);
    packRules(relations, creator.contracts, rules);
  }
  ruleStart.push(rules.length);
  const owners = new Map<string, number[]>();
  for (const [handle, lists] of ownersByHandle) owners.set(handle, lists.flatMap((list) => [list.length, ...list]));
  return {
    // Every handle goes into the filter by wordHash, which handleHash equals for a normalised handle.
    owners: buildKeyLists(owners, handleFilter),
    handleFilter,
    creators: creatorList,
    platformsListed: Uint8Array.from(platformsListed),
    rules: Int32Array.from(rules),
    ruleStart: Int32Array.from(ruleStart),
    relations,
  };
}

/**
 * The rules of a creator's contracts: first what any of them can be about (interest), then one contract
 * after another:
 *
 *   interest   1 if a clause counts every brand (kind full) else 0, brand count, brands…, category count, categories…:
 *              the contracted brands with their chains and every competitor, and every clause's categories.
 *              A post naming no brand whose chain or categories meet these can breach no clause and is
 *              no own-brand post: evaluation stops there, before the contracts are read (most posts).
 *   contract   index in `contracts`, contracted brand, chain length, chain…, clause count, clauses…
 *   clause     fromDay, toDay, platform mask, kind (KIND_*),
 *              exception count, exceptions…, competitor count, competitors…, category count, categories…
 *
 * Brands and categories by number (relationNumber, categoryNumber); chains as chainOf gives them.
 */
function packRules(relations: BrandRelations, contracts: readonly CompiledContract[], out: number[]): void {
  const brands = new Set<number>();
  const categories = new Set<number>();
  let anyFull = 0;
  for (const compiled of contracts) {
    for (const brand of chainOf(relations, compiled.brand)) brands.add(brand);
    for (const c of compiled.clauses) {
      if (c.clause.kind === 'full') anyFull = 1;
      for (const id of c.clause.competitorIds) brands.add(relationNumber(relations, id));
      for (const name of c.categoryNames) categories.add(categoryNumber(relations, name));
    }
  }
  out.push(anyFull, brands.size, ...brands, categories.size, ...categories);
  contracts.forEach((compiled, index) => {
    const chain = chainOf(relations, compiled.brand);
    out.push(index, compiled.brand, chain.length, ...chain, compiled.clauses.length);
    for (const c of compiled.clauses) {
      const platforms = c.clause.platforms;
      // No platforms listed means every platform.
      const platformMask = platforms.length === 0 ? ALL_PLATFORMS : platforms.reduce((mask, p) => mask | platformBit(p), 0);
      const exceptions = unique(c.clause.exceptions.map((id) => relationNumber(relations, id)));
      const competitors = unique(c.clause.competitorIds.map((id) => relationNumber(relations, id)));
      const categories = c.categoryNames.map((name) => categoryNumber(relations, name));
      out.push(c.fromDay, c.toDay, platformMask, KIND_CODE[c.clause.kind]);
      out.push(exceptions.length, ...exceptions, competitors.length, ...competitors, categories.length, ...categories);
    }
  });
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

/**
 * wordHash of normaliseHandle(handle), without building that string for the usual plain ASCII handle
 * (case is folded while hashing).
 */
function handleHash(handle: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < handle.length; i++) {
    let c = handle.charCodeAt(i);
    if (c >= 128 || c <= 32 || (i === 0 && c === 64)) return wordHash(normaliseHandle(handle));
    if (c >= 65 && c <= 90) c += 32;
    hash = Math.imul(hash ^ c, 0x01000193);
  }
  return hash >>> 2;
}

/**
 * Creators (by number) who wrote a post: by handle on its platform, else by a handle they use elsewhere
 * without listing any handle on the post's platform.
 */
export function creatorsOfAuthors(index: ContractIndex, platform: Platform, authors: readonly string[]): readonly number[] {
  const owners = index.owners.data;
  const slot = platformSlot(platform);
  // Where each author's owner lists are (posts have one author but for collaborations), and the creators
  // found: scratch lists (see scratch.ts), since this runs for every post that names a brand.
  let matchedCount = 0;
  let foundCount = 0;
  for (let a = 0; a < authors.length; a++) {
    const author = authors[a]!;
    const hash = handleHash(author);
    if (!mayContain(index.handleFilter, hash)) continue;
    const handle = normaliseHandle(author);
    const at = findKeyList(index.owners, hash, handle, 0, handle.length);
    if (at < 0) continue;
    scratchMatched[matchedCount++] = at;
    const list = ownerList(owners, at, slot);
    for (let k = list + 1; k <= list + owners[list]!; k++) foundCount = addOnce(scratchFound, foundCount, owners[k]!);
  }
  if (matchedCount === 0) return NO_CREATORS;
  if (foundCount === 0) {
    const bit = platformBit(platform);
    for (let m = 0; m < matchedCount; m++) {
      const list = ownerList(owners, scratchMatched[m]!, ANY_SLOT);
      for (let k = list + 1; k <= list + owners[list]!; k++) {
        const creator = owners[k]!;
        if ((index.platformsListed[creator]! & bit) === 0) foundCount = addOnce(scratchFound, foundCount, creator);
      }
    }
  }
  return copyFirst(scratchFound, foundCount);
}

const scratchMatched: number[] = [];
const scratchFound: number[] = [];

/** Puts `value` after the first `count` entries of `list` unless it is among them; the new count. */
function addOnce(list: number[], count: number, value: number): number {
  for (let i = 0; i < count; i++) if (list[i] === value) return count;
  list[count] = value;
  return count + 1;
}

const NO_CREATORS: readonly number[] = [];

/**
 * Whether the creator whose rules start at `at` (ruleStart) has a contract `brand` can matter to: the brand
 * or a parent among its interest's brands, one of its categories among the interest's, or a clause of
 * kind full. Otherwise no clause names it a competitor and it is none of the contracted brands' family.
 */
export function creatorConcerns(rules: Int32Array, at: number, relations: BrandRelations, brand: number): boolean {
  if (rules[at] === 1) return true;
  const brandsAt = at + 2;
  const brandCount = rules[at + 1]!;
  const categoriesAt = brandsAt + brandCount + 1;
  const categoryCount = rules[categoriesAt - 1]!;
  const { data: packed, at: relationAt } = relationsAt(relations, brand);
  const chainAt = relationAt + 1;
  const chainTo = chainAt + packed[chainAt - 1]!;
  for (let i = chainAt; i < chainTo; i++) if (includesIn(rules, brandsAt, brandCount, packed[i]!)) return true;
  for (let i = chainTo + 1; i <= chainTo + packed[chainTo]!; i++) if (includesIn(rules, categoriesAt, categoryCount, packed[i]!)) return true;
  return false;
}

/** Where the contracts of the rules starting at `at` begin, past the interest (see packRules). */
export function contractsAt(rules: Int32Array, at: number): number {
  const categoriesAt = at + 2 + rules[at + 1]! + 1;
  return categoriesAt + rules[categoriesAt - 1]!;
}

/** Whether list[at] to list[at + length - 1] holds `value` (the lists of packed rules and relations). */
export function includesIn(list: Int32Array, at: number, length: number, value: number): boolean {
  for (let i = at; i < at + length; i++) if (list[i] === value) return true;
  return false;
}

/** Where the owner list of `slot` starts, in the owners of the handle at `at` (see ContractIndex.owners). */
function ownerList(owners: Int32Array, at: number, slot: number): number {
  let list = at + 1;
  for (let s = 0; s < slot; s++) list += owners[list]! + 1;
  return list;
}

/** "fast-food" for a category written as its id ("Fast Food" too); "skincare (cosmetics)" for one read as another. */
function categoryLabel(written: string, id: string): string {
  return normaliseCategoryInput(written) === id ? id : `${written.trim()} (${id})`;
}

/** Number of a brand id: its place in the brand index, or a number of its own past the index's brands. */
export function relationNumber(relations: BrandRelations, id: string): number {
  const inIndex = relations.brands.byId.get(id);
  if (inIndex !== undefined) return inIndex;
  let other = relations.otherIds.get(id);
  if (other === undefined) {
    other = relations.brands.brands.length + relations.otherIds.size;
    relations.otherIds.set(id, other);
  }
  return other;
}

function categoryNumber(relations: BrandRelations, category: string): number {
  let n = relations.categoryNumbers.get(category);
  if (n === undefined) {
    n = relations.categoryNumbers.size;
    relations.categoryNumbers.set(category, n);
  }
  return n;
}

/** Packs the chain and categories of every brand of the index (see BrandRelations). */
function relationsOf(brands: BrandIndex): BrandRelations {
  const relations: BrandRelations = { brands, otherIds: new Map(), categoryNumbers: new Map(), slots: new Int32Array(0), overflow: new Int32Array(0) };
  const entries = brands.brands;
  const slots = new Int32Array(entries.length * RELATION_SLOT);
  const overflow: number[] = [];
  const chain: number[] = [];
  const categories: number[] = [];
  for (let brand = 0; brand < entries.length; brand++) {
    chain.length = 0;
    categories.length = 0;
    for (let current: number | null = brand; current !== null && !chain.includes(current) && chain.length < 20; ) {
      chain.push(current);
      const entry: BrandEntry | undefined = entries[current];
      for (const c of entry?.categories ?? []) {
        const n = categoryNumber(relations, c);
        if (!categories.includes(n)) categories.push(n);
      }
      current = entry?.parentId != null ? relationNumber(relations, entry.parentId) : null;
    }
    const record = [chain.length, ...chain, categories.length, ...categories];
    if (record.length <= RELATION_SLOT) {
      slots.set(record, brand * RELATION_SLOT);
    } else {
      slots[brand * RELATION_SLOT] = -1;
      slots[brand * RELATION_SLOT + 1] = overflow.length;
      overflow.push(...record);
    }
  }
  relations.slots = slots;
  relations.overflow = Int32Array.from(overflow);
  return relations;
}

/**
 * Where `brand`'s relations are: an array and an offset in it, laid out as in BrandRelations.slots.
 * A brand past the index's gets a little array of its own (it is its whole chain, with no categories).
 */
export function relationsAt(relations: BrandRelations, brand: number): { data: Int32Array; at: number } {
  const at = brand * RELATION_SLOT;
  if (at >= relations.slots.length) return { data: Int32Array.of(1, brand, 0), at: 0 };
  return relations.slots[at]! >= 0 ? { data: relations.slots, at } : { data: relations.overflow, at: relations.slots[at + 1]! };
}

/** The first number of `brand`'s relations slot, read only to bring the slot into cache (see evaluatePost). */
export function relationsHeader(relations: BrandRelations, brand: number): number {
  return relations.slots[brand * RELATION_SLOT] ?? 0;
}

/** The brand and its parents by number, itself first. */
export function chainOf(relations: BrandRelations, brand: number): number[] {
  const { data, at } = relationsAt(relations, brand);
  return Array.from(data.subarray(at + 1, at + 1 + data[at]!));
}

export type { Brand };

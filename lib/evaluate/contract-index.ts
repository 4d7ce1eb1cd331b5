/**
 * Contracts compiled for evaluation: creators by handle, contracts by creator, clause windows as day
 * numbers, and brand relations (parents, sub-brands, inherited categories) resolved through the brand index.
 */
import type { Brand, Clause, Contract, Creator, Platform } from '@/lib/schema/contracts';
import { normaliseHandle } from '@/lib/schema/contracts';
import type { BrandEntry, BrandIndex } from '@/lib/detect/brand-index';
import { addToKeyFilter, createKeyFilter, mayContain, type KeyFilter } from '@/lib/detect/key-filter';
import { wordHash } from '@/lib/detect/tokens';
import { normaliseCategoryInput } from '@/lib/brands/categories';

const DAY_MS = 86_400_000;

export const PLATFORM_BIT: Readonly<Record<Platform, number>> = { instagram: 1, tiktok: 2, youtube: 4 };
const ALL_PLATFORMS = 7;

/** A clause as verdicts describe it; what matching reads is packed apart (packRules). */
export interface CompiledClause {
  index: number;
  clause: Clause;
  /** First and last day (UTC day numbers, inclusive) on which the clause is active. */
  fromDay: number;
  toDay: number;
  /** Category names as normalised ("Fast Food" and "fast_food" are fast-food, as in the catalogue). */
  categoryNames: readonly string[];
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

/** A creator with their contracts, reached straight from a handle (no second lookup by id). */
export interface CreatorContracts {
  id: string;
  contracts: CompiledContract[];
  /** PLATFORM_BIT of every platform on which the creator lists a handle. */
  platformsListed: number;
  /**
   * Everything evaluation reads to decide whether a post conflicts, packed in one array (packRules), so
   * that judging a post by a creator under contract reads a few cache lines instead of an object per
   * contract, clause and list. The objects are only read to write a verdict.
   */
  rules: Int32Array;
}

/**
 * Creators who use one handle: those who list it on each platform, by PLATFORM_SLOT, then (ANY_SLOT)
 * everyone who lists it on some platform. A tuple rather than an object of objects: one hop less from
 * the handle to the creators, on the path every post by a creator under contract takes.
 */
export type HandleOwners = [instagram: CreatorContracts[], tiktok: CreatorContracts[], youtube: CreatorContracts[], any: CreatorContracts[]];
const ANY_SLOT = 3;

function platformSlot(platform: Platform): 0 | 1 | 2 {
  return platform === 'instagram' ? 0 : platform === 'tiktok' ? 1 : 2;
}

export interface ContractIndex {
  /**
   * Bloom filter over the handles in `creatorsByHandle` (by handleHash). Most posts on a feed are by
   * creators without a contract; the filter says so from 8 KB without touching the map.
   */
  handleFilter: KeyFilter;
  /** normalised handle → its owners (one lookup per author, no per-post key strings). */
  creatorsByHandle: Map<string, HandleOwners>;
  relations: BrandRelations;
}

/**
 * Brands as numbers for evaluation: a brand of the index keeps its index number; an id that only
 * contracts or parents name (a competitor not in the brand list) gets the next free one. Chains and
 * categories are small arrays of numbers, filled on first use, so that judging a clause compares
 * integers in a few cache lines instead of hashing id strings into Sets.
 */
export interface BrandRelations {
  brands: BrandIndex;
  /** Ids that are not brands of the index → their numbers (from brands.brands.length up). */
  otherIds: Map<string, number>;
  categoryNumbers: Map<string, number>;
  /** By brand number: the brand and its parents, itself first; cycles are cut. */
  chains: Array<readonly number[] | undefined>;
  /** By brand number: its categories and those inherited from its parents. */
  categories: Array<readonly number[] | undefined>;
}

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
  // Chains and categories are filled on first use in whatever order posts name brands. Arrays written at
  // scattered indexes turn into hash tables in V8; these start dense, one slot per brand of the index.
  const relations: BrandRelations = { brands, otherIds: new Map(), categoryNumbers: new Map(), chains: denseSlots(brands.brands.length), categories: denseSlots(brands.brands.length) };
  const creatorsByHandle = new Map<string, HandleOwners>();
  const handleFilter = createKeyFilter(1 << 16);
  const entries = new Map<string, CreatorContracts>();
  for (const creator of creators) {
    const entry: CreatorContracts = { id: creator.id, contracts: [], platformsListed: 0, rules: NO_RULES };
    entries.set(creator.id, entry);
    for (const [platform, handles] of Object.entries(creator.handles ?? {}) as Array<[Platform, string[] | undefined]>) {
      if ((handles ?? []).length > 0) entry.platformsListed |= PLATFORM_BIT[platform];
      for (const handle of handles ?? []) {
        const key = normaliseHandle(handle);
        addToKeyFilter(handleFilter, handleHash(key));
        let owners = creatorsByHandle.get(key);
        if (owners === undefined) {
          owners = [[], [], [], []];
          creatorsByHandle.set(key, owners);
        }
        const list = owners[platformSlot(platform)];
        if (!list.includes(entry)) list.push(entry);
        // Creators often use one handle everywhere: also match it on platforms they list nothing for.
        if (!owners[ANY_SLOT].includes(entry)) owners[ANY_SLOT].push(entry);
      }
    }
  }
  for (const contract of contracts) {
    const start = dayNumberOfDate(contract.start);
    const end = dayNumberOfDate(contract.end);
    const clauses = contract.clauses.map((clause, index) => ({
      index,
      clause,
      fromDay: start - clause.preDays,
      toDay: end + clause.postDays,
      categoryNames: unique(clause.categories.map(normaliseCategoryInput)),
    }));
    // A contract whose creator is not in the list can never match a post: nobody's handle leads to it.
    const entry = entries.get(contract.creatorId);
    if (entry === undefined) continue;
    const brand = relationNumber(relations, contract.brandId);
    entry.contracts.push({ contract, brand, clauses });
  }
  // Lists grown by push keep spare room; thousands of short ones are worth trimming.
  for (const entry of entries.values()) {
    entry.contracts = entry.contracts.slice();
    entry.rules = packRules(relations, entry.contracts);
  }
  for (const owners of creatorsByHandle.values()) for (let slot = 0; slot <= ANY_SLOT; slot++) owners[slot] = owners[slot]!.slice();
  return { handleFilter, creatorsByHandle, relations };
}

const NO_RULES = new Int32Array(0);

/**
 * The rules of a creator's contracts, one contract after another:
 *
 *   contract   index in `contracts`, contracted brand, chain length, chain…, clause count, clauses…
 *   clause     fromDay, toDay, platform mask, kind (KIND_*),
 *              exception count, exceptions…, competitor count, competitors…, category count, categories…
 *
 * Brands and categories by number (relationNumber, categoryNumber); chains as chainOf gives them.
 */
function packRules(relations: BrandRelations, contracts: readonly CompiledContract[]): Int32Array {
  const out: number[] = [];
  contracts.forEach((compiled, index) => {
    const chain = chainOf(relations, compiled.brand);
    out.push(index, compiled.brand, chain.length, ...chain, compiled.clauses.length);
    for (const c of compiled.clauses) {
      const platforms = c.clause.platforms;
      // No platforms listed means every platform.
      const platformMask = platforms.length === 0 ? ALL_PLATFORMS : platforms.reduce((mask, p) => mask | PLATFORM_BIT[p], 0);
      const exceptions = unique(c.clause.exceptions.map((id) => relationNumber(relations, id)));
      const competitors = unique(c.clause.competitorIds.map((id) => relationNumber(relations, id)));
      const categories = c.categoryNames.map((name) => categoryNumber(relations, name));
      out.push(c.fromDay, c.toDay, platformMask, KIND_CODE[c.clause.kind]);
      out.push(exceptions.length, ...exceptions, competitors.length, ...competitors, categories.length, ...categories);
    }
  });
  return Int32Array.from(out);
}

/** An array of `length` undefined slots that V8 keeps as a plain dense array (not holey, not a dictionary). */
function denseSlots<T>(length: number): Array<T | undefined> {
  const slots: Array<T | undefined> = [];
  for (let i = 0; i < length; i++) slots.push(undefined);
  return slots;
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

/** Creators who wrote a post: by handle on its platform, else by a handle they use elsewhere. */
export function creatorsOfAuthors(index: ContractIndex, platform: Platform, authors: readonly string[]): readonly CreatorContracts[] {
  // Posts have one author but for collaborations: that case goes without a list of owners.
  let first: HandleOwners | undefined;
  let more: HandleOwners[] | undefined;
  for (const author of authors) {
    if (!mayContain(index.handleFilter, handleHash(author))) continue;
    const owners = index.creatorsByHandle.get(normaliseHandle(author));
    if (owners === undefined) continue;
    if (first === undefined) first = owners;
    else (more ??= []).push(owners);
  }
  if (first === undefined) return NO_CREATORS;
  const slot = platformSlot(platform);
  if (more === undefined && first[slot].length > 0) return first[slot];
  const all = more === undefined ? [first] : [first, ...more];
  const found: CreatorContracts[] = [];
  for (const owners of all) for (const creator of owners[slot]) if (!found.includes(creator)) found.push(creator);
  if (found.length > 0) return found;
  const bit = PLATFORM_BIT[platform];
  for (const owners of all) {
    for (const creator of owners[ANY_SLOT]) if ((creator.platformsListed & bit) === 0 && !found.includes(creator)) found.push(creator);
  }
  return found;
}
const NO_CREATORS: readonly CreatorContracts[] = [];

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

/** The brand and its parents by number, itself first (worked out once per brand and index). */
export function chainOf(relations: BrandRelations, brand: number): readonly number[] {
  const known = relations.chains[brand];
  if (known !== undefined) return known;
  const chain: number[] = [];
  const categories: number[] = [];
  const entries = relations.brands.brands;
  for (let current: number | null = brand; current !== null && !chain.includes(current) && chain.length < 20; ) {
    chain.push(current);
    const entry: BrandEntry | undefined = entries[current];
    for (const c of entry?.categories ?? []) {
      const n = categoryNumber(relations, c);
      if (!categories.includes(n)) categories.push(n);
    }
    current = entry?.parentId != null ? relationNumber(relations, entry.parentId) : null;
  }
  // Copied to their exact length: an array grown by push keeps room for 17 numbers, and these stay
  // for every brand the contracts or the posts name.
  const exact = chain.slice();
  relations.chains[brand] = exact;
  relations.categories[brand] = categories.slice();
  return exact;
}

/** A brand's categories with those inherited from its parents (a sub-brand of a fast-food chain is fast food). */
export function categoriesOf(relations: BrandRelations, brand: number): readonly number[] {
  return relations.categories[brand] ?? (chainOf(relations, brand), relations.categories[brand] ?? []);
}

export type { Brand };

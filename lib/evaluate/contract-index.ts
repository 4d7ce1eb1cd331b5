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

export interface CompiledClause {
  index: number;
  clause: Clause;
  /** Bit per platform the clause covers (PLATFORM_BIT); every bit when it lists none. */
  platformMask: number;
  /** First and last day (UTC day numbers, inclusive) on which the clause is active. */
  fromDay: number;
  toDay: number;
  categories: ReadonlySet<string>;
  competitors: ReadonlySet<string>;
  exceptions: ReadonlySet<string>;
}

export interface CompiledContract {
  contract: Contract;
  clauses: CompiledClause[];
}

/** Creators who use one handle: on which platform they list it, and anywhere. */
export interface HandleOwners {
  /** Same shape for every handle (all three keys), so that reading it by platform stays a fast property load. */
  byPlatform: Record<Platform, string[]>;
  /** Every creator listing this handle on some platform. */
  any: string[];
}

export interface ContractIndex {
  /**
   * Bloom filter over the handles in `creatorsByHandle` (by handleHash). Most posts on a feed are by
   * creators without a contract; the filter says so from 8 KB without touching the map.
   */
  handleFilter: KeyFilter;
  /** normalised handle → its owners (one lookup per author, no per-post key strings). */
  creatorsByHandle: Map<string, HandleOwners>;
  contractsByCreator: Map<string, CompiledContract[]>;
  creators: Map<string, Creator>;
}

/** UTC day number of a `YYYY-MM-DD` date. */
export function dayNumberOfDate(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** UTC day number of an instant. */
export function dayNumberOfInstant(instant: Date): number {
  return Math.floor(instant.getTime() / DAY_MS);
}

export function compileContracts(creators: readonly Creator[], contracts: readonly Contract[]): ContractIndex {
  const creatorsByHandle = new Map<string, HandleOwners>();
  const handleFilter = createKeyFilter(1 << 16);
  const byId = new Map<string, Creator>();
  for (const creator of creators) {
    byId.set(creator.id, creator);
    for (const [platform, handles] of Object.entries(creator.handles ?? {}) as Array<[Platform, string[] | undefined]>) {
      for (const handle of handles ?? []) {
        const key = normaliseHandle(handle);
        addToKeyFilter(handleFilter, handleHash(key));
        let owners = creatorsByHandle.get(key);
        if (owners === undefined) {
          owners = { byPlatform: { instagram: [], tiktok: [], youtube: [] }, any: [] };
          creatorsByHandle.set(key, owners);
        }
        const list = owners.byPlatform[platform];
        if (!list.includes(creator.id)) list.push(creator.id);
        // Creators often use one handle everywhere: also match it on platforms they list nothing for.
        if (!owners.any.includes(creator.id)) owners.any.push(creator.id);
      }
    }
  }
  const contractsByCreator = new Map<string, CompiledContract[]>();
  for (const contract of contracts) {
    const start = dayNumberOfDate(contract.start);
    const end = dayNumberOfDate(contract.end);
    const clauses = contract.clauses.map((clause, index) => ({
      index,
      clause,
      platformMask: clause.platforms.length === 0 ? ALL_PLATFORMS : clause.platforms.reduce((mask, p) => mask | PLATFORM_BIT[p], 0),
      fromDay: start - clause.preDays,
      toDay: end + clause.postDays,
      // Same spelling rules as the catalogue: "Fast Food" and "fast_food" are fast-food.
      categories: new Set(clause.categories.map(normaliseCategoryInput)),
      competitors: new Set(clause.competitorIds),
      exceptions: new Set(clause.exceptions),
    }));
    const list = contractsByCreator.get(contract.creatorId) ?? [];
    list.push({ contract, clauses });
    contractsByCreator.set(contract.creatorId, list);
  }
  return { handleFilter, creatorsByHandle, contractsByCreator, creators: byId };
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
export function creatorsOfAuthors(index: ContractIndex, platform: Platform, authors: readonly string[]): string[] {
  const owners: HandleOwners[] = [];
  for (const author of authors) {
    if (!mayContain(index.handleFilter, handleHash(author))) continue;
    const found = index.creatorsByHandle.get(normaliseHandle(author));
    if (found !== undefined) owners.push(found);
  }
  if (owners.length === 0) return [];
  const ids: string[] = [];
  for (const owner of owners) for (const id of owner.byPlatform[platform]) if (!ids.includes(id)) ids.push(id);
  if (ids.length > 0) return ids;
  for (const owner of owners) {
    for (const id of owner.any) {
      const listed = index.creators.get(id)?.handles?.[platform] ?? [];
      if (listed.length === 0 && !ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}

/** A brand's place among its relatives (see relationsOf). */
export interface BrandRelations {
  /** The brand and its parents, itself first; cycles are cut. */
  chain: readonly string[];
  /** Its categories and those inherited from its parents (a sub-brand of a fast-food chain is fast food). */
  categories: ReadonlySet<string>;
}

/** Parent chain and inherited categories of a brand, worked out once per brand and index. */
export function relationsOf(brands: BrandIndex, brandId: string): BrandRelations {
  let relations = brands.relations.get(brandId);
  if (relations !== undefined) return relations;
  const chain: string[] = [];
  const categories = new Set<string>();
  let current: string | null = brandId;
  while (current !== null && !chain.includes(current) && chain.length < 20) {
    chain.push(current);
    const entry: BrandEntry | undefined = brands.brands[brands.byId.get(current) ?? -1];
    for (const c of entry?.categories ?? []) categories.add(c);
    current = entry?.parentId ?? null;
  }
  relations = { chain, categories };
  brands.relations.set(brandId, relations);
  return relations;
}

export type { Brand };

/**
 * What an import would do to the stored data, computed without touching the database so that the
 * preview and the commit use the same arithmetic.
 *
 *   replace: the file becomes the data; stored records missing from it are removed.
 *   merge:   records of the file are added or updated by id, nothing is removed; a field the file
 *            leaves empty keeps its stored value (a CSV names a competitor but carries none of its
 *            handles or domains, and must not wipe them).
 */
import type { Brand, Contract, Creator, ExchangeV1 } from '@/lib/schema/contracts';

export type ImportMode = 'replace' | 'merge';

/** How many examples of each change the preview lists by id. */
const EXAMPLES = 10;

export interface TableChanges {
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  /** A few ids of each kind, for the preview. */
  examples: { added: string[]; changed: string[]; removed: string[] };
}

export interface ImportPreview {
  mode: ImportMode;
  brands: TableChanges;
  creators: TableChanges;
  contracts: TableChanges;
  /** Clauses in the file. */
  clauses: number;
  /** Clauses stored after the import. */
  clausesAfter: number;
}

export interface ImportSummary extends ImportPreview {
  dataVersion: number;
}

export interface StoredData {
  brands: Brand[];
  creators: Creator[];
  contracts: Contract[];
}

export interface ImportPlan {
  preview: ImportPreview;
  /** Records to write (added or changed); in replace mode, every record of the file. */
  put: StoredData;
  /** Ids to delete (replace mode only). */
  remove: { brands: string[]; creators: string[]; contracts: string[] };
}

export function planImport(stored: StoredData, data: ExchangeV1, mode: ImportMode): ImportPlan {
  const brands = planTable(stored.brands, data.brands, mode, mergeFields);
  const creators = planTable(stored.creators, data.creators, mode, mergeFields);
  // A contract's clauses are its terms: the file's version replaces the stored one whole.
  const contracts = planTable(stored.contracts, data.contracts, mode, (_old, incoming) => incoming);

  const clauses = countClauses(data.contracts);
  let clausesAfter = clauses;
  if (mode === 'merge') {
    const incomingIds = new Set(data.contracts.map((c) => c.id));
    clausesAfter += countClauses(stored.contracts.filter((c) => !incomingIds.has(c.id)));
  }
  return {
    preview: {
      mode,
      brands: brands.changes,
      creators: creators.changes,
      contracts: contracts.changes,
      clauses,
      clausesAfter,
    },
    put: { brands: brands.put, creators: creators.put, contracts: contracts.put },
    remove: { brands: brands.remove, creators: creators.remove, contracts: contracts.remove },
  };
}

export function countClauses(contracts: readonly Contract[]): number {
  let total = 0;
  for (const contract of contracts) total += contract.clauses.length;
  return total;
}

function planTable<T extends { id: string }>(
  stored: readonly T[],
  incoming: readonly T[],
  mode: ImportMode,
  merge: (old: T, incoming: T) => T,
): { changes: TableChanges; put: T[]; remove: string[] } {
  const byId = new Map(stored.map((record) => [record.id, record]));
  const changes: TableChanges = {
    added: 0,
    changed: 0,
    unchanged: 0,
    removed: 0,
    examples: { added: [], changed: [], removed: [] },
  };
  const note = (kind: 'added' | 'changed' | 'removed', id: string) => {
    changes[kind]++;
    if (changes.examples[kind].length < EXAMPLES) changes.examples[kind].push(id);
  };
  const put: T[] = [];
  const seen = new Set<string>();
  for (const record of incoming) {
    seen.add(record.id);
    const old = byId.get(record.id);
    if (!old) {
      note('added', record.id);
      put.push(record);
      continue;
    }
    const next = mode === 'merge' ? merge(old, record) : record;
    const same = sameRecord(next, old);
    if (same) changes.unchanged++;
    else note('changed', record.id);
    // Replace rewrites the tables from scratch, so unchanged records are written too.
    if (mode === 'replace' || !same) put.push(next);
  }
  const remove: string[] = [];
  if (mode === 'replace') {
    for (const record of stored) {
      if (seen.has(record.id)) continue;
      note('removed', record.id);
      remove.push(record.id);
    }
  }
  return { changes, put, remove };
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmpty);
  return false;
}

/** Merge for brands and creators: the file's non-empty fields win; handles merge per platform. */
function mergeFields<T extends object>(old: T, incoming: T): T {
  const next: Record<string, unknown> = { ...(old as Record<string, unknown>) };
  for (const [key, value] of Object.entries(incoming)) {
    if (isEmpty(value)) continue;
    if (key === 'handles' && typeof value === 'object' && value !== null) {
      const merged: Record<string, unknown> = { ...((old as Record<string, unknown>)['handles'] as object) };
      for (const [platform, list] of Object.entries(value)) if (!isEmpty(list)) merged[platform] = list;
      next[key] = merged;
    } else {
      next[key] = value;
    }
  }
  return next as T;
}

/** Stored records and parsed ones share key order, so plain JSON settles most comparisons quickly. */
function sameRecord(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b) || canonical(a) === canonical(b);
}

/** Key-order- and null-insensitive form of a record, to tell changed from unchanged. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null) return undefined;
    if (typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const key of Object.keys(v as object).sort()) {
        const inner = (v as Record<string, unknown>)[key];
        if (inner !== null && inner !== undefined && !(Array.isArray(inner) && inner.length === 0)) sorted[key] = inner;
      }
      return sorted;
    }
    return v;
  });
}

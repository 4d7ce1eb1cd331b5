/**
 * One page of the contracts table for the options page. Contracts are the large table (tens of
 * thousands), so the page never loads them all: without a search it reads the first rows by id; with
 * one it scans once, counting matches and keeping the first page.
 */
import type { Contract } from '@/lib/schema/contracts';
import { db } from './database';

export interface RecordPage<T> {
  /** Records stored. */
  total: number;
  /** Records matching the search (equals total without one). */
  matching: number;
  /** The first `limit` matching records. */
  rows: T[];
}

/** Search words, lower case; a record matches when its text contains every word. */
export function searchWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

export function matchesWords(text: string, words: readonly string[]): boolean {
  return words.every((word) => text.includes(word));
}

export async function searchContracts(query: string, limit = 100): Promise<RecordPage<Contract>> {
  const words = searchWords(query);
  return db.transaction('r', [db.contracts, db.brands, db.creators], async () => {
    const total = await db.contracts.count();
    if (words.length === 0) return { total, matching: total, rows: await db.contracts.orderBy('id').limit(limit).toArray() };
    // Contracts are found by the names of their creator, brand and competitors too, not only by ids.
    const [brands, creators] = await Promise.all([db.brands.toArray(), db.creators.toArray()]);
    const brandName = new Map(brands.map((b) => [b.id, b.name]));
    const creatorName = new Map(creators.map((c) => [c.id, c.name]));
    const rows: Contract[] = [];
    let matching = 0;
    await db.contracts.orderBy('id').each((contract) => {
      const text = [
        contract.id,
        contract.creatorId,
        creatorName.get(contract.creatorId),
        contract.brandId,
        brandName.get(contract.brandId),
        ...contract.clauses.flatMap((k) => [...k.categories, ...k.competitorIds.map((id) => `${id} ${brandName.get(id) ?? ''}`)]),
      ]
        .join(' ')
        .toLowerCase();
      if (!matchesWords(text, words)) return;
      matching++;
      if (rows.length < limit) rows.push(contract);
    });
    return { total, matching, rows };
  });
}

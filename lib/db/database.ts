/**
 * The one contract database, "conflict-lens", in the extension's origin (background, popup, options).
 * Content scripts never open it: their IndexedDB would be the site's (PRODUCT.md "Storage").
 *
 *   brands     id, name          ← Brand (exchange v1)
 *   creators   id, name          ← Creator
 *   contracts  id, creatorId, brandId   ← Contract with its clauses inline (a clause has no id of its own)
 *   meta       key               ← dataVersion (bumped on every committed write), clauseCount
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Brand, Contract, Creator } from '@/lib/schema/contracts';

export const DATABASE_NAME = 'conflict-lens';

export interface MetaRow {
  key: 'dataVersion' | 'clauseCount';
  value: number;
}

export type ConflictLensDb = Dexie & {
  brands: EntityTable<Brand, 'id'>;
  creators: EntityTable<Creator, 'id'>;
  contracts: EntityTable<Contract, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

function openDatabase(): ConflictLensDb {
  const db = new Dexie(DATABASE_NAME, {
    // Dexie's live-query cache deep-clones every result it hands out and replays each write onto the
    // cached ones; with tens of thousands of clauses that cost seconds per import. Our live queries are
    // few and bounded (counts, one page of a table), so re-running them is cheaper.
    cache: 'disabled',
    // An import writes tens of thousands of rows; Chromium commits without waiting for the disk flush.
    // A power cut right after an import can lose it; the file is still there to import again.
    chromeTransactionDurability: 'relaxed',
  }) as ConflictLensDb;
  db.version(1).stores({
    brands: 'id, name',
    creators: 'id, name',
    contracts: 'id, creatorId, brandId',
    meta: 'key',
  });
  return db;
}

export const db = openDatabase();

/** Every table, for transactions that must see and change all of them at once. */
export const allTables = () => [db.brands, db.creators, db.contracts, db.meta];

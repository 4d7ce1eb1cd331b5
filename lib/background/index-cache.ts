/**
 * The compiled engine index, kept in IndexedDB between starts of the background (see IndexCache in
 * service.ts for why). A database of its own, "conflict-lens-index": it holds nothing that cannot be
 * rebuilt from the contract database and the catalogue, so it is dropped or replaced without a thought.
 *
 *   index   slot "latest" → { key, index, savedAt }   one row: every save replaces it
 *
 * The key is `build | data version | overrides`: the build names the engine's code and the shipped
 * catalogue (a hash made when the extension is built), the data version moves on every committed
 * write to the contracts, and the overrides are the user's hidden and moved catalogue brands.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { EngineIndex } from '@/lib/engine';
import type { IndexCache } from './service';

export const INDEX_CACHE_DATABASE_NAME = 'conflict-lens-index';

interface SavedIndex {
  slot: 'latest';
  key: string;
  index: EngineIndex;
  savedAt: number;
}

type IndexCacheDb = Dexie & { index: EntityTable<SavedIndex, 'slot'> };

export interface IndexCacheOptions {
  /** Names the engine's code and the shipped catalogue; a new build never reads an older build's index. */
  buildId: string;
  /** The user's catalogue overrides, as stored (JSON-serialisable). */
  loadOverrides(): Promise<unknown>;
  databaseName?: string;
}

function openIndexCacheDb(name: string): IndexCacheDb {
  const db = new Dexie(name, { cache: 'disabled' }) as IndexCacheDb;
  db.version(1).stores({ index: 'slot' });
  return db;
}

/**
 * Deletes the saved index wherever the extension runs (the options page's "Wipe all data"): it is
 * made from the user's contracts, so it goes with them.
 */
export async function clearSavedIndex(databaseName = INDEX_CACHE_DATABASE_NAME): Promise<void> {
  const db = openIndexCacheDb(databaseName);
  try {
    await db.index.clear();
  } finally {
    db.close();
  }
}

export function createIndexCache(options: IndexCacheOptions): IndexCache {
  const db = openIndexCacheDb(options.databaseName ?? INDEX_CACHE_DATABASE_NAME);
  return {
    async key(dataVersion) {
      const overrides = await sha256Hex(JSON.stringify((await options.loadOverrides()) ?? null));
      return `${options.buildId}|data ${dataVersion}|overrides ${overrides}`;
    },
    async load(key) {
      const row = await db.index.get('latest');
      if (row === undefined || row.key !== key) return null;
      // Same key, same build: the shape is the one this code wrote. A row that lost its parts (a
      // browser that could not read it back whole) is treated as absent.
      const index = row.index as Partial<EngineIndex> | undefined;
      return index?.brands !== undefined && index.contracts !== undefined ? (index as EngineIndex) : null;
    },
    async save(key, index) {
      await db.index.put({ slot: 'latest', key, index, savedAt: Date.now() });
    },
    async clear() {
      await db.index.clear();
    },
  };
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

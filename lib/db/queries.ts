/** Reads of the whole data set, and the wipe. */
import type { ExchangeV1 } from '@/lib/schema/contracts';
import type { Stats } from '@/lib/schema/messages';
import { clearSavedIndex } from '@/lib/background/index-cache';
import { allTables, db } from './database';
import { countClauses } from './plan';
import { announceDataVersion, bumpDataVersion } from './version';

/** Everything stored, as exchange v1 (the background compiles its engine index from this). */
export async function loadExchange(): Promise<ExchangeV1> {
  return db.transaction('r', [db.brands, db.creators, db.contracts], async () => {
    const [brands, creators, contracts] = await Promise.all([
      db.brands.orderBy('id').toArray(),
      db.creators.orderBy('id').toArray(),
      db.contracts.orderBy('id').toArray(),
    ]);
    return { version: 1 as const, brands, creators, contracts };
  });
}

/** Export is the stored data as it stands; it round-trips through parseExchangeJson. */
export const exportExchange = loadExchange;

export async function getStats(): Promise<Stats> {
  return db.transaction('r', [db.brands, db.creators, db.contracts, db.meta], async () => {
    const [creators, brands, contracts, clauseRow] = await Promise.all([
      db.creators.count(),
      db.brands.count(),
      db.contracts.count(),
      db.meta.get('clauseCount'),
    ]);
    // clauseCount is kept by every write; counting is the fallback for a database that predates it.
    const clauses = clauseRow?.value ?? (contracts === 0 ? 0 : countClauses(await db.contracts.toArray()));
    return { creators, brands, contracts, clauses };
  });
}

/** Deletes every brand, creator and contract. The data version still moves forward, never back. */
export async function wipeAllData(): Promise<void> {
  // The background's saved index is made from these contracts and goes with them: first, so that a
  // failure there leaves everything as it was, and again after, in case the background saved an index
  // of the old data in between (the next compile would replace it; this removes it now).
  await clearSavedIndex();
  const version = await db.transaction('rw', allTables(), async () => {
    await Promise.all([db.brands.clear(), db.creators.clear(), db.contracts.clear()]);
    await db.meta.put({ key: 'clauseCount', value: 0 });
    return bumpDataVersion();
  });
  await announceDataVersion(version);
  await clearSavedIndex().catch((error: unknown) => console.warn('Conflict Lens: could not delete the saved index after the wipe.', error));
}

/**
 * The data version: a number bumped inside every write transaction, then mirrored to
 * `browser.storage.local` once the transaction has committed. Content scripts cannot read the
 * database, so they watch that key to re-check their posts; the background recompiles its index when
 * the number moves.
 */
import { browser } from 'wxt/browser';
import { db } from './database';

export const DATA_VERSION_KEY = 'dataVersion';

/** Call inside a rw transaction that includes `db.meta`. */
export async function bumpDataVersion(): Promise<number> {
  const current = (await db.meta.get('dataVersion'))?.value ?? 0;
  const next = current + 1;
  await db.meta.put({ key: 'dataVersion', value: next });
  return next;
}

/** Call after the transaction has committed, so nobody reloads data that may still roll back. */
export async function announceDataVersion(version: number): Promise<void> {
  // Outside an extension (benchmarks, Node tools) there is nobody to tell.
  if (typeof browser === 'undefined' || !browser?.storage?.local) return;
  try {
    await browser.storage.local.set({ [DATA_VERSION_KEY]: version });
  } catch (error) {
    // The data is committed either way; listeners catch up on their next read of the version.
    console.warn('Conflict Lens: could not announce the new data version.', error);
  }
}

export async function getDataVersion(): Promise<number> {
  return (await db.meta.get('dataVersion'))?.value ?? 0;
}

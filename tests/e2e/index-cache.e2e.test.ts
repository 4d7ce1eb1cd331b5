/**
 * The saved index in the real browser: Chromium stops an extension's service worker after half a
 * minute without events, and the next start must judge posts exactly as before, from the index it
 * saved in IndexedDB instead of loading the data and compiling it again (lib/background/index-cache.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { importContracts, launchExtension, runningServiceWorker, serveSite, stopServiceWorker, type ExtensionHarness } from './harness';
import { instagramFeedPage, sampleContracts, type FixturePost } from '../bench/page-fixtures';
import { INDEX_CACHE_DATABASE_NAME } from '@/lib/background/index-cache';
import { INDEX_COMPILED, INDEX_READ_BACK } from '@/lib/background/service';

const conflict: FixturePost = { code: 'Conf1ict01', author: 'illojuan', caption: 'Probando el nuevo menú de @burgerking #ad' };
const clean: FixturePost = { code: 'C1eanPost1', author: 'illojuan', caption: 'Un día de playa con amigos' };
const kfc: FixturePost = { code: 'KfcPost001', author: 'illojuan', caption: 'Cena con @kfc #ad' };


let harness: ExtensionHarness;
let page: Page;

async function waitForLevel(code: string, level: string): Promise<void> {
  await page.locator(`article[data-conflict-lens="${level}"]:has(a[href="/p/${code}/"])`).waitFor({ timeout: 20_000 });
}

/** How the running background made its index ready: counts of each User Timing entry. */
function indexTimings(worker: Worker): Promise<{ readBack: number; compiled: number }> {
  return worker.evaluate(
    ([readBack, compiled]) => ({ readBack: performance.getEntriesByName(readBack).length, compiled: performance.getEntriesByName(compiled).length }),
    [INDEX_READ_BACK, INDEX_COMPILED] as const,
  );
}

/** The key of the index the background has saved, read from an extension page (null when none is). */
async function savedIndexKey(): Promise<string | null> {
  const ext = await harness.openExtensionPage('popup.html');
  try {
    return await ext.evaluate(
      (name) =>
        new Promise<string | null>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('index')) return resolve(null);
            const get = db.transaction('index').objectStore('index').get('latest');
            get.onsuccess = () => resolve((get.result as { key: string } | undefined)?.key ?? null);
            get.onerror = () => reject(get.error);
          };
        }),
      INDEX_CACHE_DATABASE_NAME,
    );
  } finally {
    await ext.close();
  }
}

/** Waits until the background has saved an index under another key than `previous` (it saves after answering). */
async function waitForSavedIndex(previous: string | null): Promise<string> {
  for (let tries = 0; tries < 100; tries++) {
    const key = await savedIndexKey();
    if (key !== null && key !== previous) return key;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the background never saved its index');
}

let firstKey: string;

beforeAll(async () => {
  harness = await launchExtension();
  await importContracts(harness, sampleContracts());
  await serveSite(harness.context, 'https://www.instagram.com', { '/': instagramFeedPage([conflict, clean, kfc]) });
  page = await harness.context.newPage();
});

afterAll(async () => {
  await harness?.close();
});

describe('saved engine index (Chromium, built extension)', () => {
  it('compiles on the first start, and a restarted worker judges the same posts from the saved index', async () => {
    await page.goto('https://www.instagram.com/');
    await waitForLevel(conflict.code, 'conflict');
    await waitForLevel(clean.code, 'clear');
    await waitForLevel(kfc.code, 'clear');
    expect(await indexTimings(harness.background)).toEqual({ readBack: 0, compiled: 1 });
    firstKey = await waitForSavedIndex(null);

    await stopServiceWorker(harness, page);
    await page.reload();
    await waitForLevel(conflict.code, 'conflict');
    await waitForLevel(clean.code, 'clear');
    await waitForLevel(kfc.code, 'clear');
    expect(await indexTimings(await runningServiceWorker(harness))).toEqual({ readBack: 1, compiled: 0 });
  });

  it('after new contracts, a restarted worker judges by them, not by the index saved before', async () => {
    const data = sampleContracts();
    data.brands!.push({ id: 'kfc', name: 'KFC', handles: { instagram: ['kfc'] }, categories: ['fast-food'] });
    data.contracts![0]!.clauses[0]!.competitorIds!.push('kfc');
    await importContracts(harness, data);
    await waitForLevel(kfc.code, 'conflict');
    // The new contracts moved the data version: the index saved now is under a new key.
    await waitForSavedIndex(firstKey);

    await stopServiceWorker(harness, page);
    await page.reload();
    await waitForLevel(kfc.code, 'conflict');
    await waitForLevel(conflict.code, 'conflict');
    expect(await indexTimings(await runningServiceWorker(harness))).toEqual({ readBack: 1, compiled: 0 });
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createIndexCache } from '@/lib/background/index-cache';
import { analysePost, compileIndex } from '@/lib/engine';
import { loadCatalogueFile } from '@/lib/brands/load-node';
import { ExchangeV1Schema } from '@/lib/schema/contracts';
import type { PostSnapshot } from '@/lib/schema/post';

const ROOT = resolve(import.meta.dirname, '../..');
const sample = ExchangeV1Schema.parse(JSON.parse(readFileSync(resolve(ROOT, 'assets/demo/sample-contracts.json'), 'utf8')));
let databases: string[] = [];

function cache(options: { buildId?: string; overrides?: unknown } = {}) {
  const name = `index-cache-test-${databases.length}-${Math.random().toString(36).slice(2)}`;
  databases.push(name);
  return createIndexCache({ buildId: options.buildId ?? 'build-a', loadOverrides: async () => options.overrides ?? { hidden: [], moved: {} }, databaseName: name });
}

afterEach(async () => {
  await Promise.all(databases.map((name) => Dexie.delete(name)));
  databases = [];
});

/** Posts that exercise every part of the index: names, handles, hashtags, links, misspellings, contracts. */
function posts(): PostSnapshot[] {
  const base = { kind: 'post' as const, url: null, hashtags: [], mentions: [], links: [], label: null, publishedAt: '2025-12-01T10:00:00.000Z' };
  const creatorHandles = sample.creators.flatMap((c) => Object.values(c.handles ?? {}).flat().filter((h): h is string => typeof h === 'string'));
  const out: PostSnapshot[] = [];
  sample.brands.forEach((brand, i) => {
    const handle = Object.values(brand.handles ?? {}).flat()[0] ?? 'nobody';
    const author = creatorHandles[i % creatorHandles.length] ?? 'someone';
    out.push(
      { ...base, platform: 'instagram', authors: [author], text: `Loving my new ${brand.name} gear #ad @${handle} code SAVE20 https://${brand.domains[0] ?? 'example.com'}/p?utm_source=ig` },
      { ...base, platform: 'tiktok', authors: [author], text: `#${brand.name.replace(/\W/g, '').toLowerCase()}style haul from ${brand.name.slice(0, -1)} 🎉` },
      { ...base, platform: 'youtube', authors: ['someone'], text: `Not sponsored, just ${brand.name} and Nike and Sephora`, publishedAt: null },
    );
  });
  return out;
}

describe('index cache', () => {
  // Without the catalogue: the same structures, a thousandth of the size (fake-indexeddb clones in
  // JavaScript). The browser suite reads the full index back in Chromium (tests/e2e).
  it('gives back an index that judges every post exactly as the one compiled', async () => {
    const catalogue = loadCatalogueFile(resolve(ROOT, 'public/brand-catalogue.json')).brands.slice(0, 300);
    const index = compileIndex(sample, { catalogue });
    const store = cache();
    const key = await store.key(7);
    await store.save(key, index);
    const loaded = await store.load(key);
    expect(loaded).not.toBeNull();
    expect(loaded).not.toBe(index);
    const now = new Date('2026-01-15T00:00:00Z');
    const expected = posts().map((p) => analysePost(p, index, now));
    expect(expected.some((r) => r.verdicts.length > 0)).toBe(true);
    expect(expected.some((r) => r.brands.some((b) => b.via === 'handle'))).toBe(true);
    expect(posts().map((p) => analysePost(p, loaded!, now))).toEqual(expected);
  });

  it('keys the index by data version, catalogue overrides and build', async () => {
    const plain = cache();
    const hidden = cache({ overrides: { hidden: ['nsi:Q1'], moved: {} } });
    const other = cache({ buildId: 'build-b' });
    const keys = [await plain.key(1), await plain.key(2), await hidden.key(1), await other.key(1)];
    expect(new Set(keys).size).toBe(4);
    expect(await plain.key(1)).toBe(keys[0]);
  });

  it('reads nothing back under another key, keeps only the latest index, and forgets it when cleared', async () => {
    const store = cache();
    const first = compileIndex(sample);
    await store.save('k1', first);
    expect(await store.load('k2')).toBeNull();
    await store.save('k2', compileIndex({ ...sample, contracts: [] }));
    expect(await store.load('k1')).toBeNull();
    expect((await store.load('k2'))?.contracts.creators.length).toBeGreaterThan(0);
    await store.clear();
    expect(await store.load('k2')).toBeNull();
  });
});

describe('wiping all data', () => {
  it('also deletes the saved index, which is made from the contracts', async () => {
    const { wipeAllData } = await import('@/lib/db');
    const store = createIndexCache({ buildId: 'build-a', loadOverrides: async () => null });
    const key = await store.key(1);
    await store.save(key, compileIndex(sample));
    expect(await store.load(key)).not.toBeNull();
    await wipeAllData();
    expect(await store.load(key)).toBeNull();
  });
});

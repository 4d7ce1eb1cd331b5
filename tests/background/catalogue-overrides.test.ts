import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadCatalogueFromExtension } from '@/lib/background/catalogue';
import { createBackgroundService } from '@/lib/background/service';
import { CATALOGUE_OVERRIDES_KEY, loadCatalogueOverrides, saveCatalogueOverrides } from '@/lib/brands/user-overrides';
import { ExchangeV1Schema } from '@/lib/schema/contracts';
import type { PostSnapshot } from '@/lib/schema/post';

const catalogueFile = {
  format: 'conflict-lens/brand-catalogue',
  version: 2,
  sources: { test: '1' },
  categories: [
    { id: 'fast-food', label: 'Fast food', count: 1 },
    { id: 'clothes', label: 'Clothes', count: 1 },
  ],
  synonyms: { fastfood: 'fast-food' },
  words: [],
  brands: [
    { id: 'nsi:Q177054', name: 'Burger King', handles: { instagram: ['burgerking'] }, categories: ['fast-food'] },
    { id: 'nsi:Q483915', name: 'Nike', handles: { instagram: ['nike'] }, categories: ['clothes'] },
  ],
};

/** McDonald's forbids every other fast-food brand; the competitors come from the catalogue only. */
const contracts = ExchangeV1Schema.parse({
  version: 1,
  brands: [{ id: 'mcdonalds', name: "McDonald's", handles: { instagram: ['mcdonalds'] }, categories: ['fast-food'] }],
  creators: [{ id: 'illojuan', name: 'IlloJuan', handles: { instagram: ['illojuan'] } }],
  contracts: [
    { id: 'c-001', creatorId: 'illojuan', brandId: 'mcdonalds', start: '2025-11-01', end: '2026-01-31', clauses: [{ kind: 'category', categories: ['fast-food'] }] },
  ],
});

const post = (text: string): PostSnapshot => ({
  platform: 'instagram',
  kind: 'post',
  url: 'https://www.instagram.com/p/abc/',
  authors: ['illojuan'],
  publishedAt: '2025-12-01T10:00:00.000Z',
  text,
  hashtags: [],
  mentions: [],
  links: [],
  label: null,
});

let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  fetchMock = vi.fn(async () => new Response(JSON.stringify(catalogueFile), { status: 200 }));
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

function service() {
  return createBackgroundService({
    loadExchange: async () => contracts,
    getDataVersion: async () => 1,
    getStats: async () => ({ creators: 1, brands: 1, contracts: 1, clauses: 1 }),
    loadCatalogue: loadCatalogueFromExtension,
    now: () => new Date('2025-12-05T00:00:00Z'),
  });
}

async function conflicts(s: ReturnType<typeof service>, text: string): Promise<string[]> {
  const answer = await s.handleMessage({
    type: 'analyse',
    page: { platform: 'instagram', kind: 'feed', url: 'https://www.instagram.com/' },
    posts: [{ key: 'k', snapshot: post(text) }],
  });
  if (!answer.ok || !('results' in answer)) throw new Error(`expected results: ${JSON.stringify(answer)}`);
  return answer.results[0]!.result.verdicts.filter((v) => v.level === 'conflict').map((v) => v.brandId);
}

describe('catalogue overrides in the background', () => {
  it('applies hidden and moved brands when loading the catalogue; a bad stored value means no overrides', async () => {
    await saveCatalogueOverrides({ hidden: ['nsi:Q177054'], moved: { 'nsi:Q483915': ['fastfood'] } });
    const { brands } = await loadCatalogueFromExtension();
    expect(brands.map((b) => [b.id, b.categories])).toEqual([['nsi:Q483915', ['fast-food']]]);
    await fakeBrowser.storage.local.set({ [CATALOGUE_OVERRIDES_KEY]: { hidden: 'all' } });
    expect(await loadCatalogueOverrides()).toEqual({ hidden: [], moved: {} });
    expect((await loadCatalogueFromExtension()).brands.map((b) => b.id)).toEqual(['nsi:Q177054', 'nsi:Q483915']);
  });

  it('keeps the compiled index until invalidateCatalogue, then recompiles with the overrides applied', async () => {
    const s = service();
    expect(await conflicts(s, 'Lunch with @burgerking #ad')).toEqual(['nsi:Q177054']);
    expect(await conflicts(s, 'New kit from @nike #ad')).toEqual([]);

    await saveCatalogueOverrides({ hidden: ['nsi:Q177054'], moved: { 'nsi:Q483915': ['fast-food'] } });
    // Not invalidated yet: the cached catalogue and index are still used, nothing is fetched again.
    expect(await conflicts(s, 'Lunch with @burgerking #ad')).toEqual(['nsi:Q177054']);
    expect(fetchMock).toHaveBeenCalledTimes(1);

    s.invalidateCatalogue();
    expect(await conflicts(s, 'Lunch with @burgerking #ad')).toEqual([]);
    expect(await conflicts(s, 'New kit from @nike #ad')).toEqual(['nsi:Q483915']);
    expect(fetchMock).toHaveBeenCalledTimes(2);

    await saveCatalogueOverrides({ hidden: [], moved: {} });
    s.invalidateCatalogue();
    expect(await conflicts(s, 'Lunch with @burgerking #ad')).toEqual(['nsi:Q177054']);
    expect(await conflicts(s, 'New kit from @nike #ad')).toEqual([]);
  });

  it('does not cache an index whose compile started before the invalidation', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The first load is held open; the invalidation arrives while it is still compiling.
    const loadCatalogue = vi.fn(async () => {
      const brands = await loadCatalogueFromExtension();
      if (loadCatalogue.mock.calls.length === 1) await gate;
      return brands;
    });
    const s = createBackgroundService({
      loadExchange: async () => contracts,
      getDataVersion: async () => 1,
      getStats: async () => ({ creators: 1, brands: 1, contracts: 1, clauses: 1 }),
      loadCatalogue,
      now: () => new Date('2025-12-05T00:00:00Z'),
    });
    const first = conflicts(s, 'Lunch with @burgerking #ad');
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    await saveCatalogueOverrides({ hidden: ['nsi:Q177054'], moved: {} });
    s.invalidateCatalogue();
    release();
    expect(await first).toEqual(['nsi:Q177054']);
    expect(await conflicts(s, 'Lunch with @burgerking #ad')).toEqual([]);
    expect(loadCatalogue).toHaveBeenCalledTimes(2);
  });
});

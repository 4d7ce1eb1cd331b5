import { describe, expect, it, vi } from 'vitest';
import { createBackgroundService, type BackgroundDeps, type IndexCache } from '@/lib/background/service';
import type { EngineIndex } from '@/lib/engine';
import { ExchangeV1Schema, type ExchangeV1 } from '@/lib/schema/contracts';
import type { PostSnapshot } from '@/lib/schema/post';

const contracts: ExchangeV1 = ExchangeV1Schema.parse({
  version: 1,
  brands: [
    { id: 'mcdonalds', name: "McDonald's", handles: { instagram: ['mcdonalds'] }, categories: ['fast-food'] },
    { id: 'burger-king', name: 'Burger King', handles: { instagram: ['burgerking'] }, categories: ['fast-food'] },
  ],
  creators: [{ id: 'illojuan', name: 'IlloJuan', handles: { instagram: ['illojuan'] } }],
  contracts: [
    {
      id: 'c-001',
      creatorId: 'illojuan',
      brandId: 'mcdonalds',
      start: '2025-11-01',
      end: '2026-01-31',
      clauses: [{ kind: 'competitors', competitorIds: ['burger-king'] }],
    },
  ],
});

const snapshot: PostSnapshot = {
  platform: 'instagram',
  kind: 'post',
  url: 'https://www.instagram.com/p/abc/',
  authors: ['illojuan'],
  publishedAt: '2025-12-01T10:00:00.000Z',
  text: 'Lunch with @burgerking #ad',
  hashtags: [],
  mentions: [],
  links: [],
  label: null,
};

function deps(overrides: Partial<BackgroundDeps> = {}): BackgroundDeps {
  return {
    loadExchange: vi.fn(async () => contracts),
    getDataVersion: vi.fn(async () => 1),
    getStats: vi.fn(async () => ({ creators: 1, brands: 2, contracts: 1, clauses: 1 })),
    loadCatalogue: vi.fn(async () => ({ brands: [], words: [] })),
    now: () => new Date('2025-12-05T00:00:00Z'),
    ...overrides,
  };
}

const analyse = (posts: { key: string; snapshot: PostSnapshot }[]) => ({
  type: 'analyse',
  page: { platform: 'instagram', kind: 'feed', url: 'https://www.instagram.com/' },
  posts,
});

describe('background service', () => {
  it('answers an analyse request with a conflict for a competitor post', async () => {
    const service = createBackgroundService(deps());
    const answer = await service.handleMessage(analyse([{ key: 'k1', snapshot }]));
    expect(answer.ok).toBe(true);
    if (!answer.ok || !('results' in answer)) throw new Error('expected results');
    expect(answer.results[0]?.key).toBe('k1');
    expect(answer.results[0]?.result.verdicts.map((v) => [v.level, v.contractId, v.brandId])).toEqual([
      ['conflict', 'c-001', 'burger-king'],
    ]);
  });

  it('rejects malformed messages with the field at fault, without touching the data', async () => {
    const d = deps();
    const service = createBackgroundService(d);
    const answer = await service.handleMessage(analyse([{ key: 'k1', snapshot: { ...snapshot, platform: 'myspace' } as never }]));
    expect(answer).toEqual({ ok: false, error: expect.stringContaining('posts.0.snapshot.platform') });
    expect(await service.handleMessage({ type: 'delete-everything' })).toMatchObject({ ok: false });
    expect(await service.handleMessage('hello')).toMatchObject({ ok: false });
    expect(d.loadExchange).not.toHaveBeenCalled();
  });

  it('refuses oversized batches so a page cannot make the background do unbounded work', async () => {
    const service = createBackgroundService(deps());
    const posts = Array.from({ length: 201 }, (_, i) => ({ key: `k${i}`, snapshot }));
    expect(await service.handleMessage(analyse(posts))).toMatchObject({ ok: false });
  });

  it('compiles the contracts once and recompiles only when the data version moves', async () => {
    let version = 1;
    const d = deps({ getDataVersion: vi.fn(async () => version) });
    const service = createBackgroundService(d);
    await service.handleMessage(analyse([{ key: 'a', snapshot }]));
    await service.handleMessage(analyse([{ key: 'b', snapshot }]));
    expect(d.loadExchange).toHaveBeenCalledTimes(1);
    version = 2;
    await service.handleMessage(analyse([{ key: 'c', snapshot }]));
    expect(d.loadExchange).toHaveBeenCalledTimes(2);
  });

  it('shows an edited contract on the next request: a removed clause stops the conflict', async () => {
    let data = contracts;
    let version = 1;
    const service = createBackgroundService(deps({ loadExchange: async () => data, getDataVersion: async () => version }));
    const first = await service.handleMessage(analyse([{ key: 'a', snapshot }]));
    expect(first.ok && 'results' in first && first.results[0]?.result.verdicts.length).toBe(1);
    data = { ...contracts, contracts: [] };
    version = 2;
    const second = await service.handleMessage(analyse([{ key: 'a', snapshot }]));
    expect(second.ok && 'results' in second && second.results[0]?.result.verdicts.length).toBe(0);
  });

  it('keeps working with user brands when the catalogue cannot be loaded', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const service = createBackgroundService(deps({ loadCatalogue: async () => Promise.reject(new Error('404')) }));
    const answer = await service.handleMessage(analyse([{ key: 'k1', snapshot }]));
    expect(answer.ok && 'results' in answer && answer.results[0]?.result.verdicts[0]?.level).toBe('conflict');
    warn.mockRestore();
  });

  it("compiles with the catalogue's dictionary: an English word is no misspelt brand", async () => {
    const withDominos = ExchangeV1Schema.parse({ ...contracts, brands: [...contracts.brands, { id: 'dominos', name: 'Dominos', categories: ['fast-food'] }] });
    const mentions = async (words: string[]) => {
      const service = createBackgroundService(deps({ loadExchange: async () => withDominos, loadCatalogue: async () => ({ brands: [], words }) }));
      const answer = await service.handleMessage(analyse([{ key: 'k', snapshot: { ...snapshot, text: 'After lunch we played Dominoes all night' } }]));
      if (!answer.ok || !('results' in answer)) throw new Error(JSON.stringify(answer));
      return answer.results[0]!.result.brands.map((b) => [b.brandId, b.via]);
    };
    expect(await mentions([])).toEqual([['dominos', 'fuzzy']]);
    expect(await mentions(['dominoes'])).toEqual([]);
  });

  it('reports the stored counts', async () => {
    const service = createBackgroundService(deps());
    expect(await service.handleMessage({ type: 'stats' })).toEqual({
      ok: true,
      stats: { creators: 1, brands: 2, contracts: 1, clauses: 1 },
    });
  });

  describe('with a saved index', () => {
    /** IndexedDB in memory: values go through structuredClone on the way in and out, as they do there. */
    function memoryCache(version = { key: 'v1' }) {
      let saved: { key: string; index: EngineIndex } | null = null;
      const cache: IndexCache & { saved: () => typeof saved } = {
        key: vi.fn(async (dataVersion: number) => `${version.key}|${dataVersion}`),
        load: vi.fn(async (key: string) => (saved !== null && saved.key === key ? structuredClone(saved.index) : null)),
        save: vi.fn(async (key: string, index: EngineIndex) => {
          saved = { key, index: structuredClone(index) };
        }),
        clear: vi.fn(async () => {
          saved = null;
        }),
        saved: () => saved,
      };
      return cache;
    }
    const verdictsOf = (answer: Awaited<ReturnType<ReturnType<typeof createBackgroundService>['handleMessage']>>) =>
      answer.ok && 'results' in answer ? answer.results.map((r) => r.result.verdicts.map((v) => [v.level, v.contractId, v.brandId])) : answer;

    it('a restarted background answers from the saved index, without loading or compiling the data', async () => {
      const cache = memoryCache();
      const first = await createBackgroundService(deps({ indexCache: cache })).handleMessage(analyse([{ key: 'a', snapshot }]));
      await vi.waitFor(() => expect(cache.saved()).not.toBeNull());
      const restarted = deps({ indexCache: cache });
      const second = await createBackgroundService(restarted).handleMessage(analyse([{ key: 'a', snapshot }]));
      expect(verdictsOf(second)).toEqual([[['conflict', 'c-001', 'burger-king']]]);
      expect(second).toEqual(first);
      expect(restarted.loadExchange).not.toHaveBeenCalled();
      expect(restarted.loadCatalogue).not.toHaveBeenCalled();
    });

    it('compiles again, and replaces the saved index, when the data version has moved', async () => {
      const cache = memoryCache();
      await createBackgroundService(deps({ indexCache: cache })).handleMessage(analyse([{ key: 'a', snapshot }]));
      await vi.waitFor(() => expect(cache.saved()?.key).toBe('v1|1'));
      const edited = deps({ indexCache: cache, getDataVersion: vi.fn(async () => 2), loadExchange: vi.fn(async () => ({ ...contracts, contracts: [] })) });
      const answer = await createBackgroundService(edited).handleMessage(analyse([{ key: 'a', snapshot }]));
      expect(verdictsOf(answer)).toEqual([[]]);
      expect(edited.loadExchange).toHaveBeenCalledTimes(1);
      await vi.waitFor(() => expect(cache.saved()?.key).toBe('v1|2'));
    });

    it('answers as without a cache when the cache cannot be read, keyed or written', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      for (const broken of ['key', 'load', 'save'] as const) {
        const cache = memoryCache();
        cache[broken] = vi.fn(async () => Promise.reject(new Error(`disk says no (${broken})`)));
        const answer = await createBackgroundService(deps({ indexCache: cache })).handleMessage(analyse([{ key: 'a', snapshot }]));
        expect(verdictsOf(answer)).toEqual([[['conflict', 'c-001', 'burger-king']]]);
      }
      await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not save the compiled index'), expect.any(Error)));
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not read the saved index'), expect.any(Error));
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not work out the key of the saved index'), expect.any(Error));
      warn.mockRestore();
    });

    it('does not save an index made without the catalogue, so the next start tries the catalogue again', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const cache = memoryCache();
      const answer = await createBackgroundService(deps({ indexCache: cache, loadCatalogue: async () => Promise.reject(new Error('404')) })).handleMessage(analyse([{ key: 'a', snapshot }]));
      expect(verdictsOf(answer)).toEqual([[['conflict', 'c-001', 'burger-king']]]);
      // Saving waits for the next turn of the event loop: give it one.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(cache.save).not.toHaveBeenCalled();
      const next = deps({ indexCache: cache });
      await createBackgroundService(next).handleMessage(analyse([{ key: 'a', snapshot }]));
      expect(next.loadCatalogue).toHaveBeenCalledTimes(1);
      await vi.waitFor(() => expect(cache.save).toHaveBeenCalledTimes(1));
      warn.mockRestore();
    });

    it('drops the saved index when the catalogue overrides change under a running background', async () => {
      const cache = memoryCache();
      const service = createBackgroundService(deps({ indexCache: cache }));
      await service.handleMessage(analyse([{ key: 'a', snapshot }]));
      await vi.waitFor(() => expect(cache.saved()).not.toBeNull());
      service.invalidateCatalogue();
      await vi.waitFor(() => expect(cache.saved()).toBeNull());
    });
  });
});

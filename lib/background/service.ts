/**
 * The background's one job: answer validated requests from content scripts with verdicts computed
 * from the contract database, which lives only in the extension's origin.
 *
 *   content script ─analyse─▶ handleMessage ─▶ currentIndex() ─▶ analysePost() per post ─▶ results
 *                                                   │
 *                           dataVersion unchanged? ─┴─ yes: reuse the compiled index
 *                                                     no: the index saved under the same key, if any
 *                                                         (indexCache), else loadExchange() + catalogue
 *                                                         → compileIndex(), then saved for the next start
 *   storage.onChanged catalogueOverrides ─▶ invalidateCatalogue(): reload the catalogue, recompile
 *
 * The saved index matters because the worker is stopped after half a minute without events: each
 * start would otherwise wait for the data and the catalogue to load and the index to compile (most
 * of a second) before the first badge. A saved index is plain data (Maps, arrays, typed arrays) and
 * is read back in tens of milliseconds. Its key names everything the index is made from.
 *
 * Dependencies are injected so the service is tested with fake-indexeddb and a fake clock, and the
 * entrypoint stays wiring only.
 */
import type { CatalogueForIndex } from '@/lib/brands/catalogue';
import { analysePost, compileIndex, type EngineIndex } from '@/lib/engine';
import type { ExchangeV1 } from '@/lib/schema/contracts';
import {
  BackgroundRequestSchema,
  type AnalyseRequest,
  type AnalyseResponse,
  type ErrorResponse,
  type StatsResponse,
  type Stats,
} from '@/lib/schema/messages';

export interface BackgroundDeps {
  loadExchange(): Promise<ExchangeV1>;
  getDataVersion(): Promise<number>;
  getStats(): Promise<Stats>;
  /**
   * The built-in catalogue's brands (after the user's overrides) and its dictionary (Catalogue.words);
   * rejects when it is missing, and the engine then uses the user's brands only.
   */
  loadCatalogue(): Promise<CatalogueForIndex>;
  now(): Date;
  /** Where compiled indexes are kept between starts of the worker; without it, every start compiles. */
  indexCache?: IndexCache;
}

/**
 * Compiled indexes kept across restarts of the background. `key(dataVersion)` must change whenever
 * anything compileIndex reads could differ: the data version, the catalogue and the user's overrides of
 * it, and the engine's code (the build). Failures of load and save are reported and otherwise ignored:
 * the index is then compiled, as without a cache.
 */
export interface IndexCache {
  key(dataVersion: number): Promise<string>;
  load(key: string): Promise<EngineIndex | null>;
  /** Replaces whatever was saved: one index is kept, the latest. */
  save(key: string, index: EngineIndex): Promise<void>;
  /** Drops the saved index (the catalogue overrides changed under a running worker). */
  clear(): Promise<void>;
}

export type BackgroundResponse = AnalyseResponse | StatsResponse | ErrorResponse;

/**
 * Performance entries (User Timing) the background leaves for each index it makes ready, from the
 * request that needed it: read back from the cache, or loaded and compiled. DevTools shows them; the
 * browser suite reads them to tell which way a restarted worker went.
 */
export const INDEX_READ_BACK = 'Conflict Lens: index read back';
export const INDEX_COMPILED = 'Conflict Lens: index loaded and compiled';

function timing(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // A runtime without User Timing: the entry is only for diagnosis.
  }
}

export function createBackgroundService(deps: BackgroundDeps) {
  let compiled: { version: number; index: EngineIndex } | null = null;
  let compiling: Promise<EngineIndex> | null = null;
  let catalogue: Promise<CatalogueForIndex> | null = null;
  /** The catalogue could not be loaded: indexes made without it are not saved for the next start. */
  let catalogueMissing = false;
  /** Bumped by invalidateCatalogue: a compile started before it must not be cached after it. */
  let generation = 0;

  function catalogueOnce(): Promise<CatalogueForIndex> {
    // A missing or broken catalogue must not stop user contracts from working.
    catalogue ??= deps.loadCatalogue().catch((error: unknown) => {
      console.warn('Conflict Lens: brand catalogue unavailable, using your brands only.', error);
      catalogueMissing = true;
      return { brands: [], words: [] };
    });
    return catalogue;
  }

  /** The engine index for the current data; recompiled when the data version moved or the catalogue was invalidated. */
  async function currentIndex(): Promise<EngineIndex> {
    const version = await deps.getDataVersion();
    if (compiled && compiled.version === version) return compiled.index;
    if (!compiling) {
      const started = generation;
      const run: Promise<EngineIndex> = (async () => {
        const began = performance.now();
        const cache = deps.indexCache;
        const key = cache === undefined ? null : await cache.key(version).catch(cacheProblem('work out the key of the saved index'));
        const saved = key === null || cache === undefined ? null : await cache.load(key).catch(cacheProblem('read the saved index'));
        if (saved !== null) {
          if (started === generation) compiled = { version, index: saved };
          timing(INDEX_READ_BACK, began);
          return saved;
        }
        const [data, catalogue] = await Promise.all([deps.loadExchange(), catalogueOnce()]);
        const index = compileIndex(data, { catalogue: catalogue.brands, words: catalogue.words });
        timing(INDEX_COMPILED, began);
        if (started === generation) {
          compiled = { version, index };
          // After this turn, not awaited: the posts waiting for this index are answered first (storing
          // it clones it, tens of milliseconds). Not saved when the catalogue failed to load, so that
          // the next start tries the catalogue again.
          if (key !== null && cache !== undefined && !catalogueMissing) {
            setTimeout(() => void cache.save(key, index).catch(cacheProblem('save the compiled index')), 0);
          }
        }
        return index;
      })().finally(() => {
        if (compiling === run) compiling = null;
      });
      compiling = run;
    }
    return compiling;
  }

  /** A cache that fails costs a compile, never an answer: say so and carry on without it. */
  function cacheProblem(what: string) {
    return (error: unknown): null => {
      console.warn(`Conflict Lens: could not ${what}; carrying on without the saved index.`, error);
      return null;
    };
  }

  /**
   * Forgets the cached catalogue and the compiled index, so the next request reloads the catalogue
   * (with the user's current overrides) and recompiles. Called when `catalogueOverrides` changes.
   */
  function invalidateCatalogue(): void {
    generation += 1;
    catalogue = null;
    catalogueMissing = false;
    compiled = null;
    compiling = null;
    // The key reads the overrides on its own: an index compiled while they were being changed may
    // have been saved under the new key with the old catalogue. Dropping it costs one compile.
    void deps.indexCache?.clear().catch(cacheProblem('clear the saved index'));
  }

  async function analyse(request: AnalyseRequest): Promise<AnalyseResponse> {
    const index = await currentIndex();
    const now = deps.now();
    return {
      ok: true,
      results: request.posts.map(({ key, snapshot }) => ({ key, result: analysePost(snapshot, index, now) })),
    };
  }

  /** Validates first: a message that does not match the schema gets an error naming the problem. */
  async function handleMessage(message: unknown): Promise<BackgroundResponse> {
    const parsed = BackgroundRequestSchema.safeParse(message);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'message';
      return { ok: false, error: `invalid request: ${where}: ${issue?.message ?? 'unknown problem'}` };
    }
    try {
      switch (parsed.data.type) {
        case 'analyse':
          return await analyse(parsed.data);
        case 'stats':
          return { ok: true, stats: await deps.getStats() };
      }
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  return { handleMessage, currentIndex, invalidateCatalogue };
}

/**
 * The background's one job: answer validated requests from content scripts with verdicts computed
 * from the contract database, which lives only in the extension's origin.
 *
 *   content script ─analyse─▶ handleMessage ─▶ currentIndex() ─▶ analysePost() per post ─▶ results
 *                                                   │
 *                           dataVersion unchanged? ─┴─ yes: reuse the compiled index
 *                                                     no: loadExchange() + catalogue → compileIndex()
 *   storage.onChanged catalogueOverrides ─▶ invalidateCatalogue(): reload the catalogue, recompile
 *
 * Dependencies are injected so the service is tested with fake-indexeddb and a fake clock, and the
 * entrypoint stays wiring only.
 */
import type { CatalogueBrand } from '@/lib/brands/catalogue';
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
  /** The built-in catalogue; rejects or returns [] when it is missing (the engine then uses user brands only). */
  loadCatalogue(): Promise<readonly CatalogueBrand[]>;
  now(): Date;
}

export type BackgroundResponse = AnalyseResponse | StatsResponse | ErrorResponse;

export function createBackgroundService(deps: BackgroundDeps) {
  let compiled: { version: number; index: EngineIndex } | null = null;
  let compiling: Promise<EngineIndex> | null = null;
  let catalogue: Promise<readonly CatalogueBrand[]> | null = null;
  /** Bumped by invalidateCatalogue: a compile started before it must not be cached after it. */
  let generation = 0;

  function catalogueOnce(): Promise<readonly CatalogueBrand[]> {
    // A missing or broken catalogue must not stop user contracts from working.
    catalogue ??= deps.loadCatalogue().catch((error: unknown) => {
      console.warn('Conflict Lens: brand catalogue unavailable, using your brands only.', error);
      return [];
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
        const [data, brands] = await Promise.all([deps.loadExchange(), catalogueOnce()]);
        const index = compileIndex(data, { catalogue: brands });
        if (started === generation) compiled = { version, index };
        return index;
      })().finally(() => {
        if (compiling === run) compiling = null;
      });
      compiling = run;
    }
    return compiling;
  }

  /**
   * Forgets the cached catalogue and the compiled index, so the next request reloads the catalogue
   * (with the user's current overrides) and recompiles. Called when `catalogueOverrides` changes.
   */
  function invalidateCatalogue(): void {
    generation += 1;
    catalogue = null;
    compiled = null;
    compiling = null;
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

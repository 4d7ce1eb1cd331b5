/**
 * `npm run bench:compare -- <git ref>`: is the engine in the working tree faster than at <ref>?
 *
 * On this shared 2-core machine, `npm run bench` moves by 10-20% between runs minutes apart (the neighbours'
 * load), more than most changes are worth, so two separate runs cannot tell a 3% change from noise. Here
 * both engines run in one process, on the bench's corpus (tests/bench/corpus.ts), taking turns chunk by
 * chunk, so that the neighbours weigh on both alike:
 *
 *   - <ref>'s lib/ is checked out into a temporary git worktree; both engines are bundled with esbuild
 *     and loaded side by side, each with its own compiled index and its own copy of the captions (in one
 *     list, whichever engine came second in a chunk would find the captions in cache);
 *   - in each round every chunk runs ABBA (the engine that goes first alternates), then the two engines
 *     swap caption copies and run again: the copy one engine reads may lie better in memory than the
 *     other's (it did, by 5%), and the swap cancels that;
 *   - the results of both must be the same, post for post (a speed-up that changes answers is no speed-up).
 *
 * Prints the time per caption of each, and the ratio working tree / <ref> (below 1: the working tree is
 * faster) with the spread over rounds. The working tree against itself read 0.98 to 1.04 in seven runs
 * (what stays uneven is where each engine's index lies in memory): a change needs more than 5% to be read
 * from one run, or the same reading from several.
 *
 * Options: --rounds N (default 6), --captions N (timed captions, default 40,000), --warmup N (default 20,000).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { analysePost as AnalysePost, compileIndex as CompileIndex } from '@/lib/engine';
import type { PostSnapshot } from '@/lib/schema/post';
import { buildBrands, buildCaptions, buildContracts, singlePass } from './corpus';

interface Engine {
  analysePost: typeof AnalysePost;
  compileIndex: typeof CompileIndex;
}

const REPO = resolve(import.meta.dirname, '../..');

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} takes a positive whole number, not ${process.argv[at + 1] ?? 'nothing'}`);
  return value;
}

/** lib/engine.ts of the tree at `root`, bundled into `outfile` (its "@/" imports resolved in that tree). */
async function bundleEngine(root: string, outfile: string): Promise<Engine> {
  await build({
    stdin: { contents: "export { analysePost, compileIndex } from '@/lib/engine';", resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    alias: { '@': root },
    // A worktree has no node_modules of its own: packages come from this checkout's.
    nodePaths: [join(REPO, 'node_modules')],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return (await import(pathToFileURL(outfile).href)) as Engine;
}

/** CPU microseconds of `run`. */
function cpuMicros(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

async function main(): Promise<void> {
  const ref = process.argv.slice(2).find((arg, i, args) => !arg.startsWith('--') && !(args[i - 1] ?? '').startsWith('--'));
  if (ref === undefined) {
    console.error('usage: npm run bench:compare -- <git ref> [--rounds N] [--captions N] [--warmup N]');
    process.exit(2);
  }
  const rounds = option('rounds', 6);
  const captionCount = option('captions', 40_000);
  const warmupCount = option('warmup', 20_000);
  const commit = execFileSync('git', ['rev-parse', '--short', `${ref}^{commit}`], { cwd: REPO, encoding: 'utf8' }).trim();

  const scratch = mkdtempSync(join(tmpdir(), 'conflict-lens-compare-'));
  const worktree = join(scratch, 'tree');
  execFileSync('git', ['worktree', 'add', '--detach', '--quiet', worktree, commit], { cwd: REPO, stdio: 'inherit' });
  try {
    const current = await bundleEngine(REPO, join(scratch, 'current.mjs'));
    const old = await bundleEngine(worktree, join(scratch, 'ref.mjs'));

    const brands = buildBrands();
    const { creators, contracts } = buildContracts(brands);
    const captions = buildCaptions(brands, captionCount);
    const warmup = buildCaptions(brands, warmupCount);
    const copies: [PostSnapshot[], PostSnapshot[]] = [captions, structuredClone(captions)];
    const data = { version: 1 as const, brands, creators, contracts };
    const now = new Date('2026-01-15T00:00:00Z');
    const engines = [
      { name: 'working tree', engine: current, index: current.compileIndex(data), micros: 0 },
      { name: commit, engine: old, index: old.compileIndex(data), micros: 0 },
    ];

    // The same answers, post for post, before anything is timed.
    const digests = engines.map(({ engine, index }) => {
      const hash = createHash('sha256');
      for (const post of captions) hash.update(JSON.stringify(engine.analysePost(post, index, now)));
      return hash.digest('hex');
    });
    const same = digests[0] === digests[1];
    for (const { engine, index } of engines) for (const post of warmup) engine.analysePost(post, index, now);

    const chunk = 500;
    const ratios: number[] = [];
    let floorMicros = 0;
    for (let round = 0; round < rounds; round++) {
      const roundStart = engines.map((e) => e.micros);
      // Two halves: engine 0 reads copy 0 then copy 1; engine 1 the other way round.
      for (let half = 0; half < 2; half++) {
        for (let from = 0; from < captions.length; from += chunk) {
          const to = Math.min(captions.length, from + chunk);
          const first = (from / chunk + round + half) % 2;
          for (const which of [first, 1 - first]) {
            const { engine, index } = engines[which]!;
            const posts = copies[(which + half) % 2]!;
            engines[which]!.micros += cpuMicros(() => {
              for (let i = from; i < to; i++) engine.analysePost(posts[i]!, index, now);
            });
          }
        }
      }
      ratios.push((engines[0]!.micros - roundStart[0]!) / (engines[1]!.micros - roundStart[1]!));
      let sink = 0;
      floorMicros += cpuMicros(() => {
        for (const post of captions) sink += singlePass(post.text);
      });
      if (sink < 0) console.log(sink);
    }

    const runs = captions.length * 2 * rounds;
    const perCaption = engines.map((e) => e.micros / runs);
    const floor = floorMicros / (captions.length * rounds);
    ratios.sort((a, b) => a - b);
    const ratio = perCaption[0]! / perCaption[1]!;
    console.log(`corpus: ${brands.length} brands, ${captions.length} timed captions x ${rounds} rounds x 2 caption copies, ${warmup.length} warm-up captions each`);
    console.log(`same results post for post: ${same ? 'yes' : `NO (sha256 ${digests[0]!.slice(0, 12)} vs ${digests[1]!.slice(0, 12)})`}`);
    for (const [i, e] of engines.entries()) console.log(`${e.name.padEnd(12)} ${perCaption[i]!.toFixed(3)} µs of CPU a caption (${(perCaption[i]! / floor).toFixed(1)}x the single pass, ${floor.toFixed(3)} µs)`);
    console.log(`working tree / ${commit}: ${ratio.toFixed(3)} (rounds from ${ratios[0]!.toFixed(3)} to ${ratios[ratios.length - 1]!.toFixed(3)}; below 1 is faster)`);
    console.log(JSON.stringify({ ref: commit, current_us: +perCaption[0]!.toFixed(3), ref_us: +perCaption[1]!.toFixed(3), ratio: +ratio.toFixed(4), ratio_min: +ratios[0]!.toFixed(4), ratio_max: +ratios[ratios.length - 1]!.toFixed(4), single_pass_us: +floor.toFixed(3), same_results: same }));
    if (!same) process.exitCode = 1;
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', worktree], { cwd: REPO });
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();

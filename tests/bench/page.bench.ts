/**
 * Page benchmark (issue 5): the built extension on an Instagram-like feed that appends posts while it is
 * scrolled, up to 1,000 posts, with 10,000 contract clauses imported. The same scroll runs once without
 * the extension (baseline). Printed figures, last line one JSON object:
 *
 *   p50_ms / p95_ms     a post entering the viewport → the frame in which its badge is shown
 *                       (0 when the post was read before it scrolled in, which is the design)
 *   long_tasks          long tasks (> 50 ms) that extension code pushed over 50 ms (CPU profile of the
 *                       page's isolate, where content scripts run; see attribute())
 *   heap_mb             JS heap of the page's renderer after GC, extension loaded
 *   baseline_heap_mb    the same without the extension; added_heap_mb is the difference
 *   content_script_gz_kb  the largest content-script bundle, gzipped
 *   index_compile_ms    the background's first start: contracts and catalogue loaded, index compiled
 *   index_read_back_ms  after the worker is stopped (as Chromium does when idle): the saved index read back
 *   first_badge_ms, restart_first_badge_ms   opening the feed → its first badge, on each of those starts
 *
 * Run: npm run bench:page (builds first when .output/chrome-mv3 is missing).
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Worker } from 'playwright-core';
import { EXTENSION_DIR, launchExtension, runningServiceWorker, serveSite, stopServiceWorker, type ExtensionHarness } from '@/lib/cli/browser';
import { INDEX_COMPILED, INDEX_READ_BACK } from '@/lib/background/service';
import { importContracts } from '../e2e/harness';
import { manyContracts } from './page-fixtures';

const TOTAL_POSTS = Number(process.env.BENCH_POSTS ?? 1_000);
const CLAUSES = Number(process.env.BENCH_CLAUSES ?? 10_000);

/** In the page: the infinite feed and the probes (IntersectionObserver with no margin = "in the viewport"). */
function feedPage(total: number): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Instagram</title>
<style>body{margin:0;font:14px sans-serif} main{width:470px;margin:0 auto} article{border-bottom:1px solid #ddd;padding:8px 0}</style>
<script>
window.__bench = { entered: new Map(), shown: new Map(), longTasks: [] };
new PerformanceObserver((list) => {
  for (const t of list.getEntries()) __bench.longTasks.push({ start: t.startTime, duration: t.duration });
}).observe({ type: 'longtask', buffered: true });
// A recognisable stretch of page code: its first CPU-profile sample aligns profile time with performance.now().
window.__benchSync = function __benchSync() { const t = performance.now(); while (performance.now() - t < 15); return t; };
</script></head><body><main id="feed"></main>
<script>
const feed = document.getElementById('feed');
const TOTAL = ${total};
let count = 0;
const seen = new IntersectionObserver((entries) => {
  for (const e of entries) if (e.isIntersecting && !__bench.entered.has(e.target.dataset.i)) __bench.entered.set(e.target.dataset.i, e.time);
}, { threshold: 0 });
new MutationObserver((records) => {
  for (const r of records) {
    const i = r.target.dataset && r.target.dataset.i;
    if (i === undefined || __bench.shown.has(i)) continue;
    __bench.shown.set(i, -1);
    // The badge is placed in the next frame: take the time of that frame.
    requestAnimationFrame(() => __bench.shown.set(i, performance.now()));
  }
}).observe(feed, { attributes: true, attributeFilter: ['data-conflict-lens'], subtree: true });
function post(i) {
  const conflict = i % 10 === 3;
  const author = conflict ? 'illojuan' : 'creator' + (i % 1500);
  const caption = conflict
    ? 'Probando lo nuevo de @burgerking, está buenísimo #ad #food #foodie'
    : 'Día ' + i + ' de rodaje con el equipo. Gracias a todos por venir ' + (i % 7 === 0 ? '@fillerbrand' + (i % 400) + ' ' : '') + '#vlog #behindthescenes #day' + i;
  return '<article data-i="' + i + '"><div><div><span dir="auto"><a href="/' + author + '/">' + author + '</a></span>' +
    '<span> • </span><a href="/p/Bench' + String(i).padStart(5, '0') + '/"><time datetime="2025-12-01T10:00:00.000Z">1d</time></a></div></div>' +
    '<div style="height:300px;background:hsl(' + (i * 37 % 360) + ',30%,80%)"></div>' +
    '<section><span role="button">Like</span> <span role="button">Comment</span></section>' +
    '<div><span dir="auto"><div><span dir="auto">' + caption + '</span></div></span></div></article>';
}
function append(k) {
  const t = document.createElement('template');
  let html = '';
  for (let j = 0; j < k && count < TOTAL; j++) html += post(count++);
  t.innerHTML = html;
  const added = [...t.content.children];
  feed.append(t.content);
  for (const a of added) seen.observe(a);
  window.__count = count;
}
append(12);
addEventListener('scroll', () => {
  if (count < TOTAL && innerHeight + scrollY > document.documentElement.scrollHeight - 2500) append(12);
}, { passive: true });
</script></body></html>`;
}

interface RunFigures {
  latencies: number[];
  entered: number;
  unbadged: number;
  longTasks: number;
  /** Long tasks that would have stayed under 50 ms without the extension's code in them. */
  extensionLongTasks: number;
  /** CPU time of extension code in the page's main thread during the scroll. */
  extensionCpuMs: number;
  /** Longest run of consecutive profile samples inside extension code. */
  longestExtensionRunMs: number;
  heapMb: number;
  seconds: number;
  /** The background's start, with the extension: see measureRestart. */
  restart: RestartFigures | null;
}

interface RestartFigures {
  /** The first start: data loaded and index compiled (User Timing entry of the background). */
  compileMs: number;
  /** From opening the feed to its first badge, on that first start. */
  firstBadgeMs: number;
  /** After the worker was stopped: the saved index read back. */
  readBackMs: number;
  /** From reloading the feed to its first badge, on that restart. */
  restartFirstBadgeMs: number;
}

/** Durations of the background's User Timing entry `name` (lib/background/service.ts). */
function entryDurations(worker: Worker, name: string): Promise<number[]> {
  return worker.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
}

/**
 * Chromium stops an extension's worker after half a minute idle: stop it, reload the feed, and time
 * the first badge of the next start, which reads the saved index back instead of compiling.
 */
async function measureRestart(harness: ExtensionHarness, page: Page, compileMs: number, firstBadgeMs: number): Promise<RestartFigures> {
  await stopServiceWorker(harness, page);
  const reloaded = performance.now();
  await page.reload();
  await page.locator('article[data-conflict-lens]').first().waitFor({ timeout: 30_000 });
  const restartFirstBadgeMs = performance.now() - reloaded;
  const readBack = await entryDurations(await runningServiceWorker(harness), INDEX_READ_BACK);
  if (readBack.length !== 1) throw new Error(`the restarted background did not read its index back (${readBack.length} entries)`);
  return { compileMs, firstBadgeMs, readBackMs: readBack[0]!, restartFirstBadgeMs };
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string }; children?: number[] }>;
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Which long tasks are the extension's: samples of the page's CPU profile (content scripts run in the
 * page's isolate, under chrome-extension:// URLs) are placed on the performance.now() clock through
 * the __benchSync marker, and each long task's extension time is subtracted from its duration.
 */
function attribute(profile: CpuProfile, syncAt: number, longTasks: Array<{ start: number; duration: number }>) {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const memo = new Map<number, { ext: boolean; sync: boolean }>();
  const stackOf = (id: number): { ext: boolean; sync: boolean } => {
    const known = memo.get(id);
    if (known) return known;
    const node = byId.get(id)!;
    const up = parent.has(id) ? stackOf(parent.get(id)!) : { ext: false, sync: false };
    const here = {
      ext: up.ext || node.callFrame.url.startsWith('chrome-extension://'),
      sync: up.sync || node.callFrame.functionName === '__benchSync',
    };
    memo.set(id, here);
    return here;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const times: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < samples.length; i += 1) times.push((t += deltas[i] ?? 0));
  const syncIndex = samples.findIndex((id) => stackOf(id).sync);
  if (syncIndex < 0) throw new Error('the sync marker is missing from the CPU profile');
  const offsetUs = times[syncIndex]! - syncAt * 1000;
  const extSamples: Array<{ at: number; ms: number }> = [];
  let cpu = 0;
  let run = 0;
  let longestRun = 0;
  for (let i = 0; i < samples.length; i += 1) {
    const ms = ((times[i + 1] ?? times[i]!) - times[i]!) / 1000;
    if (stackOf(samples[i]!).ext) {
      extSamples.push({ at: (times[i]! - offsetUs) / 1000, ms });
      cpu += ms;
      run += ms;
      longestRun = Math.max(longestRun, run);
    } else {
      run = 0;
    }
  }
  const extensionLongTasks = longTasks.filter((task) => {
    const ext = extSamples
      .filter((s) => s.at >= task.start && s.at < task.start + task.duration)
      .reduce((n, s) => n + s.ms, 0);
    const ours = ext > 0 && task.duration - ext < 50;
    if (process.env.BENCH_TOP) console.log(`  long task at ${task.start.toFixed(0)} ms: ${task.duration.toFixed(0)} ms, extension ${ext.toFixed(1)} ms${ours ? ' (extension)' : ''}`);
    return ours;
  }).length;
  if (process.env.BENCH_TOP) {
    // Where the extension's time goes: self time per function (set BENCH_TOP=1 to print).
    const self = new Map<string, number>();
    for (let i = 0; i < samples.length; i += 1) {
      const node = byId.get(samples[i]!)!;
      if (!stackOf(node.id).ext) continue;
      let frame = node;
      // attribute browser-internal frames (GC, regexp, DOM) to the nearest script frame above them
      while (!frame.callFrame.url && parent.has(frame.id)) frame = byId.get(parent.get(frame.id)!)!;
      const key = `${node.callFrame.functionName || '(anonymous)'} in ${frame.callFrame.functionName || '?'} ${frame.callFrame.url.split('/').pop()}:${(frame.callFrame as { lineNumber?: number }).lineNumber}:${(frame.callFrame as { columnNumber?: number }).columnNumber}`;
      self.set(key, (self.get(key) ?? 0) + ((times[i + 1] ?? times[i]!) - times[i]!) / 1000);
    }
    for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${ms.toFixed(1)} ms  ${name}`);
  }
  return { extensionLongTasks, extensionCpuMs: cpu, longestExtensionRunMs: longestRun };
}

async function scrollToEnd(page: Page): Promise<void> {
  await page.mouse.move(640, 450);
  for (let step = 0; step < 5_000; step += 1) {
    await page.mouse.wheel(0, 800);
    await page.waitForTimeout(25);
    const done = await page.evaluate(
      (total) => (window as unknown as { __count: number }).__count >= total && innerHeight + scrollY >= document.documentElement.scrollHeight - 2,
      TOTAL_POSTS,
    );
    if (done) return;
  }
  throw new Error('the feed never reached its end');
}

async function run(withExtension: boolean): Promise<RunFigures> {
  const started = Date.now();
  // Other work on this machine may rebuild .output while the browser starts: one retry.
  const harness = await launchExtension({ withExtension }).catch(() => launchExtension({ withExtension }));
  try {
    if (withExtension && CLAUSES > 0) await importContracts(harness, manyContracts(CLAUSES));
    await serveSite(harness.context, 'https://www.instagram.com', { '/': feedPage(TOTAL_POSTS) });
    const page = await harness.context.newPage();
    const opened = performance.now();
    await page.goto('https://www.instagram.com/');
    if (withExtension) await page.locator('article[data-conflict-lens]').first().waitFor({ timeout: 30_000 });
    const firstBadgeMs = performance.now() - opened;
    const cdp = await harness.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    await scrollToEnd(page);
    await page.waitForTimeout(1_500); // let the last badges arrive
    const syncAt = await page.evaluate(() => (window as unknown as { __benchSync(): number }).__benchSync());
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const probe = await page.evaluate(() => {
      const b = (window as unknown as {
        __bench: { entered: Map<string, number>; shown: Map<string, number>; longTasks: Array<{ start: number; duration: number }> };
      }).__bench;
      const latencies: number[] = [];
      let unbadged = 0;
      for (const [i, at] of b.entered) {
        const shown = b.shown.get(i);
        if (shown === undefined || shown < 0) unbadged += 1;
        else latencies.push(Math.max(0, shown - at));
      }
      return {
        latencies,
        entered: b.entered.size,
        unbadged,
        longTaskList: b.longTasks,
      };
    });
    const attributed = attribute(profile, syncAt, probe.longTaskList);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    let restart: RestartFigures | null = null;
    if (withExtension) {
      const compiled = await entryDurations(harness.background, INDEX_COMPILED);
      restart = await measureRestart(harness, page, compiled[0] ?? Number.NaN, firstBadgeMs);
    }
    return {
      latencies: probe.latencies,
      entered: probe.entered,
      unbadged: probe.unbadged,
      longTasks: probe.longTaskList.length,
      ...attributed,
      heapMb: heap.usedSize / 1024 / 1024,
      seconds: (Date.now() - started) / 1000,
      restart,
    };
  } finally {
    await harness.close();
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) execSync('npx wxt build', { stdio: 'inherit' });
  const scriptsDir = join(EXTENSION_DIR, 'content-scripts');
  const bundles = readdirSync(scriptsDir).filter((f) => f.endsWith('.js'));
  const gz = Object.fromEntries(bundles.map((f) => [f, round(gzipSync(readFileSync(join(scriptsDir, f)), { level: 9 }).length / 1024)]));
  console.log(`content scripts (gzip -9, KB): ${JSON.stringify(gz)}`);

  const baseline = await run(false);
  console.log(`baseline (no extension): ${baseline.entered} posts seen, ${baseline.longTasks} long tasks, heap ${round(baseline.heapMb)} MB, ${round(baseline.seconds)} s`);
  const measured = await run(true);
  const sorted = [...measured.latencies].sort((a, b) => a - b);
  const preRead = sorted.filter((l) => l === 0).length;
  console.log(
    `extension, ${CLAUSES} clauses: ${measured.entered} posts entered the viewport, ${measured.unbadged} without a badge, ` +
      `${preRead} badged before they entered; latency p50 ${round(percentile(sorted, 50))} ms, p95 ${round(percentile(sorted, 95))} ms, max ${round(sorted.at(-1) ?? NaN)} ms`,
  );
  console.log(
    `long tasks: ${measured.longTasks} with the extension vs ${baseline.longTasks} without; ${measured.extensionLongTasks} of them ` +
      `over 50 ms only because of extension code; extension CPU ${round(measured.extensionCpuMs)} ms, longest uninterrupted ` +
      `${round(measured.longestExtensionRunMs)} ms; heap ${round(measured.heapMb)} MB (+${round(measured.heapMb - baseline.heapMb)} MB), ${round(measured.seconds)} s`,
  );
  const restart = measured.restart;
  if (restart !== null) {
    console.log(
      `background start: first start loads and compiles the index in ${round(restart.compileMs)} ms, first badge ${round(restart.firstBadgeMs)} ms after opening the feed; ` +
        `after the worker is stopped, the next start reads the saved index back in ${round(restart.readBackMs)} ms, first badge ${round(restart.restartFirstBadgeMs)} ms after reloading`,
    );
  }
  console.log(
    JSON.stringify({
      p50_ms: round(percentile(sorted, 50)),
      p95_ms: round(percentile(sorted, 95)),
      long_tasks: measured.extensionLongTasks,
      heap_mb: round(measured.heapMb),
      baseline_heap_mb: round(baseline.heapMb),
      added_heap_mb: round(measured.heapMb - baseline.heapMb),
      content_script_gz_kb: Math.max(...Object.values(gz)),
      posts: TOTAL_POSTS,
      clauses: CLAUSES,
      unbadged: measured.unbadged,
      baseline_long_tasks: baseline.longTasks,
      long_tasks_total: measured.longTasks,
      extension_cpu_ms: round(measured.extensionCpuMs),
      longest_extension_run_ms: round(measured.longestExtensionRunMs),
      index_compile_ms: restart === null ? null : round(restart.compileMs),
      index_read_back_ms: restart === null ? null : round(restart.readBackMs),
      first_badge_ms: restart === null ? null : round(restart.firstBadgeMs),
      restart_first_badge_ms: restart === null ? null : round(restart.restartFirstBadgeMs),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

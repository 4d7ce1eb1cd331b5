/**
 * Page benchmark (issue 5): the built extension on an Instagram-like feed that appends posts while it is
 * scrolled, up to 1,000 posts, with 10,000 contract clauses imported. The same scroll runs once without
 * the extension (baseline). Printed figures, last line one JSON object:
 *
 *   p50_ms / p95_ms     a post entering the viewport → the frame in which its badge is shown
 *                       (0 when the post was read before it scrolled in, which is the design)
 *   long_tasks          long animation frames (> 50 ms) in which an extension script ran
 *   heap_mb             JS heap of the page's renderer after GC, extension loaded
 *   baseline_heap_mb    the same without the extension; added_heap_mb is the difference
 *   content_script_gz_kb  the largest content-script bundle, gzipped
 *
 * Run: npm run bench:page (builds first when .output/chrome-mv3 is missing).
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchExtension, serveSite } from '@/lib/cli/browser';
import { importContracts } from '../e2e/harness';
import { manyContracts } from './page-fixtures';

const TOTAL_POSTS = Number(process.env.BENCH_POSTS ?? 1_000);
const CLAUSES = Number(process.env.BENCH_CLAUSES ?? 10_000);

/** In the page: the infinite feed and the probes (IntersectionObserver with no margin = "in the viewport"). */
function feedPage(total: number): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Instagram</title>
<style>body{margin:0;font:14px sans-serif} main{width:470px;margin:0 auto} article{border-bottom:1px solid #ddd;padding:8px 0}</style>
<script>
window.__bench = { entered: new Map(), shown: new Map(), longTasks: 0, frames: [] };
new PerformanceObserver((list) => { __bench.longTasks += list.getEntries().length; }).observe({ type: 'longtask', buffered: true });
try {
  new PerformanceObserver((list) => {
    for (const f of list.getEntries()) {
      const ext = f.scripts.filter((s) => (s.sourceURL || '').startsWith('chrome-extension://'));
      __bench.frames.push({ duration: f.duration, extScripts: ext.length, extMs: ext.reduce((n, s) => n + s.duration, 0) });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
} catch {}
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
  extensionLongFrames: number;
  extensionScriptFrames: number;
  heapMb: number;
  seconds: number;
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
  const harness = await launchExtension({ withExtension });
  try {
    if (withExtension && CLAUSES > 0) await importContracts(harness, manyContracts(CLAUSES));
    await serveSite(harness.context, 'https://www.instagram.com', { '/': feedPage(TOTAL_POSTS) });
    const page = await harness.context.newPage();
    await page.goto('https://www.instagram.com/');
    if (withExtension) await page.locator('article[data-conflict-lens]').first().waitFor({ timeout: 30_000 });
    await scrollToEnd(page);
    await page.waitForTimeout(1_500); // let the last badges arrive
    const probe = await page.evaluate(() => {
      const b = (window as unknown as {
        __bench: { entered: Map<string, number>; shown: Map<string, number>; longTasks: number; frames: Array<{ duration: number; extScripts: number }> };
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
        longTasks: b.longTasks,
        extensionLongFrames: b.frames.filter((f) => f.duration > 50 && f.extScripts > 0).length,
        extensionScriptFrames: b.frames.filter((f) => f.extScripts > 0).length,
      };
    });
    const cdp = await harness.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return { ...probe, heapMb: heap.usedSize / 1024 / 1024, seconds: (Date.now() - started) / 1000 };
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
    `long tasks: ${measured.longTasks} with the extension vs ${baseline.longTasks} without; long frames running extension code: ` +
      `${measured.extensionLongFrames} (frames with extension code seen: ${measured.extensionScriptFrames}); heap ${round(measured.heapMb)} MB (+${round(measured.heapMb - baseline.heapMb)} MB), ${round(measured.seconds)} s`,
  );
  console.log(
    JSON.stringify({
      p50_ms: round(percentile(sorted, 50)),
      p95_ms: round(percentile(sorted, 95)),
      long_tasks: measured.extensionLongFrames,
      heap_mb: round(measured.heapMb),
      baseline_heap_mb: round(baseline.heapMb),
      added_heap_mb: round(measured.heapMb - baseline.heapMb),
      content_script_gz_kb: Math.max(...Object.values(gz)),
      posts: TOTAL_POSTS,
      clauses: CLAUSES,
      unbadged: measured.unbadged,
      baseline_long_tasks: baseline.longTasks,
      long_tasks_total: measured.longTasks,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

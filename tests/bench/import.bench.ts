/**
 * How long 50,000 clause rows take from CSV text to committed IndexedDB rows (issue 6: under 10 s).
 * Runs in Node on fake-indexeddb, which is slower than a browser's IndexedDB for bulk writes, so the
 * figure is an upper bound. Prints numbers; asserts nothing.
 *
 *   npm run bench:import            (ROWS=100000 npm run bench:import for another size)
 */
import 'fake-indexeddb/auto';
import os from 'node:os';
import { importExchange, previewImport, wipeAllData, getStats } from '@/lib/db';
import { CSV_COLUMNS, parseContractsCsv, parseExchangeJson, serialiseExchangeJson } from '@/lib/exchange';

const ROWS = Number(process.env.ROWS ?? 50_000);
const CLAUSES_PER_CONTRACT = 2;
const CREATORS = 5_000;
const BRANDS = 800;
const CATEGORIES = ['fast-food', 'soft-drinks', 'telecom', 'fashion', 'gaming', 'beauty'];

export function syntheticCsv(rows: number): string {
  const lines: string[] = [CSV_COLUMNS.join(',')];
  for (let row = 0; row < rows; row++) {
    const contract = Math.floor(row / CLAUSES_PER_CONTRACT);
    const creator = contract % CREATORS;
    const brand = contract % BRANDS;
    const month = String((contract % 12) + 1).padStart(2, '0');
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      contract_id: `c-${contract}`,
      creator: `Creator ${creator}`,
      creator_instagram: `@creator${creator}`,
      creator_tiktok: `creator${creator}`,
      creator_youtube: `@creator${creator}`,
      brand: `Brand ${brand}`,
      start: `2025-${month}-01`,
      end: `2026-${month}-28`,
      kind: row % 2 === 0 ? 'category' : 'competitors',
      categories: row % 2 === 0 ? CATEGORIES[brand % CATEGORIES.length]! : '',
      competitors: `Brand ${(brand + 1) % BRANDS};Brand ${(brand + 2) % BRANDS}`,
      platforms: row % 3 === 0 ? 'instagram;tiktok' : '',
      coverage: row % 5 === 0 ? 'any' : '',
      pre_days: '',
      post_days: String(row % 60),
      exceptions: '',
    };
    lines.push(CSV_COLUMNS.map((c) => cells[c]).join(','));
  }
  return lines.join('\n');
}

/**
 * Wall time, and the CPU time this process spent: on a shared machine wall time swings with other
 * people's load, CPU time much less; an idle machine's wall time is close to the CPU time.
 */
async function time<T>(label: string, work: () => T | Promise<T>): Promise<{ value: T; ms: number; cpuMs: number }> {
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const value = await work();
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(`${label.padEnd(48)} ${ms.toFixed(0).padStart(7)} ms wall ${cpuMs.toFixed(0).padStart(7)} ms CPU`);
  return { value, ms, cpuMs };
}

async function main() {
  const text = syntheticCsv(ROWS);
  console.log(`rows: ${ROWS} clause rows, ${(text.length / 1024 / 1024).toFixed(1)} MB of CSV (fake-indexeddb in Node ${process.version})`);
  await wipeAllData();

  const parsed = await time('parse + validate CSV', () => parseContractsCsv(text));
  if (!parsed.value.ok) throw new Error(JSON.stringify(parsed.value.errors.slice(0, 3)));
  const data = parsed.value.data;
  const preview = await time('preview (empty database)', () => previewImport(data, 'replace'));
  const first = await time('import, replace into empty database', () => importExchange(data, 'replace'));
  console.log(
    `total CSV text → committed rows: ${(parsed.ms + first.ms).toFixed(0)} ms wall, ${(parsed.cpuMs + first.cpuMs).toFixed(0)} ms CPU ` +
      `(preview shown to the user: +${preview.ms.toFixed(0)} ms wall); load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
  );
  console.log('stored:', JSON.stringify(await getStats()));

  await time('preview merge of the same file (all unchanged)', () => previewImport(data, 'merge'));
  await time('import, merge the same file again', () => importExchange(data, 'merge'));
  await time('import, replace over full database', () => importExchange(data, 'replace'));

  const jsonText = serialiseExchangeJson(data);
  const json = await time(`parse + validate JSON (${(jsonText.length / 1024 / 1024).toFixed(1)} MB)`, () => parseExchangeJson(jsonText));
  if (!json.value.ok) throw new Error('JSON round trip failed');
}

// Only when run directly: the browser benchmark imports syntheticCsv from here.
if (import.meta.url === `file://${process.argv[1]}`) await main();

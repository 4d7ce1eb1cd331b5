/**
 * 50,000 clause rows through the real options page in Chromium, as a user imports them: the file is
 * set on "Contract file", the preview appears, Import is pressed, the status reports the counts.
 * Uses the built extension (.output/chrome-mv3: run `npm run build` first) and the browser's own
 * IndexedDB. Prints numbers; asserts nothing.
 *
 *   npx tsx tests/bench/import-browser.bench.ts        (ROWS=… for another size)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launchExtension } from '@/lib/cli/browser';
import { syntheticCsv } from './import.bench';

const ROWS = Number(process.env.ROWS ?? 50_000);

async function main() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no build in ${EXTENSION_DIR}: run npm run build first`);
  const csv = syntheticCsv(ROWS);
  const harness = await launchExtension();
  try {
    const page = await harness.openExtensionPage('options.html');
    const chromiumVersion = harness.context.browser()?.version() ?? 'Chromium';
    console.log(`rows: ${ROWS} clause rows, ${(csv.length / 1024 / 1024).toFixed(1)} MB of CSV, ${chromiumVersion}, real IndexedDB`);
    for (const round of ['empty database', 'same file again (merge, all unchanged)']) {
      const started = performance.now();
      await page.getByLabel('Contract file').setInputFiles({ name: 'bench.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByRole('heading', { name: /Preview of bench\.csv/ }).waitFor({ timeout: 120_000 });
      const previewed = performance.now();
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      const status = page.getByRole('status').filter({ hasText: 'Imported' });
      await status.waitFor({ timeout: 120_000 });
      const committed = performance.now();
      console.log(`${round}:`);
      console.log(`  file chosen → preview shown          ${(previewed - started).toFixed(0).padStart(7)} ms`);
      console.log(`  Import pressed → committed, reported ${(committed - previewed).toFixed(0).padStart(7)} ms`);
      console.log(`  total                                ${(committed - started).toFixed(0).padStart(7)} ms`);
      console.log(`  status: ${await status.textContent()}`);
      // The next round starts from a fresh status.
      await page.reload();
    }
  } finally {
    await harness.close();
  }
}

await main();

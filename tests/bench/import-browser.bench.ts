/**
 * 50,000 clause rows through the real options page in Chromium, as a user imports them: the file is
 * set on "Contract file", the preview appears, Import is pressed, the status reports the counts.
 * Uses a built extension (EXTENSION_DIR, default .output/chrome-mv3: run `npm run build` first) and
 * the browser's own IndexedDB. Prints numbers; asserts nothing.
 *
 *   npx tsx tests/bench/import-browser.bench.ts        (ROWS=…, EXTENSION_DIR=… to change)
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchExtension } from '@/lib/cli/browser';
import { syntheticCsv } from './import.bench';

const ROWS = Number(process.env.ROWS ?? 50_000);
const EXTENSION_DIR = resolve(process.env.EXTENSION_DIR ?? join(import.meta.dirname, '../../.output/chrome-mv3'));

async function main() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no build in ${EXTENSION_DIR}: run npm run build first`);
  const csv = syntheticCsv(ROWS);
  const harness = await launchExtension({ extensionDir: EXTENSION_DIR });
  try {
    const page = await harness.openExtensionPage('options.html');
    const chromiumVersion = harness.context.browser()?.version() ?? 'Chromium';
    console.log(`rows: ${ROWS} clause rows, ${(csv.length / 1024 / 1024).toFixed(1)} MB of CSV, ${chromiumVersion}, real IndexedDB`);
    for (const round of ['empty database', 'same file again (merge, all unchanged)']) {
      const started = performance.now();
      // Handing 6.5 MB to the page over the DevTools protocol is the harness's cost, not the user's
      // (a file picked from disk is read in milliseconds), so it is timed apart.
      await page.getByLabel('Contract file').setInputFiles({ name: 'bench.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      const handedOver = performance.now();
      await page.getByRole('heading', { name: /Preview of bench\.csv/ }).waitFor({ timeout: 120_000 });
      const previewed = performance.now();
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      const status = page.getByRole('status').filter({ hasText: 'Imported' });
      await status.waitFor({ timeout: 120_000 });
      const committed = performance.now();
      const ms = (value: number) => `${value.toFixed(0).padStart(7)} ms`;
      console.log(`${round}:`);
      console.log(`  (harness: file handed to the page   ${ms(handedOver - started)})`);
      console.log(`  file read, parsed, checked, previewed ${ms(previewed - handedOver)}`);
      console.log(`  Import pressed → committed, reported  ${ms(committed - previewed)}`);
      console.log(`  total the user waits                  ${ms(committed - handedOver)}`);
      console.log(`  status: ${await status.textContent()}`);
      // The next round starts from a fresh status.
      await page.reload();
    }
  } finally {
    await harness.close();
  }
}

await main();

/**
 * The browser tests' way into the real extension. Launching Chromium and routing live in
 * lib/cli/browser.ts (shared with `npm run demo`); contracts are imported through the options page,
 * exactly as a user does.
 */
import type { ExchangeV1Input } from '@/lib/schema/contracts';
import type { ExtensionHarness } from '@/lib/cli/browser';

export { EXTENSION_DIR, launchExtension, serveSite } from '@/lib/cli/browser';
export type { ExtensionHarness, LaunchOptions } from '@/lib/cli/browser';

/**
 * Imports contracts the way a user does: the options page, a file in "Contract file", Import.
 * Resolves when the page reports the import.
 */
export async function importContracts(
  harness: ExtensionHarness,
  data: ExchangeV1Input | string,
  fileName = 'contracts.json',
): Promise<string> {
  const page = await harness.openExtensionPage('options.html');
  const body = typeof data === 'string' ? data : JSON.stringify(data);
  await page.getByLabel('Contract file').setInputFiles({
    name: fileName,
    mimeType: fileName.endsWith('.csv') ? 'text/csv' : 'application/json',
    buffer: Buffer.from(body),
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: 'Imported' });
  await status.waitFor({ timeout: 15_000 });
  const text = (await status.textContent()) ?? '';
  await page.close();
  return text;
}

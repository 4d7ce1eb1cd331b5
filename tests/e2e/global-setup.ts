import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, NO_CHROMIUM_MESSAGE } from '@/lib/cli/chromium';

// Fail the whole browser suite up front, with the fix, rather than with one timeout per test.
export default function checkBrowserSuitePrerequisites(): void {
  if (!findChromium()) throw new Error(NO_CHROMIUM_MESSAGE);
  const manifest = resolve(import.meta.dirname, '../../.output/chrome-mv3/manifest.json');
  if (!existsSync(manifest)) {
    throw new Error('The extension is not built: run `npm run build` (npm test does it for you) before the browser suite.');
  }
}

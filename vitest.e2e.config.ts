import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Browser suite: Debian's Chromium (playwright-core) with the built extension (.output/chrome-mv3).
// One file at a time: every file starts its own browser and the machine has two cores.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

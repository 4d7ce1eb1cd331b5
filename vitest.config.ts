import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// One runner for every suite. Unit and component tests run in happy-dom with WXT's fake browser;
// the browser suite (tests/e2e) drives Debian's Chromium with the built extension and runs last,
// one file at a time, because it shares one build and two cores.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
  },
});

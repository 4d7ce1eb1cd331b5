/**
 * The browser tests' way into the real extension. Launching Chromium, routing and importing contracts
 * through the options page (as a user does) live in lib/cli/browser.ts, shared with `npm run demo`.
 */
export { EXTENSION_DIR, importContracts, launchExtension, runningServiceWorker, serveSite, stopServiceWorker } from '@/lib/cli/browser';
export type { ExtensionHarness, LaunchOptions } from '@/lib/cli/browser';

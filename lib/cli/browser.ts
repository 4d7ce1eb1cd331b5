/**
 * Drives Debian's Chromium with the built extension loaded, and serves our own fixture pages at the
 * real site URLs so that the content scripts' match patterns fire exactly as on the live sites.
 * Used by the browser tests and by `npm run demo`. Nothing leaves the machine: every request that no route answers is aborted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { ExchangeV1Input } from '@/lib/schema/contracts';
import { findChromium, NO_CHROMIUM_MESSAGE } from './chromium';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface ExtensionHarness {
  context: BrowserContext;
  extensionId: string;
  background: Worker;
  /** Opens one of the extension's own pages (popup.html, options.html) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Load the extension (default) or run the same browser without it, for baselines. */
  withExtension?: boolean;
  viewport?: { width: number; height: number };
  /** Headless by default; the demo shows a window when a display is there. */
  headless?: boolean;
  /** Another unpacked build than .output/chrome-mv3 (benchmarks compare builds). */
  extensionDir?: string;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionHarness> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  const withExtension = options.withExtension ?? true;
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const userDataDir = mkdtempSync(join(tmpdir(), 'conflict-lens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // This machine has no network: without these Chromium keeps opening refused connections.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Only routes registered by the test answer; anything else (fonts, trackers) fails fast offline.
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));

  let background: Worker | undefined;
  let extensionId = '';
  if (withExtension) {
    background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(background.url()).host;
  }

  return {
    context,
    extensionId,
    get background(): Worker {
      if (!background) throw new Error('launched without the extension: no background');
      return background;
    },
    async openExtensionPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Stops the extension's service worker as Chromium does after half a minute idle, and resolves once it
 * has stopped; the next message from a page starts it again. `page` is any open tab (DevTools'
 * ServiceWorker domain is reached through it).
 */
export async function stopServiceWorker(harness: ExtensionHarness, page: Page): Promise<void> {
  const cdp = await harness.context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const ours = versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${harness.extensionId}/`));
      if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
  // A message sent while the worker is still being torn down finds no listener: let it finish.
  await new Promise((resolve) => setTimeout(resolve, 500));
}

/** The extension's running service worker, waiting for it to start if none is. */
export async function runningServiceWorker(harness: ExtensionHarness): Promise<Worker> {
  return harness.context.serviceWorkers()[0] ?? (await harness.context.waitForEvent('serviceworker', { timeout: 30_000 }));
}

/**
 * Serves `routes` (path with query, or path alone → HTML) at a real site origin, e.g.
 * serveSite(context, 'https://www.instagram.com', { '/': feedHtml, '/p/abc/': postHtml }).
 */
export async function serveSite(context: BrowserContext, origin: string, routes: Record<string, string>): Promise<void> {
  await context.route(`${origin}/**`, (route) => {
    const url = new URL(route.request().url());
    const html = routes[url.pathname + url.search] ?? routes[url.pathname];
    if (html === undefined) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not served by the test' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

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

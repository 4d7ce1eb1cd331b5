/**
 * `npm run demo`: the extension's main job on bundled pages, end to end.
 *
 *   built extension ─▶ Chromium (playwright-core) ─▶ options page: import sample contracts
 *                                      └─▶ demo pages served at the real site URLs ─▶ badges, popup
 *
 * Prints what each page showed and writes screenshots to demo-output/. Headless unless a display is
 * available; with a display the browser stays open until Ctrl+C.
 */
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { importContracts, launchExtension, serveSite, type ExtensionHarness } from './browser';

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO = join(ROOT, 'assets/demo');
const OUT = join(ROOT, 'demo-output');

/** Demo pages by file name: `<site>-<anything>.html`, served at the path given in its first comment. */
interface DemoPage {
  file: string;
  url: string;
  html: string;
}

const ORIGINS: Record<string, string> = {
  instagram: 'https://www.instagram.com',
  tiktok: 'https://www.tiktok.com',
  youtube: 'https://www.youtube.com',
};

function demoPages(): DemoPage[] {
  return readdirSync(join(DEMO, 'pages'))
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(join(DEMO, 'pages', file), 'utf8');
      // Each page names its own address: <!-- url: https://www.instagram.com/marta.runs/ -->
      const url = /<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1];
      if (!url) throw new Error(`${file}: first line must be <!-- url: https://… -->`);
      return { file, url, html };
    });
}

async function serveDemoPages(harness: ExtensionHarness, pages: DemoPage[]): Promise<void> {
  for (const origin of Object.values(ORIGINS)) {
    const routes: Record<string, string> = {};
    for (const page of pages) {
      const url = new URL(page.url);
      if (url.origin === origin) routes[url.pathname + url.search] = page.html;
    }
    await serveSite(harness.context, origin, routes);
  }
}

/** Scrolls through the page so every post comes near the viewport, then waits for verdicts to settle. */
async function scanLikeAReader(page: Page): Promise<Record<'conflict' | 'warning' | 'clear', number>> {
  const scanned = () => page.locator('[data-conflict-lens]').count();
  for (let round = 0; round < 40; round++) {
    const atBottom = await page.evaluate(() => window.scrollY + window.innerHeight >= document.body.scrollHeight - 2);
    if (atBottom) break;
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(150);
  }
  // Settled: at least one post scanned and the count unchanged for three polls (or 10 s passed).
  let previous = -1;
  let stable = 0;
  for (const deadline = Date.now() + 10_000; Date.now() < deadline && stable < 3; ) {
    await page.waitForTimeout(250);
    const count = await scanned();
    stable = count > 0 && count === previous ? stable + 1 : 0;
    previous = count;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  const count = (level: string) => page.locator(`[data-conflict-lens="${level}"]`).count();
  return { conflict: await count('conflict'), warning: await count('warning'), clear: await count('clear') };
}

async function tabIdOf(harness: ExtensionHarness, url: string): Promise<number | undefined> {
  return harness.background.evaluate(async (pageUrl: string) => {
    // Runs inside the extension's service worker, where `chrome` is the extension API.
    type TabsApi = { tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> } };
    const tabs = await (globalThis as unknown as { chrome: TabsApi }).chrome.tabs.query({});
    return tabs.find((tab) => tab.url === pageUrl)?.id;
  }, url);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const headless = !process.env.DISPLAY || Boolean(process.env.CI);
  const harness = await launchExtension({ headless });
  try {
    const contracts = readFileSync(join(DEMO, 'sample-contracts.json'), 'utf8');
    console.log(`Options page: ${await importContracts(harness, contracts, 'sample-contracts.json')}`);
    const pages = demoPages();
    await serveDemoPages(harness, pages);
    for (const demo of pages) {
      const page = await harness.context.newPage();
      await page.goto(demo.url);
      const levels = await scanLikeAReader(page);
      const shot = join(OUT, demo.file.replace(/\.html$/, '.png'));
      await page.screenshot({ path: shot, fullPage: true });
      console.log(
        `${demo.url}\n  ${levels.conflict} conflict, ${levels.warning} warning, ${levels.clear} clear  → ${shot}`,
      );
      const tabId = await tabIdOf(harness, page.url());
      if (tabId !== undefined) {
        const popup = await harness.openExtensionPage(`popup.html?tabId=${tabId}`);
        await popup.setViewportSize({ width: 460, height: 640 });
        await popup.getByTestId('tab-summary').waitFor({ timeout: 10_000 }).catch(() => undefined);
        const popupShot = join(OUT, demo.file.replace(/\.html$/, '.popup.png'));
        await popup.screenshot({ path: popupShot, fullPage: true });
        console.log(`  popup: ${(await popup.getByTestId('tab-summary').textContent().catch(() => null)) ?? '(no summary)'}  → ${popupShot}`);
        await popup.close();
      }
      if (headless) await page.close();
    }
    if (!headless) {
      console.log('The browser stays open: look around, then press Ctrl+C.');
      await new Promise(() => undefined);
    }
  } finally {
    if (headless) await harness.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/**
 * The whole pipe in the real browser, as a user meets it: sample contracts imported through the options
 * page, then the bundled demo pages (the ones `npm run demo` shows) opened at their real site URLs.
 * A post by a contracted creator that mentions a competitor with sponsorship evidence during an active
 * clause is highlighted in the page and listed in the popup; the same creator's other posts are not.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importContracts, launchExtension, serveSite, type ExtensionHarness } from './harness';

const DEMO = resolve(import.meta.dirname, '../../assets/demo');
const demoPage = (file: string) => readFileSync(resolve(DEMO, 'pages', file), 'utf8');

let harness: ExtensionHarness;

beforeAll(async () => {
  harness = await launchExtension();
  const status = await importContracts(harness, readFileSync(resolve(DEMO, 'sample-contracts.json'), 'utf8'), 'sample-contracts.json');
  expect(status).toContain('Imported');
  await serveSite(harness.context, 'https://www.instagram.com', { '/marta.runs/': demoPage('instagram-profile-marta.html') });
  await serveSite(harness.context, 'https://www.tiktok.com', { '/foryou': demoPage('tiktok-foryou.html') });
  await serveSite(harness.context, 'https://www.youtube.com', { '/watch': demoPage('youtube-watch-tom.html') });
});

afterAll(async () => {
  await harness?.close();
});

/** The level the extension gave the post container holding `selector`, once it has one. */
async function levelOf(page: Page, containerSelector: string): Promise<string | null> {
  const container = page.locator(`${containerSelector}[data-conflict-lens]`);
  await container.first().waitFor({ timeout: 15_000 });
  return container.first().getAttribute('data-conflict-lens');
}

async function openPopupFor(page: Page): Promise<Page> {
  const tabId = await harness.background.evaluate(async (url: string) => {
    type TabsApi = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
    const tabs = await (globalThis as unknown as { chrome: TabsApi }).chrome.tabs.query({});
    return tabs.find((tab) => tab.url === url)?.id;
  }, page.url());
  expect(tabId, 'the site tab is known to the extension').toBeTypeOf('number');
  return harness.openExtensionPage(`popup.html?tabId=${tabId}`);
}

describe('Instagram profile of a Nike-contracted runner', () => {
  let page: Page;
  beforeAll(async () => {
    page = await harness.context.newPage();
    await page.goto('https://www.instagram.com/marta.runs/');
  });

  it('flags the gifted Adidas post (named competitor, coverage "any") as a conflict', async () => {
    expect(await levelOf(page, 'article:has(a[href="/p/DmRunAdi01/"])')).toBe('conflict');
  });

  it('leaves her own Nike #ad post and the #adventure post clear', async () => {
    expect(await levelOf(page, 'article:has(a[href="/p/DmRunNik02/"])')).toBe('clear');
    expect(await levelOf(page, 'article:has(a[href="/p/DmRunCof03/"])')).toBe('clear');
  });

  it('shows a visible badge that says what it is', async () => {
    const badge = page.locator('[data-conflict-lens-ui]').getByRole('button', { name: /conflict/i }).first();
    await expect.poll(() => badge.isVisible(), { timeout: 10_000 }).toBe(true);
  });

  it('lists the conflict in the popup with the brand and the contract', async () => {
    const popup = await openPopupFor(page);
    const summary = popup.getByTestId('tab-summary');
    await expect.poll(() => summary.textContent(), { timeout: 10_000 }).toContain('1 conflict');
    expect(await summary.textContent()).toContain('Instagram profile: 3 posts scanned');
    const list = popup.getByRole('list', { name: 'Conflicts and warnings' });
    const text = await list.textContent();
    expect(text).toContain('@marta.runs');
    expect(text).toContain('Adidas');
    expect(text).toContain('contract c-002');
    await popup.close();
  });
});

describe('TikTok For You with a paid Burger King partnership', () => {
  it('flags the labelled Burger King video of a McDonald\u2019s creator and not his gaming video', async () => {
    const page = await harness.context.newPage();
    await page.goto('https://www.tiktok.com/foryou');
    const item = (videoId: string) => `[data-e2e="recommend-list-item-container"]:has(a[href$="/video/${videoId}"])`;
    expect(await levelOf(page, item('7571863205253778710'))).toBe('conflict');
    expect(await levelOf(page, item('7571863205253778999'))).toBe('clear');
    await page.close();
  });
});

describe('YouTube watch page with "Includes paid promotion"', () => {
  it('flags a Surfshark sponsorship by a NordVPN creator (category clause)', async () => {
    const page = await harness.context.newPage();
    await page.goto('https://www.youtube.com/watch?v=Tm0VpnTr4v1');
    const level = await page.waitForFunction(
      () => document.querySelector('[data-conflict-lens]')?.getAttribute('data-conflict-lens') ?? null,
      undefined,
      { timeout: 15_000 },
    );
    expect(await level.jsonValue()).toBe('conflict');
    const popup = await openPopupFor(page);
    const list = popup.getByRole('list', { name: 'Conflicts and warnings' });
    await list.waitFor({ timeout: 10_000 });
    expect(await list.textContent()).toContain('Surfshark');
    await popup.close();
    await page.close();
  });
});

/**
 * The popup's daily tools in the real browser, through its real UI: the demo Instagram profile of a
 * Nike-contracted runner (sample contracts imported through the options page), the creator card with her
 * exclusivity window and the competitor post found on the page, the vetting report download, the draft
 * check (run by the background's engine) and the dismissed-findings list with Undo.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importContracts, launchExtension, serveSite, type ExtensionHarness } from './harness';

const DEMO = resolve(import.meta.dirname, '../../assets/demo');
const PROFILE_URL = 'https://www.instagram.com/marta.runs/';
const ADIDAS_POST = 'article:has(a[href="/p/DmRunAdi01/"])';

let harness: ExtensionHarness;
let site: Page;
let popup: Page;

async function tabIdOf(url: string): Promise<number> {
  const tabId = await harness.background.evaluate(async (wanted: string) => {
    type TabsApi = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
    const tabs = await (globalThis as unknown as { chrome: TabsApi }).chrome.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id;
  }, url);
  expect(tabId, 'the site tab is known to the extension').toBeTypeOf('number');
  return tabId!;
}

async function levelOf(selector: string): Promise<string | null> {
  const container = site.locator(`${selector}[data-conflict-lens]`);
  await container.first().waitFor({ timeout: 15_000 });
  return container.first().getAttribute('data-conflict-lens');
}

beforeAll(async () => {
  harness = await launchExtension();
  const status = await importContracts(harness, readFileSync(resolve(DEMO, 'sample-contracts.json'), 'utf8'), 'sample-contracts.json');
  expect(status).toContain('Imported');
  await serveSite(harness.context, 'https://www.instagram.com', { '/marta.runs/': readFileSync(resolve(DEMO, 'pages/instagram-profile-marta.html'), 'utf8') });
  site = await harness.context.newPage();
  await site.goto(PROFILE_URL);
  expect(await levelOf(ADIDAS_POST)).toBe('conflict');

  popup = await harness.context.newPage();
  // "Today" for the creator card: the window (2025-12-18 … 2027-03-01) is then active whatever the machine's date.
  await popup.clock.setFixedTime(new Date('2026-11-28T12:00:00Z'));
  await popup.goto(`chrome-extension://${harness.extensionId}/popup.html?tabId=${await tabIdOf(PROFILE_URL)}`);
});

afterAll(async () => {
  await harness?.close();
});

describe('popup on the demo Instagram profile', () => {
  it('shows the creator card with her Nike exclusivity and the Adidas post found on the page', async () => {
    const summary = popup.getByTestId('tab-summary');
    await expect.poll(() => summary.textContent(), { timeout: 10_000 }).toBe('Instagram profile: 3 posts scanned, 1 conflict, 0 warnings');
    const card = popup.getByTestId('creator-card');
    await card.waitFor({ timeout: 10_000 });
    await expect(card.getByRole('heading', { name: 'Marta Runs' }).isVisible()).resolves.toBe(true);
    const timeline = (await card.getByRole('list', { name: 'Exclusivity timeline' }).textContent()) ?? '';
    expect(timeline).toContain('Nike · named competitors: Adidas, Puma');
    expect(timeline).toContain('Instagram, TikTok');
    expect(timeline).toContain('Active (contract running): locked 93 more days, until 2027-03-01');
    expect(timeline).toContain('14 days before from 2025-12-18, contract 2026-01-01 to 2026-12-31, 60 days after until 2027-03-01');
    const sponsorships = (await card.getByRole('list', { name: /Competitor sponsorships/ }).textContent()) ?? '';
    expect(sponsorships).toContain('Adidas');
    expect(sponsorships).toContain('2026-11-20');
  });

  it('downloads the vetting report as CSV with the post URL, date, contract and rule', async () => {
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^conflict-lens-instagram-marta\.runs-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    const [header, row, ...rest] = csv.trimEnd().split('\r\n');
    expect(header).toBe('post_url,date,author,level,contract,clause,brand,rule,evidence');
    expect(rest).toEqual([]);
    expect(row).toMatch(/^https:\/\/www\.instagram\.com\/p\/DmRunAdi01\/,2026-11-20T08:30:00\.000Z,marta\.runs,conflict,c-002,1,Adidas,"competitor-mention: /);
  });

  it('checks a draft through the real engine, reached with the keyboard', async () => {
    await popup.getByRole('tab', { name: 'This page' }).focus();
    await popup.keyboard.press('ArrowRight');
    await expect(popup.getByRole('tab', { name: 'Draft check' }).getAttribute('aria-selected')).resolves.toBe('true');
    await popup.keyboard.press('Tab'); // the panel
    await popup.keyboard.press('Tab');
    await expect(popup.evaluate(() => document.activeElement?.id.endsWith('-creator'))).resolves.toBe(true);

    await popup.getByLabel('Creator').selectOption({ label: 'Marta Runs' });
    await expect(popup.getByLabel('Handle').inputValue()).resolves.toBe('marta.runs');
    await popup.getByLabel('Planned date').fill('2026-06-01');
    await popup.getByLabel('Caption').fill('#ad loving my new @adidas runners');
    await popup.getByRole('button', { name: 'Check draft' }).click();
    const breaches = popup.getByRole('list', { name: 'Clauses this draft would breach' });
    await breaches.waitFor({ timeout: 10_000 });
    const text = (await breaches.textContent()) ?? '';
    expect(text).toContain('Adidas');
    expect(text).toContain('contract c-002, clause 1');
    await expect(popup.getByTestId('disclosure-verdict').textContent()).resolves.toMatch(/^✓ Adequate/);

    // Her own brand with a code, a weak tag behind a negation: no clause breached, but the disclosure fails.
    await popup.getByLabel('Caption').fill('Not sponsored! My favourite @nike shoes, use code MARTA10 for 10% off #collab');
    await popup.getByRole('button', { name: 'Check draft' }).click();
    await expect.poll(() => popup.getByTestId('disclosure-verdict').textContent(), { timeout: 10_000 }).toBe('✗ Not adequate.');
    const problems = (await popup.getByRole('list', { name: 'Disclosure problems' }).textContent()) ?? '';
    expect(problems).toContain('says the post is not paid');
    expect(problems).toContain('Nike is a contracted brand');
  });

  it('lists a finding dismissed in the page and undoes it from the popup', async () => {
    // The Adidas post is the page's only conflict, so its badge is the only one that says so.
    await site.locator('[data-conflict-lens-ui]').getByRole('button', { name: 'Conflict Lens: conflict' }).click();
    await site.getByRole('dialog').getByRole('button', { name: 'Not a conflict' }).click();
    await expect.poll(() => site.locator(`${ADIDAS_POST}[data-conflict-lens]`).getAttribute('data-conflict-lens'), { timeout: 10_000 }).toBe('clear');

    await popup.getByRole('tab', { name: /^Dismissed/ }).click();
    const list = popup.getByRole('list', { name: 'Dismissed findings' });
    await list.waitFor({ timeout: 10_000 });
    expect(await list.textContent()).toContain('https://www.instagram.com/p/DmRunAdi01/');
    await list.getByRole('button', { name: 'Undo: Adidas, contract c-002, clause 1' }).click();
    await expect.poll(() => site.locator(`${ADIDAS_POST}[data-conflict-lens]`).getAttribute('data-conflict-lens'), { timeout: 10_000 }).toBe('conflict');
    await expect(popup.getByText(/Nothing dismissed/).isVisible()).resolves.toBe(true);
  });
});

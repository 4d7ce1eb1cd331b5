/**
 * The in-page overlay in the real browser: the built extension on our own Instagram-like page served at
 * https://www.instagram.com/, with contracts imported through the options page as a user does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importContracts, launchExtension, serveSite, type ExtensionHarness } from './harness';
import { instagramFeedPage, instagramPostHtml, sampleContracts, type FixturePost } from '../bench/page-fixtures';

const conflict: FixturePost = { code: 'Conf1ict01', author: 'illojuan', caption: 'Probando el nuevo menú de @burgerking #ad' };
const clean: FixturePost = { code: 'C1eanPost1', author: 'illojuan', caption: 'Un día de playa con amigos' };
const hostile: FixturePost = {
  code: 'Hosti1e001',
  author: 'illojuan',
  caption: '<img src=x onerror="document.title=\'pwned\'"><script>document.title=\'pwned\'</script> \u202E@burgerking\u202C #ad',
};
const kfc: FixturePost = { code: 'KfcPost001', author: 'illojuan', caption: 'Cena con @kfc #ad' };
// Instagram's header label for a post made with two sponsors links both; the contracted brand comes first.
const twoPartners: FixturePost = {
  code: 'Partner001',
  author: 'illojuan',
  caption: 'Hora de comer',
  labelHtml: 'Paid partnership with <a href="/mcdonalds/" role="link">mcdonalds</a> and <a href="/burgerking/" role="link">burgerking</a>',
};
const filler = (i: number): FixturePost => ({ code: `Fi11er${String(i).padStart(4, '0')}`, author: 'someone', caption: `Post ${i}` });

// The page swaps its feed and pushes a new URL, as Instagram's client-side navigation does.
const spaScript = `<script>
window.goNext = () => {
  history.pushState({}, '', '/?page=2');
  document.getElementById('feed').innerHTML = ${JSON.stringify(instagramPostHtml({ code: 'SpaPost001', author: 'illojuan', caption: 'Después de navegar @burgerking #ad' }))};
};
</script>`;

/** The extension APIs as seen from one of its pages (typed here: the test runs in Node). */
interface ExtensionApis {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>>; sendMessage(id: number, m: unknown): Promise<unknown> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
}
type WithChrome = { chrome: ExtensionApis };

let harness: ExtensionHarness;
let page: Page;

const levelOf = (code: string) =>
  page.locator(`article:has(a[href="/p/${code}/"])`).getAttribute('data-conflict-lens', { timeout: 15_000 });

async function waitForLevel(code: string, level: string): Promise<void> {
  await page.locator(`article[data-conflict-lens="${level}"]:has(a[href="/p/${code}/"])`).waitFor({ timeout: 15_000 });
}

/**
 * The badge drawn over an article: the one whose box lies in the article's top-right corner. Badges are
 * placed on the next animation frame after the verdict, so the corner is watched for a while (on a busy
 * machine that frame comes late) rather than looked at once.
 */
async function badgeOf(code: string) {
  const handle = await page
    .waitForFunction(
      (c) => {
        const article = document.querySelector(`article:has(a[href="/p/${c}/"])`)?.getBoundingClientRect();
        const host = document.querySelector('[data-conflict-lens-ui]');
        if (!article || !host?.shadowRoot) return null;
        const badges = [...host.shadowRoot.querySelectorAll<HTMLElement>('button.badge:not([hidden])')];
        const mine = badges.find((b) => {
          const r = b.getBoundingClientRect();
          return r.top >= article.top && r.bottom <= article.top + 60 && r.right <= article.right && r.left >= article.left;
        });
        return mine?.dataset.postKey ?? null;
      },
      code,
      { timeout: 10_000 },
    )
    .catch(() => null);
  const key = handle === null ? null : ((await handle.jsonValue()) as string | null);
  expect(key, `a badge in the top-right corner of post ${code}`).not.toBeNull();
  return page.locator(`[data-conflict-lens-ui] button.badge[data-post-key="${key}"]`);
}

/** What the popup does: find the site's tab and message its content script (sent from the background). */
async function sendToTab(message: unknown): Promise<unknown> {
  return harness.background.evaluate(async (msg) => {
    const { chrome } = globalThis as unknown as WithChrome;
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url?.startsWith('https://www.instagram.com/'));
    return chrome.tabs.sendMessage(tab!.id!, msg);
  }, message);
}

beforeAll(async () => {
  harness = await launchExtension();
  await importContracts(harness, sampleContracts());
  const many = Array.from({ length: 30 }, (_, i) => filler(i));
  await serveSite(harness.context, 'https://www.instagram.com', {
    '/': instagramFeedPage([conflict, clean, hostile, kfc], { tail: spaScript }),
    '/?long=1': instagramFeedPage([...many, conflict]),
    '/?label=1': instagramFeedPage([twoPartners]),
  });
  page = await harness.context.newPage();
});

afterAll(async () => {
  await harness?.close();
});

describe('in-page overlay (Chromium, built extension)', () => {
  it('marks the competitor post as a conflict with a visible badge and the unrelated post as clear', async () => {
    await page.goto('https://www.instagram.com/');
    await waitForLevel(conflict.code, 'conflict');
    await waitForLevel(clean.code, 'clear');
    const badge = await badgeOf(conflict.code);
    await expect(badge.isVisible()).resolves.toBe(true);
    await expect(badge.getAttribute('aria-label')).resolves.toBe('Conflict Lens: conflict');
    await expect(badge.textContent()).resolves.toContain('Conflict');
    await expect(page.getByRole('button', { name: 'Conflict Lens: clear' }).first().isVisible()).resolves.toBe(true);
  });

  it('opens the evidence with contract, clause, brand and the matched words highlighted', async () => {
    await (await badgeOf(conflict.code)).click();
    const dialog = page.getByRole('dialog', { name: 'Conflict Lens: conflict' });
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('c-001');
    expect(text).toContain('Burger King');
    await expect(dialog.locator('mark.brand').first().textContent()).resolves.toBe('@burgerking');
    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
  });

  it('shows a hostile caption as inert text', async () => {
    await waitForLevel(hostile.code, 'conflict');
    await (await badgeOf(hostile.code)).click();
    const caption = page.getByRole('dialog').locator('.caption');
    await expect(caption.textContent()).resolves.toContain("<script>document.title='pwned'</script>");
    await expect(caption.locator('img, script').count()).resolves.toBe(0);
    await expect(caption.locator('.control').allTextContents()).resolves.toEqual(['U+202E', 'U+202C']);
    await expect(page.title()).resolves.toBe('Instagram');
    await page.keyboard.press('Escape');
  });

  it('remembers "Not a conflict" across reloads and applies an undo made elsewhere without reload', async () => {
    await (await badgeOf(conflict.code)).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Not a conflict' }).click();
    await waitForLevel(conflict.code, 'clear');
    await page.reload();
    await waitForLevel(hostile.code, 'conflict');
    await expect(levelOf(conflict.code)).resolves.toBe('clear');

    const ext = await harness.openExtensionPage('popup.html');
    await ext.evaluate(() => (globalThis as unknown as WithChrome).chrome.storage.local.set({ dismissals: [] }));
    await ext.close();
    await waitForLevel(conflict.code, 'conflict');
  });

  it('re-checks open posts when the contracts change, without reload', async () => {
    await expect(levelOf(kfc.code)).resolves.toBe('clear');
    const data = sampleContracts();
    data.brands!.push({ id: 'kfc', name: 'KFC', handles: { instagram: ['kfc'] }, categories: ['fast-food'] });
    data.contracts![0]!.clauses[0]!.competitorIds!.push('kfc');
    await importContracts(harness, data);
    await waitForLevel(kfc.code, 'conflict');
  });

  it('answers the popup with this page\'s findings, in page order', async () => {
    const answer = (await sendToTab({ type: 'tab-findings' })) as {
      ok: boolean; scanned: number; findings: Array<{ level: string; result: { url: string } }>;
    };
    expect(answer.ok).toBe(true);
    expect(answer.scanned).toBe(4);
    expect(answer.findings.map((f) => [f.level, f.result.url])).toEqual([
      ['conflict', `https://www.instagram.com/p/${conflict.code}/`],
      ['conflict', `https://www.instagram.com/p/${hostile.code}/`],
      ['conflict', `https://www.instagram.com/p/${kfc.code}/`],
    ]);
  });

  it('starts over on client-side navigation', async () => {
    await page.evaluate(() => (window as unknown as { goNext(): void }).goNext());
    await waitForLevel('SpaPost001', 'conflict');
    const answer = (await sendToTab({ type: 'tab-findings' })) as { page: { url: string }; findings: Array<{ result: { url: string } }> };
    // The findings belong to the new URL: nothing of the old page survives the navigation.
    expect(answer.page.url).toBe('https://www.instagram.com/?page=2');
    expect(answer.findings.map((f) => f.result.url)).toEqual(['https://www.instagram.com/p/SpaPost001/']);
  });

  it('scrolls to a post chosen in the popup and flashes it', async () => {
    await page.goto('https://www.instagram.com/?long=1');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight)); // bring the last post near
    await waitForLevel(conflict.code, 'conflict');
    await page.evaluate(() => window.scrollTo(0, 0));
    const findings = (await sendToTab({ type: 'tab-findings' })) as { findings: Array<{ key: string }> };
    const key = findings.findings[0]!.key;
    await expect(sendToTab({ type: 'focus-post', key })).resolves.toEqual({ ok: true });
    await page.waitForFunction(
      (code) => {
        const r = document.querySelector(`article:has(a[href="/p/${code}/"])`)!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      },
      conflict.code,
      { timeout: 5_000 },
    );
    await expect(page.locator('[data-conflict-lens-ui] [data-flash]').count()).resolves.toBe(1);
  });

  it('reads every partner of a paid-partnership label: a competitor named second is a conflict', async () => {
    await page.goto('https://www.instagram.com/?label=1');
    await waitForLevel(twoPartners.code, 'conflict');
    await (await badgeOf(twoPartners.code)).click();
    const dialog = page.getByRole('dialog', { name: 'Conflict Lens: conflict' });
    await expect(dialog.textContent()).resolves.toContain('Burger King');
  });
});

import { browser } from 'wxt/browser';
import { TabFindingsSchema, type TabRequest } from '@/lib/schema/messages';
import type { TabState } from '@/components/popup/PopupView';

const SUPPORTED_HOSTS = /^https:\/\/(www\.|m\.)?(instagram|tiktok|youtube)\.com\//;

/**
 * The tab the popup is about: the active tab of the current window, or the one named by `?tabId=`
 * when the popup is opened as a page of its own (a detached window, and the browser tests).
 */
async function activeTab() {
  const pinned = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(pinned) && pinned > 0) return browser.tabs.get(pinned);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/**
 * Asks the active tab's content script what it found. The answer is validated like any message:
 * the content script shares its page with site code.
 */
export async function readActiveTab(): Promise<TabState> {
  const tab = await activeTab();
  if (!tab?.id || !tab.url || !SUPPORTED_HOSTS.test(tab.url)) return { status: 'unsupported' };
  try {
    const answer: unknown = await browser.tabs.sendMessage(tab.id, { type: 'tab-findings' } satisfies TabRequest);
    const parsed = TabFindingsSchema.safeParse(answer);
    if (!parsed.success) return { status: 'not-scanned', reason: 'This tab sent an answer Conflict Lens could not read; reload the tab.' };
    return { status: 'scanned', findings: parsed.data };
  } catch {
    // No content script yet: the tab was open before the extension was installed or updated.
    return { status: 'not-scanned', reason: 'This tab has not been scanned yet: reload it to check its posts.' };
  }
}

export async function focusPostInActiveTab(key: string): Promise<void> {
  const tab = await activeTab();
  if (!tab?.id) return;
  await browser.tabs.sendMessage(tab.id, { type: 'focus-post', key } satisfies TabRequest);
}

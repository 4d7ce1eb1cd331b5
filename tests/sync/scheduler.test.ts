import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getStats, wipeAllData } from '@/lib/db';
import { applySchedule, isSyncMessage, readSyncStatus, startSyncScheduler, SYNC_ALARM, writeSyncSettings } from '@/lib/sync';
import { json, sampleExchange } from '../exchange/sample';
import { etagServer, testDeps } from './helpers';

const URL_ = 'https://contracts.example.org/contracts.json';
const optionsPage = { tab: { id: 3 }, url: 'chrome-extension://abc/options.html' };

beforeEach(async () => {
  fakeBrowser.reset();
  // fakeBrowser has no getURL; the real one names the extension's own origin.
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => `chrome-extension://abc${path}`);
  await wipeAllData();
});

/** Settings changes reach the scheduler through storage.onChanged, which fakeBrowser fires asynchronously. */
async function alarmPeriod(): Promise<number | undefined> {
  return (await fakeBrowser.alarms.get(SYNC_ALARM))?.periodInMinutes;
}

describe('sync schedule', () => {
  it('keeps one alarm that follows the schedule the user saves', async () => {
    const scheduler = startSyncScheduler(testDeps(etagServer(() => ({ text: json(sampleExchange()), etag: '"1"' })).fetch));
    await scheduler.ready;
    expect(await alarmPeriod()).toBeUndefined();

    await writeSyncSettings({ url: URL_, schedule: 'hourly' });
    await vi.waitFor(async () => expect(await alarmPeriod()).toBe(60));
    await writeSyncSettings({ url: URL_, schedule: 'daily' });
    await vi.waitFor(async () => expect(await alarmPeriod()).toBe(24 * 60));
    await writeSyncSettings({ url: URL_, schedule: 'off' });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.getAll()).toEqual([]));
  });

  it('does not push an unchanged schedule back when the worker restarts', async () => {
    await writeSyncSettings({ url: URL_, schedule: 'hourly' });
    // The alarm as the browser kept it from before the restart, due at its own time.
    await fakeBrowser.alarms.create(SYNC_ALARM, { when: 123, periodInMinutes: 60 });
    await applySchedule();
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ scheduledTime: 123, periodInMinutes: 60 });
  });

  it('syncs when the alarm fires', async () => {
    await writeSyncSettings({ url: URL_, schedule: 'hourly' });
    const server = etagServer(() => ({ text: json(sampleExchange()), etag: '"1"' }));
    const scheduler = startSyncScheduler(testDeps(server.fetch));
    await scheduler.ready;
    await fakeBrowser.alarms.onAlarm.trigger({ name: SYNC_ALARM, scheduledTime: Date.now(), periodInMinutes: 60 });
    await vi.waitFor(async () => expect((await readSyncStatus())?.lastOutcome).toBe('imported'));
    expect((await getStats()).contracts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });
});

describe('sync-now message', () => {
  it('answers the options page with the attempt\'s status, and runs one attempt for overlapping requests', async () => {
    await writeSyncSettings({ url: URL_, schedule: 'off' });
    const server = etagServer(() => ({ text: json(sampleExchange()), etag: '"1"' }));
    const scheduler = startSyncScheduler(testDeps(server.fetch));
    const [a, b] = await Promise.all([
      scheduler.handleMessage({ type: 'sync-now' }, optionsPage),
      scheduler.handleMessage({ type: 'sync-now' }, optionsPage),
    ]);
    expect(server.requests).toHaveLength(1);
    expect(a).toEqual(b);
    expect(a.ok && a.status.lastOutcome).toBe('imported');
  });

  it('refuses a content script and a malformed message without fetching', async () => {
    await writeSyncSettings({ url: URL_, schedule: 'off' });
    const server = etagServer(() => ({ text: json(sampleExchange()), etag: '"1"' }));
    const scheduler = startSyncScheduler(testDeps(server.fetch));
    const fromPage = await scheduler.handleMessage({ type: 'sync-now' }, { tab: { id: 9 }, url: 'https://www.tiktok.com/@x' });
    expect(fromPage).toEqual({ ok: false, error: "sync requests are accepted from the extension's own pages only" });
    const malformed = await scheduler.handleMessage({ type: 'sync-later' }, optionsPage);
    expect(malformed.ok).toBe(false);
    expect(!malformed.ok && malformed.error).toMatch(/^invalid sync request: /);
    expect(isSyncMessage({ type: 'analyse' })).toBe(false);
    expect(isSyncMessage({ type: 'sync-now' })).toBe(true);
    expect(isSyncMessage('sync-now')).toBe(false);
    expect(server.requests).toHaveLength(0);
  });
});

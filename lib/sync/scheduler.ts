/**
 * The background side of the sync: one alarm for the schedule, one message ("sync-now") for the options
 * page, and both run the same `runSync`. Attempts never overlap: a request that arrives while one runs
 * gets that attempt's result.
 *
 *   options page ──storage: syncSettings──▶ applySchedule() ──▶ alarm "conflict-lens-sync" (or none)
 *   alarm fires ─────────────────────────┐
 *   options page ──{type:'sync-now'}─────┴─▶ syncOnce() ─▶ runSync() ─▶ storage: syncStatus ─▶ options page
 */
import { browser } from 'wxt/browser';
import { runSync, defaultSyncDeps, type SyncDeps } from './run';
import {
  SYNC_REQUEST_TYPES,
  SYNC_SETTINGS_KEY,
  SyncRequestSchema,
  type SyncResponse,
  type SyncSchedule,
  type SyncStatus,
} from './schema';
import { readSyncSettings } from './store';

export const SYNC_ALARM = 'conflict-lens-sync';

export const SCHEDULE_MINUTES: Record<Exclude<SyncSchedule, 'off'>, number> = { hourly: 60, daily: 24 * 60 };

/** Whether a runtime message is meant for the sync (the background routes it here, not to the engine). */
export function isSyncMessage(message: unknown): boolean {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && SYNC_REQUEST_TYPES.includes(type);
}

export async function hasHostPermission(permissionPattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [permissionPattern] });
}

/** Makes the alarm match the stored schedule; an unchanged schedule keeps its alarm (and next run time). */
export async function applySchedule(): Promise<void> {
  const settings = await readSyncSettings();
  const schedule = settings && settings.url !== '' ? settings.schedule : 'off';
  if (schedule === 'off') {
    await browser.alarms.clear(SYNC_ALARM);
    return;
  }
  const minutes = SCHEDULE_MINUTES[schedule];
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (existing?.periodInMinutes === minutes) return;
  await browser.alarms.create(SYNC_ALARM, { delayInMinutes: minutes, periodInMinutes: minutes });
}

/** The part of runtime.MessageSender the sync looks at. */
export interface MessageSender {
  tab?: unknown;
  url?: string;
}

/**
 * Only the extension's own pages may start a sync. Content scripts share the extension id but run
 * beside page code, and a page has no business making the extension fetch anything.
 */
export function isExtensionPage(sender: MessageSender): boolean {
  return sender.tab === undefined || (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

export interface SyncScheduler {
  syncOnce(): Promise<SyncStatus>;
  handleMessage(message: unknown, sender: MessageSender): Promise<SyncResponse>;
  /** Resolves when the alarm matches the settings read at start-up (tests wait for it). */
  ready: Promise<void>;
}

/** Call once from the background's top level, so the listeners exist when an alarm wakes the worker. */
export function startSyncScheduler(deps: SyncDeps = defaultSyncDeps(hasHostPermission)): SyncScheduler {
  let running: Promise<SyncStatus> | null = null;

  function syncOnce(): Promise<SyncStatus> {
    running ??= runSync(deps).finally(() => {
      running = null;
    });
    return running;
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void syncOnce().catch(reportUnexpected);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SYNC_SETTINGS_KEY in changes) void applySchedule().catch(reportUnexpected);
  });
  const ready = applySchedule().catch(reportUnexpected);

  async function handleMessage(message: unknown, sender: MessageSender): Promise<SyncResponse> {
    if (!isExtensionPage(sender)) return { ok: false, error: 'sync requests are accepted from the extension\'s own pages only' };
    const parsed = SyncRequestSchema.safeParse(message);
    if (!parsed.success) return { ok: false, error: `invalid sync request: ${parsed.error.issues[0]?.message ?? 'unknown problem'}` };
    try {
      return { ok: true, status: await syncOnce() };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  return { syncOnce, handleMessage, ready };
}

// Only storage or database failures land here (server problems become a status); no URL or token is logged.
function reportUnexpected(error: unknown): void {
  console.error('Conflict Lens: sync failed unexpectedly.', error instanceof Error ? error.message : String(error));
}

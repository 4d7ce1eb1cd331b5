/**
 * The options page's side of the sync: read and save the settings, ask for the one host permission,
 * and ask the background to sync. The token is written here and read back only as a hint (its origin
 * and last characters), so the page never has to show it.
 */
import { browser } from 'wxt/browser';
import {
  SYNC_SETTINGS_KEY,
  SYNC_STATUS_KEY,
  SYNC_TOKEN_KEY,
  SyncResponseSchema,
  type SyncRequest,
  type SyncResponse,
  type SyncSchedule,
  type SyncSettings,
  type SyncStatus,
} from './schema';
import { readSyncSettings, readSyncStatus, readSyncToken, writeSyncSettings, writeSyncToken } from './store';
import { parseSyncUrl } from './url';

export interface SavedTokenHint {
  origin: string;
  /** The last four characters of a long token, so a user can tell which one is saved; null for short ones. */
  ending: string | null;
}

export interface SyncView {
  settings: SyncSettings;
  token: SavedTokenHint | null;
  /** The status of the saved URL's last attempt; null before the first one. */
  status: SyncStatus | null;
}

/** Long enough that four characters reveal too little to matter. */
const TOKEN_HINT_MIN_LENGTH = 16;

export async function loadSyncView(): Promise<SyncView> {
  const [settings, token, status] = await Promise.all([readSyncSettings(), readSyncToken(), readSyncStatus()]);
  const current = settings ?? { url: '', schedule: 'off' as const };
  return {
    settings: current,
    token: token
      ? { origin: token.origin, ending: token.token.length >= TOKEN_HINT_MIN_LENGTH ? token.token.slice(-4) : null }
      : null,
    status: status && status.url === current.url && current.url !== '' ? status : null,
  };
}

/** Calls `onChange` whenever the sync's stored values change (a save, a finished attempt). */
export function watchSyncView(onChange: () => void): () => void {
  const keys = [SYNC_SETTINGS_KEY, SYNC_TOKEN_KEY, SYNC_STATUS_KEY];
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && keys.some((key) => key in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Asks for access to the sync server's host. Browsers allow the request only during a user's click,
 * so call this first thing in the click handler, before any other await.
 */
export function requestOriginAccess(permissionPattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [permissionPattern] });
}

export interface SyncSettingsInput {
  url: string;
  schedule: SyncSchedule;
  /** A newly typed token; empty keeps the saved one (if it belongs to the same origin). */
  newToken: string;
}

export type SaveOutcome = { ok: true; notes: string[] } | { ok: false; field: 'url' | 'token'; error: string };

export function checkToken(token: string): string | null {
  // Anything else could not travel in an HTTP header, or is a paste accident (a space, a line break).
  return /^[\x21-\x7e]+$/.test(token) ? null : 'The token may hold only letters, digits and punctuation, without spaces.';
}

export async function saveSyncSettings(input: SyncSettingsInput): Promise<SaveOutcome> {
  const target = parseSyncUrl(input.url);
  if (!target.ok) return { ok: false, field: 'url', error: target.error };
  const typed = input.newToken.trim();
  const notes: string[] = [];
  if (typed !== '') {
    const problem = checkToken(typed);
    if (problem) return { ok: false, field: 'token', error: problem };
    await writeSyncToken({ origin: target.origin, token: typed });
  } else {
    const saved = await readSyncToken();
    if (saved && saved.origin !== target.origin) {
      // A token is a credential for one server: moving the URL elsewhere must not take it along.
      await writeSyncToken(null);
      notes.push(`The token saved for ${saved.origin} was removed; enter the token for ${target.origin} if it needs one.`);
    }
  }
  await writeSyncSettings({ url: target.url, schedule: input.schedule });
  return { ok: true, notes };
}

export async function forgetSyncToken(): Promise<void> {
  await writeSyncToken(null);
}

/** Asks the background to sync now; its answer is validated like any message. */
export async function requestSyncNow(): Promise<SyncResponse> {
  const request: SyncRequest = { type: 'sync-now' };
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage(request);
  } catch (error) {
    return { ok: false, error: `the background did not answer (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = SyncResponseSchema.safeParse(answer);
  return parsed.success ? parsed.data : { ok: false, error: 'the background sent an answer in an unknown form' };
}

/** The sync's three values in `browser.storage.local`; each read is validated, each bad value ignored. */
import { browser } from 'wxt/browser';
import type { z } from 'zod';
import {
  SYNC_SETTINGS_KEY,
  SYNC_STATUS_KEY,
  SYNC_TOKEN_KEY,
  SyncSettingsSchema,
  SyncStatusSchema,
  SyncTokenSchema,
  type SyncSettings,
  type SyncStatus,
  type SyncToken,
} from './schema';

async function readValid<T>(key: string, schema: z.ZodType<T>): Promise<T | null> {
  const stored = await browser.storage.local.get(key);
  const parsed = schema.safeParse(stored[key]);
  return parsed.success ? parsed.data : null;
}

export const readSyncSettings = (): Promise<SyncSettings | null> => readValid(SYNC_SETTINGS_KEY, SyncSettingsSchema);
export const readSyncToken = (): Promise<SyncToken | null> => readValid(SYNC_TOKEN_KEY, SyncTokenSchema);
export const readSyncStatus = (): Promise<SyncStatus | null> => readValid(SYNC_STATUS_KEY, SyncStatusSchema);

export async function writeSyncSettings(settings: SyncSettings): Promise<void> {
  await browser.storage.local.set({ [SYNC_SETTINGS_KEY]: SyncSettingsSchema.parse(settings) });
}

export async function writeSyncToken(token: SyncToken | null): Promise<void> {
  if (token === null) await browser.storage.local.remove(SYNC_TOKEN_KEY);
  else await browser.storage.local.set({ [SYNC_TOKEN_KEY]: SyncTokenSchema.parse(token) });
}

export async function writeSyncStatus(status: SyncStatus): Promise<void> {
  await browser.storage.local.set({ [SYNC_STATUS_KEY]: SyncStatusSchema.parse(status) });
}

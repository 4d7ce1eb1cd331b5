/**
 * What the contract sync keeps in `browser.storage.local`, and the one message the options page sends
 * the background. Every read goes through `safeParse`: storage is written by older versions of the
 * extension too, and a value that no longer fits is treated as absent rather than trusted.
 *
 *   syncSettings  { url, schedule }          written by the options page, read by the background
 *   syncToken     { origin, token }          the bearer token and the one origin it may be sent to
 *   syncStatus    { lastSuccessAt, lastError, etag, … }   written by the background after every attempt
 */
import { z } from 'zod';

export const SYNC_SETTINGS_KEY = 'syncSettings';
export const SYNC_TOKEN_KEY = 'syncToken';
export const SYNC_STATUS_KEY = 'syncStatus';

export const SYNC_SCHEDULES = ['off', 'hourly', 'daily'] as const;
export const SyncScheduleSchema = z.enum(SYNC_SCHEDULES);
export type SyncSchedule = z.infer<typeof SyncScheduleSchema>;

export const SyncSettingsSchema = z.object({
  /** Empty until the user sets one; validated by parseSyncUrl before it is stored. */
  url: z.string().max(2048),
  schedule: SyncScheduleSchema,
});
export type SyncSettings = z.infer<typeof SyncSettingsSchema>;

export const SyncTokenSchema = z.object({
  /** The origin the token was entered for: it is never sent anywhere else, even if the URL changes. */
  origin: z.string().min(1),
  token: z.string().min(1).max(4096),
});
export type SyncToken = z.infer<typeof SyncTokenSchema>;

export const SyncOutcomeSchema = z.enum(['imported', 'not-modified', 'failed']);
export type SyncOutcome = z.infer<typeof SyncOutcomeSchema>;

export const SyncStatusSchema = z.object({
  /** The sync URL this status (and its validators) belongs to; a new URL starts afresh. */
  url: z.string(),
  lastAttemptAt: z.string().nullable(),
  lastOutcome: SyncOutcomeSchema.nullable(),
  /** When the server last confirmed our data: a full import or a 304. */
  lastSuccessAt: z.string().nullable(),
  /** What the last success did, e.g. "Imported 12 contracts (30 clauses), 5 creators and 8 brands." */
  lastSuccessMessage: z.string().nullable(),
  /** Set by a failed attempt, cleared by the next success. */
  lastError: z.string().nullable(),
  lastErrorAt: z.string().nullable(),
  /** Validators of the response last imported, sent back as If-None-Match / If-Modified-Since. */
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  /**
   * The data version our import produced. When the local data moved since (a file import, an edit, a
   * wipe), the validators no longer describe what is stored, so the next sync fetches in full.
   */
  syncedDataVersion: z.number().int().nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

export function emptySyncStatus(url: string): SyncStatus {
  return {
    url,
    lastAttemptAt: null,
    lastOutcome: null,
    lastSuccessAt: null,
    lastSuccessMessage: null,
    lastError: null,
    lastErrorAt: null,
    etag: null,
    lastModified: null,
    syncedDataVersion: null,
  };
}

/** Options page → background. The fetch runs in the background so "Sync now" and the schedule share one path. */
export const SyncRequestSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('sync-now') })]);
export type SyncRequest = z.infer<typeof SyncRequestSchema>;
export const SYNC_REQUEST_TYPES: readonly string[] = ['sync-now'];

export const SyncResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), status: SyncStatusSchema }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type SyncResponse = z.infer<typeof SyncResponseSchema>;

/**
 * Contract sync from a URL the user sets (issue 6): settings and status in `browser.storage.local`,
 * the fetch and import in the background (scheduler.ts), the options page's calls in client.ts.
 */
export { fetchFeed, formatSeconds, type FeedRequest, type FeedResponse, type FetchFunction } from './fetch';
export { defaultSyncDeps, feedFileName, runSync, SYNC_TIMEOUT_MS, type SyncDeps } from './run';
export {
  applySchedule,
  hasHostPermission,
  isSyncMessage,
  SCHEDULE_MINUTES,
  startSyncScheduler,
  SYNC_ALARM,
  type SyncScheduler,
} from './scheduler';
export * from './schema';
export { readSyncSettings, readSyncStatus, readSyncToken, writeSyncSettings, writeSyncStatus, writeSyncToken } from './store';
export { parseSyncUrl, type SyncUrlCheck } from './url';
export {
  checkToken,
  forgetSyncToken,
  loadSyncView,
  requestOriginAccess,
  requestSyncNow,
  saveSyncSettings,
  watchSyncView,
  type SavedTokenHint,
  type SaveOutcome,
  type SyncSettingsInput,
  type SyncView,
} from './client';

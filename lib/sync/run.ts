/**
 * One sync attempt, the same for "Sync now" and the schedule:
 *
 *   settings ─parseSyncUrl─▶ host permission? ─▶ fetchFeed (conditional GET, deadline, size limit)
 *        304 ──────────────────────────────────────────────▶ status "not modified", data untouched
 *        body ─▶ not HTML? ─▶ parseContractsFile ─▶ importExchange(…, 'replace') ─▶ status "imported"
 *        any failure on the way ───────────────────────────▶ status with the error, data untouched
 *
 * The import is one all-or-nothing transaction, and everything before it only reads, so the last good
 * data stays whatever the server does. The status is written after every attempt, success or not.
 */
import { importExchange as importIntoDatabase, getDataVersion as readDataVersion, type ImportMode, type ImportSummary } from '@/lib/db';
import { MAX_IMPORT_BYTES, parseContractsFile } from '@/lib/exchange';
import type { ExchangeV1 } from '@/lib/schema/contracts';
import { fetchFeed, type FetchFunction } from './fetch';
import { emptySyncStatus, type SyncStatus } from './schema';
import { readSyncSettings, readSyncStatus, readSyncToken, writeSyncStatus } from './store';
import { parseSyncUrl } from './url';

export const SYNC_TIMEOUT_MS = 15_000;

export interface SyncDeps {
  fetch: FetchFunction;
  /** Whether the extension holds the host permission for this match pattern. */
  hasOriginAccess(permissionPattern: string): Promise<boolean>;
  importExchange(data: ExchangeV1, mode: ImportMode): Promise<ImportSummary>;
  getDataVersion(): Promise<number>;
  now(): Date;
  timeoutMs: number;
  maxBytes: number;
}

export function defaultSyncDeps(hasOriginAccess: SyncDeps['hasOriginAccess']): SyncDeps {
  return {
    // Bound to the global: a detached `fetch` throws "Illegal invocation" in browsers.
    fetch: (input, init) => globalThis.fetch(input, init),
    hasOriginAccess,
    importExchange: importIntoDatabase,
    getDataVersion: readDataVersion,
    now: () => new Date(),
    timeoutMs: SYNC_TIMEOUT_MS,
    maxBytes: MAX_IMPORT_BYTES,
  };
}

/** Runs one attempt, stores its status and returns it. Never throws for anything the server does. */
export async function runSync(deps: SyncDeps): Promise<SyncStatus> {
  const settings = await readSyncSettings();
  const url = settings?.url ?? '';
  const previous = await readSyncStatus();
  // Validators and history belong to one URL: a new address starts from nothing.
  const before = previous && previous.url === url ? previous : emptySyncStatus(url);
  const attemptAt = deps.now().toISOString();

  const fail = async (message: string): Promise<SyncStatus> => {
    const status: SyncStatus = { ...before, lastAttemptAt: attemptAt, lastOutcome: 'failed', lastError: message, lastErrorAt: attemptAt };
    await writeSyncStatus(status);
    return status;
  };
  const succeed = async (fields: Partial<SyncStatus> & { lastOutcome: 'imported' | 'not-modified'; lastSuccessMessage: string }) => {
    const status: SyncStatus = { ...before, ...fields, lastAttemptAt: attemptAt, lastSuccessAt: attemptAt, lastError: null, lastErrorAt: null };
    await writeSyncStatus(status);
    return status;
  };

  if (url === '') return fail('no sync URL is set');
  const target = parseSyncUrl(url);
  if (!target.ok) return fail(target.error);
  if (!(await deps.hasOriginAccess(target.permissionPattern))) {
    return fail(`no permission to reach ${target.origin}: press "Sync now" on the options page and allow access to it`);
  }

  const token = await readSyncToken();
  // Conditional headers only while the stored data is still exactly what the last sync imported.
  const unchangedSinceSync = before.syncedDataVersion !== null && before.syncedDataVersion === (await deps.getDataVersion());
  const response = await fetchFeed(
    {
      url: target.url,
      token: token && token.origin === target.origin ? token.token : null,
      etag: unchangedSinceSync ? before.etag : null,
      lastModified: unchangedSinceSync ? before.lastModified : null,
    },
    { timeoutMs: deps.timeoutMs, maxBytes: deps.maxBytes },
    deps.fetch,
  );

  if (response.kind === 'error') return fail(response.message);
  if (response.kind === 'not-modified') {
    if (!unchangedSinceSync) return fail(`${target.url} answered 304 Not Modified to a request that asked for the full data`);
    return succeed({
      lastOutcome: 'not-modified',
      lastSuccessMessage: 'Not modified: the server has nothing newer, so nothing changed.',
      etag: response.etag ?? before.etag,
      lastModified: response.lastModified ?? before.lastModified,
    });
  }

  if (looksLikeHtml(response.text, response.contentType)) {
    return fail(`${target.url} returned an HTML page, not contract data (JSON or CSV): check the address`);
  }
  const parsed = parseContractsFile(response.text, feedFileName(target.url, response.contentType));
  if (!parsed.ok) {
    const [first, ...rest] = parsed.errors;
    const more = rest.length > 0 ? ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})` : '';
    const problem = first ? `${first.where}: ${first.message}` : 'the data was refused';
    return fail(`${problem}${more}, in the data from ${target.url}; nothing was changed`);
  }

  let summary: ImportSummary;
  try {
    summary = await deps.importExchange(parsed.data, 'replace');
  } catch (error) {
    return fail(`could not store the data from ${target.url}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return succeed({
    lastOutcome: 'imported',
    lastSuccessMessage: importedSentence(summary),
    etag: response.etag,
    lastModified: response.lastModified,
    syncedDataVersion: summary.dataVersion,
  });
}

function looksLikeHtml(text: string, contentType: string): boolean {
  if (/html/i.test(contentType)) return true;
  return text.replace(/^\uFEFF/, '').trimStart().startsWith('<');
}

/**
 * parseContractsFile picks the format by file name, else by the first character. The server's media
 * type is the best name; then the URL's last path segment (…/contracts.csv); else sniffing.
 */
export function feedFileName(url: string, contentType: string): string {
  if (/\bjson\b/i.test(contentType)) return 'sync.json';
  if (/\bcsv\b/i.test(contentType)) return 'sync.csv';
  const last = new URL(url).pathname.split('/').pop() ?? '';
  return /\.(json|csv)$/i.test(last) ? last : 'sync';
}

function plural(count: number, one: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : `${one}s`}`;
}

function importedSentence(summary: ImportSummary): string {
  const inFile = (t: ImportSummary['contracts']) => t.added + t.changed + t.unchanged;
  return (
    `Imported ${plural(inFile(summary.contracts), 'contract')} (${plural(summary.clauses, 'clause')}), ` +
    `${plural(inFile(summary.creators), 'creator')} and ${plural(inFile(summary.brands), 'brand')}.`
  );
}

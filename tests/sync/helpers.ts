/** A fake sync server for the unit tests: records every request and answers like a small HTTP server. */
import { vi } from 'vitest';
import { getDataVersion, importExchange } from '@/lib/db';
import { MAX_IMPORT_BYTES } from '@/lib/exchange';
import type { FetchFunction, SyncDeps } from '@/lib/sync';

export interface RecordedRequest {
  url: string;
  headers: Headers;
  init: RequestInit;
}

export type Answer = (request: RecordedRequest) => Response | Promise<Response>;

export function fakeServer(answer: Answer) {
  const requests: RecordedRequest[] = [];
  const fetch = vi.fn<FetchFunction>(async (url, init) => {
    const request = { url, headers: new Headers(init.headers), init };
    requests.push(request);
    return answer(request);
  });
  return { fetch, requests };
}

/**
 * Serves `body` with an ETag and Last-Modified, and answers 304 when the request's validators match,
 * the way a static file server does.
 */
export function etagServer(getBody: () => { text: string; etag: string; contentType?: string }) {
  const lastModified = 'Wed, 01 Oct 2025 10:00:00 GMT';
  return fakeServer(({ headers }) => {
    const { text, etag, contentType = 'application/json' } = getBody();
    if (headers.get('If-None-Match') === etag) return new Response(null, { status: 304, headers: { ETag: etag } });
    return new Response(text, { status: 200, headers: { 'Content-Type': contentType, ETag: etag, 'Last-Modified': lastModified } });
  });
}

export function testDeps(fetch: FetchFunction, overrides: Partial<SyncDeps> = {}): SyncDeps {
  let minute = 0;
  return {
    fetch,
    hasOriginAccess: vi.fn(async () => true),
    importExchange,
    getDataVersion,
    // Each attempt one minute later than the one before, so times tell attempts apart.
    now: () => new Date(Date.UTC(2026, 0, 10, 9, minute++)),
    timeoutMs: 2_000,
    maxBytes: MAX_IMPORT_BYTES,
    ...overrides,
  };
}

/** A fetch that answers only when aborted, as a server that never replies. */
export const silentServer: FetchFunction = (_url, init) =>
  new Promise((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
  });

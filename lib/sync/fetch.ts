/**
 * One conditional GET of the sync URL, with a deadline and a size limit. Pure of storage and of the
 * extension APIs: the fetch function is passed in, so tests drive every server behaviour with a fake.
 *
 * Guarantees that the rest of the sync relies on:
 *   - exactly one request, to exactly `request.url`: redirects are not followed (a redirect could carry
 *     the token to another server), cookies are not sent, the browser cache is bypassed;
 *   - the deadline covers the whole exchange, headers and body;
 *   - the body is read incrementally and abandoned as soon as it passes `maxBytes`;
 *   - every failure is a sentence naming the URL and what went wrong, never an exception.
 */
import { formatMegabytes } from '@/lib/exchange';

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

export interface FeedRequest {
  url: string;
  /** Sent as `Authorization: Bearer …`; the caller decides whether this URL may receive it. */
  token: string | null;
  etag: string | null;
  lastModified: string | null;
}

export interface FeedLimits {
  timeoutMs: number;
  maxBytes: number;
}

export type FeedResponse =
  | { kind: 'not-modified'; etag: string | null; lastModified: string | null }
  | { kind: 'body'; text: string; contentType: string; etag: string | null; lastModified: string | null }
  | { kind: 'error'; message: string };

export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number(seconds.toFixed(2))} s`;
}

class TooLargeError extends Error {}

export async function fetchFeed(request: FeedRequest, limits: FeedLimits, fetchFn: FetchFunction): Promise<FeedResponse> {
  const headers: Record<string, string> = { Accept: 'application/json, text/csv;q=0.9, */*;q=0.1' };
  if (request.token) headers['Authorization'] = `Bearer ${request.token}`;
  if (request.etag) headers['If-None-Match'] = request.etag;
  if (request.lastModified) headers['If-Modified-Since'] = request.lastModified;

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  const timeoutMessage = () => `timed out after ${formatSeconds(limits.timeoutMs)} waiting for ${request.url}`;

  try {
    let response: Response;
    try {
      response = await fetchFn(request.url, {
        method: 'GET',
        headers,
        signal: controller.signal,
        redirect: 'manual',
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
      });
    } catch (error) {
      if (timedOut) return { kind: 'error', message: timeoutMessage() };
      return { kind: 'error', message: `could not reach ${request.url} (${describe(error)})` };
    }

    const etag = response.headers.get('ETag');
    const lastModified = response.headers.get('Last-Modified');
    if (response.status === 304) return { kind: 'not-modified', etag, lastModified };
    // A browser hands a manual redirect over as an opaque response with status 0; Node shows the 3xx.
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      await response.body?.cancel().catch(() => undefined);
      return {
        kind: 'error',
        message: `${request.url} redirects elsewhere; the sync follows no redirects: enter the final address`,
      };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const reason = response.statusText ? ` ${response.statusText}` : '';
      return { kind: 'error', message: `HTTP ${response.status}${reason} from ${request.url}` };
    }

    const declared = Number(response.headers.get('Content-Length'));
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'error', message: tooLargeMessage(request.url, limits.maxBytes) };
    }
    let text: string;
    try {
      text = await readLimited(response, limits.maxBytes);
    } catch (error) {
      if (error instanceof TooLargeError) return { kind: 'error', message: tooLargeMessage(request.url, limits.maxBytes) };
      if (timedOut) return { kind: 'error', message: timeoutMessage() };
      return { kind: 'error', message: `the download from ${request.url} broke off (${describe(error)})` };
    }
    return { kind: 'body', text, contentType: response.headers.get('Content-Type') ?? '', etag, lastModified };
  } finally {
    clearTimeout(timer);
  }
}

function tooLargeMessage(url: string, maxBytes: number): string {
  return `${url} sent more than ${formatMegabytes(maxBytes)}, the import limit`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads the body as UTF-8, counting bytes as they arrive, and stops at the limit rather than after it. */
async function readLimited(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLargeError();
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

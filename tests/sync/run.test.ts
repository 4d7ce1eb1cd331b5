import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDataVersion, getStats, importExchange, loadExchange, wipeAllData } from '@/lib/db';
import { ExchangeV1Schema } from '@/lib/schema/contracts';
import { readSyncStatus, runSync, writeSyncSettings, writeSyncToken } from '@/lib/sync';
import { json, sampleExchange } from '../exchange/sample';
import { etagServer, fakeServer, silentServer, testDeps } from './helpers';

const URL_ = 'https://contracts.example.org/team/contracts.json';
const TOKEN = 's3cret-token-0123456789abcdef';

function twoContracts() {
  const data = sampleExchange();
  data.contracts.push({ ...data.contracts[0]!, id: 'c-002', brandId: 'kfc' });
  return data;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await wipeAllData();
  await writeSyncSettings({ url: URL_, schedule: 'off' });
});

/** Puts known data in the database through a first, successful sync, and returns that server. */
async function syncedOnce() {
  const server = etagServer(() => ({ text: json(sampleExchange()), etag: '"v1"' }));
  const status = await runSync(testDeps(server.fetch));
  expect(status.lastOutcome).toBe('imported');
  return server;
}

describe('runSync: success and ETag', () => {
  it('imports the feed, replacing stored data, and records the success', async () => {
    const local = twoContracts();
    await importExchange(ExchangeV1Schema.parse({ ...local, contracts: [{ ...local.contracts[1]!, id: 'local-only' }] }), 'replace');
    const server = etagServer(() => ({ text: json(twoContracts()), etag: '"v1"' }));
    const status = await runSync(testDeps(server.fetch));

    expect(status.lastOutcome).toBe('imported');
    expect(status.lastSuccessMessage).toBe('Imported 2 contracts (2 clauses), 1 creator and 4 brands.');
    expect(status.lastError).toBeNull();
    expect(status.lastSuccessAt).toBe(status.lastAttemptAt);
    // Replace, not merge: the contract that only existed locally is gone.
    expect((await loadExchange()).contracts.map((c) => c.id)).toEqual(['c-001', 'c-002']);
    expect(await readSyncStatus()).toEqual(status);
    // A first sync asks for everything.
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers.get('If-None-Match')).toBeNull();
    expect(server.requests[0]!.init).toMatchObject({ redirect: 'manual', credentials: 'omit', cache: 'no-store' });
  });

  it('sends the validators back and leaves everything as it was on 304 Not Modified', async () => {
    const server = await syncedOnce();
    const versionAfterImport = await getDataVersion();
    const first = await readSyncStatus();

    const second = await runSync(testDeps(server.fetch));
    expect(server.requests[1]!.headers.get('If-None-Match')).toBe('"v1"');
    expect(server.requests[1]!.headers.get('If-Modified-Since')).toBe('Wed, 01 Oct 2025 10:00:00 GMT');
    expect(second.lastOutcome).toBe('not-modified');
    expect(second.lastSuccessMessage).toMatch(/^Not modified/);
    expect(second.etag).toBe('"v1"');
    expect(second.syncedDataVersion).toBe(first?.syncedDataVersion);
    // No write happened: the data version did not move, so nobody re-checks their posts.
    expect(await getDataVersion()).toBe(versionAfterImport);
  });

  it('imports again when the server has a new version', async () => {
    let version = 1;
    const server = etagServer(() => (version === 1 ? { text: json(sampleExchange()), etag: '"v1"' } : { text: json(twoContracts()), etag: '"v2"' }));
    await runSync(testDeps(server.fetch));
    version = 2;
    const status = await runSync(testDeps(server.fetch));
    expect(status.lastOutcome).toBe('imported');
    expect(status.etag).toBe('"v2"');
    expect((await getStats()).contracts).toBe(2);
  });

  it('fetches in full when the local data changed since the last sync', async () => {
    const server = await syncedOnce();
    await wipeAllData();
    const status = await runSync(testDeps(server.fetch));
    expect(server.requests[1]!.headers.get('If-None-Match')).toBeNull();
    expect(status.lastOutcome).toBe('imported');
    expect((await getStats()).contracts).toBe(1);
  });

  it('reads CSV by its media type', async () => {
    const csv = [
      'contract_id,creator,creator_tiktok,brand,start,end,categories,competitors',
      "c-9,IlloJuan,illojuan,McDonald's,2025-11-01,2026-01-31,fast-food,Burger King",
    ].join('\n');
    await writeSyncSettings({ url: 'https://contracts.example.org/export', schedule: 'off' });
    const server = fakeServer(() => new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } }));
    const status = await runSync(testDeps(server.fetch));
    expect(status.lastError).toBeNull();
    expect((await loadExchange()).contracts.map((c) => c.id)).toEqual(['c-9']);
  });
});

describe('runSync: the last good data stays', () => {
  async function expectDataKept(before: Awaited<ReturnType<typeof loadExchange>>, version: number) {
    expect(await loadExchange()).toEqual(before);
    expect(await getDataVersion()).toBe(version);
  }

  it('on an HTTP error, naming the status and the URL', async () => {
    await syncedOnce();
    const [before, version, good] = [await loadExchange(), await getDataVersion(), await readSyncStatus()];
    const server = fakeServer(() => new Response('oops', { status: 503, statusText: 'Service Unavailable' }));
    const status = await runSync(testDeps(server.fetch));
    expect(status.lastOutcome).toBe('failed');
    expect(status.lastError).toBe(`HTTP 503 Service Unavailable from ${URL_}`);
    // The last success is still reported, and its validators are kept for the next try.
    expect(status.lastSuccessAt).toBe(good?.lastSuccessAt);
    expect(status.etag).toBe('"v1"');
    await expectDataKept(before, version);
  });

  it('when the server does not answer in time', async () => {
    await syncedOnce();
    const [before, version] = [await loadExchange(), await getDataVersion()];
    const started = Date.now();
    const status = await runSync(testDeps(silentServer, { timeoutMs: 150 }));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(status.lastError).toBe(`timed out after 0.15 s waiting for ${URL_}`);
    await expectDataKept(before, version);
  });

  it('when the body stalls after the headers', async () => {
    await syncedOnce();
    const [before, version] = [await loadExchange(), await getDataVersion()];
    const server = fakeServer(({ init }) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"version": 1, "brands": ['));
          init.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return new Response(body, { headers: { 'Content-Type': 'application/json' } });
    });
    const status = await runSync(testDeps(server.fetch, { timeoutMs: 150 }));
    expect(status.lastError).toBe(`timed out after 0.15 s waiting for ${URL_}`);
    await expectDataKept(before, version);
  });

  it('when the server cannot be reached', async () => {
    await syncedOnce();
    const [before, version] = [await loadExchange(), await getDataVersion()];
    const status = await runSync(testDeps(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(status.lastError).toBe(`could not reach ${URL_} (Failed to fetch)`);
    await expectDataKept(before, version);
  });

  it('when an HTML page comes back instead of data', async () => {
    await syncedOnce();
    const [before, version] = [await loadExchange(), await getDataVersion()];
    const login = '<!doctype html><html><body><form>Sign in</form></body></html>';
    const server = fakeServer(() => new Response(login, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
    const status = await runSync(testDeps(server.fetch));
    expect(status.lastError).toBe(`${URL_} returned an HTML page, not contract data (JSON or CSV): check the address`);
    await expectDataKept(before, version);
  });

  it('on garbage, with the parser\'s own complaint', async () => {
    await syncedOnce();
    const [before, version] = [await loadExchange(), await getDataVersion()];
    const server = fakeServer(() => new Response('{"version": 1, "brands": [ }', { headers: { 'Content-Type': 'application/json' } }));
    const status = await runSync(testDeps(server.fetch));
    expect(status.lastError).toMatch(/^line 1, column \d+: not valid JSON/);
    expect(status.lastError).toContain(`in the data from ${URL_}; nothing was changed`);
    await expectDataKept(before, version);
  });

  it('on a file that fails validation, naming the record and field', async () => {
    await syncedOnce();
    const [before, version] = [await loadExchange(), await getDataVersion()];
    const bad = twoContracts();
    bad.contracts[1]!.end = '2025-01-01';
    const server = fakeServer(() => new Response(json(bad), { headers: { 'Content-Type': 'application/json' } }));
    const status = await runSync(testDeps(server.fetch));
    expect(status.lastError).toMatch(/^contracts\[1\] \(id c-002\)\.end: /);
    await expectDataKept(before, version);
  });

  it('when the response is larger than the import limit, declared or not', async () => {
    await syncedOnce();
    const [before, version] = [await loadExchange(), await getDataVersion()];
    const big = json(twoContracts());
    const limit = 100;
    const declared = fakeServer(() => new Response(big, { headers: { 'Content-Length': String(big.length) } }));
    const undeclared = fakeServer(() => new Response(new Blob([big]).stream()));
    for (const server of [declared, undeclared]) {
      const status = await runSync(testDeps(server.fetch, { maxBytes: limit }));
      expect(status.lastError).toBe(`${URL_} sent more than 0.0 MB, the import limit`);
    }
    await expectDataKept(before, version);
  });

  it('when the database refuses the import', async () => {
    await syncedOnce();
    const server = etagServer(() => ({ text: json(twoContracts()), etag: '"v2"' }));
    const status = await runSync(testDeps(server.fetch, { importExchange: async () => Promise.reject(new Error('QuotaExceededError')) }));
    expect(status.lastError).toBe(`could not store the data from ${URL_}: QuotaExceededError`);
    expect(status.etag).toBe('"v1"');
  });
});

describe('runSync: where requests go', () => {
  it('sends the bearer token to the origin it was saved for', async () => {
    await writeSyncToken({ origin: 'https://contracts.example.org', token: TOKEN });
    const server = etagServer(() => ({ text: json(sampleExchange()), etag: '"v1"' }));
    await runSync(testDeps(server.fetch));
    expect(server.requests.map((r) => r.url)).toEqual([URL_]);
    expect(server.requests[0]!.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it('never sends the token to another origin', async () => {
    await writeSyncToken({ origin: 'https://contracts.example.org', token: TOKEN });
    await writeSyncSettings({ url: 'https://elsewhere.example.net/contracts.json', schedule: 'off' });
    const server = etagServer(() => ({ text: json(sampleExchange()), etag: '"v1"' }));
    await runSync(testDeps(server.fetch));
    expect(server.requests.map((r) => r.url)).toEqual(['https://elsewhere.example.net/contracts.json']);
    expect(server.requests[0]!.headers.has('Authorization')).toBe(false);
  });

  it('does not follow a redirect, so the token cannot travel on', async () => {
    await writeSyncToken({ origin: 'https://contracts.example.org', token: TOKEN });
    const server = fakeServer(() => new Response(null, { status: 302, headers: { Location: 'https://attacker.example.com/' } }));
    const status = await runSync(testDeps(server.fetch));
    expect(server.requests).toHaveLength(1);
    expect(status.lastError).toBe(`${URL_} redirects elsewhere; the sync follows no redirects: enter the final address`);
  });

  it('asks nothing of the network without the host permission, and says so', async () => {
    const server = etagServer(() => ({ text: json(sampleExchange()), etag: '"v1"' }));
    const hasOriginAccess = async (pattern: string) => pattern !== 'https://contracts.example.org/*';
    const status = await runSync(testDeps(server.fetch, { hasOriginAccess }));
    expect(server.requests).toHaveLength(0);
    expect(status.lastError).toBe(
      'no permission to reach https://contracts.example.org: press "Sync now" on the options page and allow access to it',
    );
  });

  it('refuses a stored plain-http URL to another machine without fetching it', async () => {
    await writeSyncSettings({ url: 'http://contracts.example.org/c.json', schedule: 'off' });
    const server = etagServer(() => ({ text: json(sampleExchange()), etag: '"v1"' }));
    const status = await runSync(testDeps(server.fetch));
    expect(server.requests).toHaveLength(0);
    expect(status.lastError).toContain('plain http:// is allowed only for localhost');
  });
});

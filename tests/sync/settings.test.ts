import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSyncView, parseSyncUrl, readSyncSettings, readSyncToken, saveSyncSettings, SYNC_TOKEN_KEY } from '@/lib/sync';

beforeEach(() => fakeBrowser.reset());

describe('parseSyncUrl', () => {
  it('accepts https anywhere and asks for that host only', () => {
    expect(parseSyncUrl('  https://data.example.org:8443/c.json?team=3#top ')).toEqual({
      ok: true,
      url: 'https://data.example.org:8443/c.json?team=3',
      origin: 'https://data.example.org:8443',
      permissionPattern: 'https://data.example.org/*',
    });
  });

  it('accepts plain http only on this machine', () => {
    expect(parseSyncUrl('http://127.0.0.1:4000/c.csv')).toMatchObject({ ok: true, permissionPattern: 'http://127.0.0.1/*' });
    expect(parseSyncUrl('http://localhost/c.csv').ok).toBe(true);
    expect(parseSyncUrl('http://data.example.org/c.json')).toEqual({
      ok: false,
      error: 'Use https://: plain http:// is allowed only for localhost and 127.0.0.1.',
    });
  });

  it('explains what is wrong with other input', () => {
    expect(parseSyncUrl('')).toEqual({ ok: false, error: 'Enter the address of your contracts file.' });
    expect(parseSyncUrl('data.example.org/c.json')).toMatchObject({ ok: false, error: expect.stringContaining('is not a web address') });
    expect(parseSyncUrl('ftp://data.example.org/c.json')).toMatchObject({ ok: false, error: expect.stringContaining('not ftp://') });
    expect(parseSyncUrl('https://me:pw@data.example.org/c.json')).toMatchObject({ ok: false, error: expect.stringContaining('Token field') });
  });
});

describe('saveSyncSettings and the token', () => {
  const token = 'tok_0123456789abcdefWXYZ';

  it('stores the token with its origin and shows back only its ending', async () => {
    expect(await saveSyncSettings({ url: 'https://data.example.org/c.json', schedule: 'daily', newToken: ` ${token} ` })).toEqual({ ok: true, notes: [] });
    expect(await readSyncToken()).toEqual({ origin: 'https://data.example.org', token });
    const view = await loadSyncView();
    expect(view.settings).toEqual({ url: 'https://data.example.org/c.json', schedule: 'daily' });
    expect(view.token).toEqual({ origin: 'https://data.example.org', ending: 'WXYZ' });
    expect(JSON.stringify(view)).not.toContain(token);
  });

  it('shows no characters of a short token', async () => {
    await saveSyncSettings({ url: 'https://data.example.org/c.json', schedule: 'off', newToken: 'short1' });
    expect((await loadSyncView()).token).toEqual({ origin: 'https://data.example.org', ending: null });
  });

  it('keeps the token when the URL stays on its origin, and drops it when the URL moves elsewhere', async () => {
    await saveSyncSettings({ url: 'https://data.example.org/c.json', schedule: 'off', newToken: token });
    expect(await saveSyncSettings({ url: 'https://data.example.org/v2/c.json', schedule: 'off', newToken: '' })).toEqual({ ok: true, notes: [] });
    expect((await readSyncToken())?.token).toBe(token);

    const moved = await saveSyncSettings({ url: 'https://other.example.net/c.json', schedule: 'off', newToken: '' });
    expect(moved).toEqual({
      ok: true,
      notes: ['The token saved for https://data.example.org was removed; enter the token for https://other.example.net if it needs one.'],
    });
    expect(await fakeBrowser.storage.local.get(SYNC_TOKEN_KEY)).toEqual({});
  });

  it('stores nothing when the URL or the token is unusable', async () => {
    expect(await saveSyncSettings({ url: 'http://data.example.org/c.json', schedule: 'hourly', newToken: '' })).toMatchObject({ ok: false, field: 'url' });
    expect(await saveSyncSettings({ url: 'https://data.example.org/c.json', schedule: 'hourly', newToken: 'two words' })).toMatchObject({
      ok: false,
      field: 'token',
    });
    expect(await readSyncSettings()).toBeNull();
    expect(await readSyncToken()).toBeNull();
  });
});

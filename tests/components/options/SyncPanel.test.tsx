import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SyncPanel } from '@/components/options/SyncPanel';
import { getStats, wipeAllData } from '@/lib/db';
import { isSyncMessage, readSyncSettings, readSyncToken, startSyncScheduler, writeSyncSettings } from '@/lib/sync';
import { json, sampleExchange } from '../../exchange/sample';
import { etagServer, fakeServer, testDeps } from '../../sync/helpers';

const URL_ = 'https://data.example.org/team/contracts.json';
const TOKEN = 'tok_0123456789abcdefWXYZ';

let permissionRequest: ReturnType<typeof vi.fn<(request: { origins?: string[] }) => Promise<boolean>>>;

/** The real background handler, answering the panel's messages through fakeBrowser's runtime. */
function startBackground(fetch = etagServer(() => ({ text: json(sampleExchange()), etag: '"v1"' })).fetch) {
  const scheduler = startSyncScheduler(testDeps(fetch));
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => (isSyncMessage(message) ? scheduler.handleMessage(message, {}) : undefined));
  return scheduler;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await wipeAllData();
  // fakeBrowser has no permissions API; this stands in for the browser's prompt, answered "Allow".
  permissionRequest = vi.fn(async () => true);
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(permissionRequest as never);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const panel = () => screen.getByRole('region', { name: 'Sync from a URL' });
const liveMessage = () => panel().querySelector('[aria-live]')!;
const statusValue = (term: string) => within(panel()).getByText(term).nextElementSibling?.textContent ?? '';

async function fillAndSave(url: string, token = '') {
  const user = userEvent.setup();
  render(<SyncPanel />);
  const urlField = await screen.findByLabelText('Sync URL');
  await waitFor(() => expect(screen.getByRole('button', { name: 'Save sync settings' })).toHaveProperty('disabled', false));
  await user.clear(urlField);
  await user.type(urlField, url);
  if (token) await user.type(screen.getByLabelText('Bearer token (optional)'), token);
  await user.click(screen.getByRole('button', { name: 'Save sync settings' }));
  return user;
}

describe('Sync panel', () => {
  it('refuses a plain-http address to another machine next to the field, storing nothing and asking nothing', async () => {
    await fillAndSave('http://data.example.org/c.json');
    const field = screen.getByLabelText('Sync URL');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Use https://: plain http:// is allowed only for localhost and 127.0.0.1.').id).toBe(field.getAttribute('aria-describedby'));
    expect(permissionRequest).not.toHaveBeenCalled();
    expect(await readSyncSettings()).toBeNull();
  });

  it('saves the address, asks for that one origin, and shows the token only as a hint', async () => {
    const user = await fillAndSave(URL_, TOKEN);
    await waitFor(() => expect(liveMessage().textContent).toBe('Sync settings saved.'));
    expect(permissionRequest).toHaveBeenCalledExactlyOnceWith({ origins: ['https://data.example.org/*'] });
    expect(await readSyncSettings()).toEqual({ url: URL_, schedule: 'off' });
    expect(await readSyncToken()).toEqual({ origin: 'https://data.example.org', token: TOKEN });
    await screen.findByText('A token is saved for https://data.example.org, ending in …WXYZ. It is sent only to that origin.');
    expect((screen.getByLabelText('Bearer token (optional)') as HTMLInputElement).value).toBe('');
    expect(document.body.innerHTML).not.toContain(TOKEN);

    await user.click(screen.getByRole('button', { name: 'Forget token' }));
    await waitFor(async () => expect(await readSyncToken()).toBeNull());
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Forget token' })).toBeNull());
  });

  it('says so when the user does not allow the origin', async () => {
    permissionRequest.mockResolvedValue(false);
    await fillAndSave(URL_);
    await waitFor(() =>
      expect(liveMessage().textContent).toBe(
        'Sync settings saved. Access to https://data.example.org was not granted: the sync cannot run until you allow it (press Sync now).',
      ),
    );
  });

  it('Sync now imports through the background and shows the last success', async () => {
    startBackground();
    const user = await fillAndSave(URL_);
    const syncNow = screen.getByRole('button', { name: 'Sync now' });
    await waitFor(() => expect(syncNow).toHaveProperty('disabled', false));
    await user.click(syncNow);
    await waitFor(() => expect(liveMessage().textContent).toBe('Imported 1 contract (1 clause), 1 creator and 4 brands.'));
    expect((await getStats()).contracts).toBe(1);
    await waitFor(() => expect(statusValue('Last success')).toMatch(/: Imported 1 contract/));
    expect(within(panel()).queryByText('Last error')).toBeNull();

    await user.click(syncNow);
    await waitFor(() => expect(liveMessage().textContent).toMatch(/^Not modified/));
  });

  it('shows the error of a failed sync next to the last success, and the data stays', async () => {
    let failing = false;
    const server = fakeServer(() =>
      failing
        ? new Response('down', { status: 503, statusText: 'Service Unavailable' })
        : new Response(json(sampleExchange()), { headers: { 'Content-Type': 'application/json' } }),
    );
    startBackground(server.fetch);
    const user = await fillAndSave(URL_);
    const syncNow = screen.getByRole('button', { name: 'Sync now' });
    await waitFor(() => expect(syncNow).toHaveProperty('disabled', false));
    await user.click(syncNow);
    await waitFor(() => expect(liveMessage().textContent).toMatch(/^Imported/));

    failing = true;
    await user.click(syncNow);
    await waitFor(() => expect(liveMessage().textContent).toBe(`Sync failed; your data is unchanged. HTTP 503 Service Unavailable from ${URL_}`));
    await waitFor(() => expect(statusValue('Last error')).toMatch(new RegExp(`: HTTP 503 Service Unavailable from ${URL_}$`)));
    expect(statusValue('Last success')).toMatch(/: Imported 1 contract/);
    expect((await getStats()).contracts).toBe(1);
  });

  it('does not fetch when the origin is not allowed at Sync now', async () => {
    const server = etagServer(() => ({ text: json(sampleExchange()), etag: '"v1"' }));
    startBackground(server.fetch);
    await writeSyncSettings({ url: URL_, schedule: 'hourly' });
    permissionRequest.mockResolvedValue(false);
    const user = userEvent.setup();
    render(<SyncPanel />);
    const syncNow = await screen.findByRole('button', { name: 'Sync now' });
    await waitFor(() => expect(syncNow).toHaveProperty('disabled', false));
    expect((screen.getByLabelText('Sync automatically') as HTMLSelectElement).value).toBe('hourly');
    await user.click(syncNow);
    await waitFor(() =>
      expect(liveMessage().textContent).toBe(
        'Access to https://data.example.org was not granted, so nothing was fetched. Press Sync now again and allow it.',
      ),
    );
    expect(server.requests).toHaveLength(0);
  });

  it('keeps Sync now for the saved address: an edited one must be saved first', async () => {
    await writeSyncSettings({ url: URL_, schedule: 'off' });
    const user = userEvent.setup();
    render(<SyncPanel />);
    const syncNow = await screen.findByRole('button', { name: 'Sync now' });
    await waitFor(() => expect(syncNow).toHaveProperty('disabled', false));
    await user.type(screen.getByLabelText('Sync URL'), '?v=2');
    expect(syncNow).toHaveProperty('disabled', true);
    expect(screen.getByText('Save the changes first; Sync now uses the saved settings.')).toBeTruthy();
  });

  it('works from the keyboard alone: Tab through the fields, Enter saves', async () => {
    const user = userEvent.setup();
    render(<SyncPanel />);
    const urlField = await screen.findByLabelText('Sync URL');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save sync settings' })).toHaveProperty('disabled', false));
    urlField.focus();
    await user.keyboard(URL_);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Bearer token (optional)'));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Sync automatically'));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save sync settings' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(liveMessage().textContent).toBe('Sync settings saved.'));
    expect(await readSyncSettings()).toEqual({ url: URL_, schedule: 'off' });
    // Saved, so Sync now is the next stop.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sync now' })).toHaveProperty('disabled', false));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Sync now' }));
  });
});

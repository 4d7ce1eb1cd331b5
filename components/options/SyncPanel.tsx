/**
 * Sync from a URL: the address, an optional bearer token, the schedule, "Sync now", and the status the
 * background stores after every attempt. The fetch itself runs in the background (lib/sync), so a
 * scheduled sync and "Sync now" behave the same; this panel only saves settings, asks for the host
 * permission (which needs the user's click) and shows what happened.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import {
  checkToken,
  forgetSyncToken,
  loadSyncView,
  parseSyncUrl,
  requestOriginAccess,
  requestSyncNow,
  saveSyncSettings,
  watchSyncView,
  type SyncSchedule,
  type SyncStatus,
  type SyncView,
} from '@/lib/sync';
import './sync-panel.css';

const SCHEDULE_LABELS: Record<SyncSchedule, string> = { off: 'Off (only when I press Sync now)', hourly: 'Every hour', daily: 'Every day' };

type FieldError = { field: 'url' | 'token'; error: string } | null;

export function formatSyncTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
}

/** The sentence for the live region after "Sync now". */
export function syncResultMessage(status: SyncStatus): string {
  if (status.lastOutcome === 'failed') return `Sync failed; your data is unchanged. ${capitalise(status.lastError ?? '')}`;
  return status.lastSuccessMessage ?? 'Synced.';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Browsers refuse a permission request outside a click; a rejected request counts as "not granted". */
function askForAccess(permissionPattern: string): Promise<boolean> {
  try {
    return requestOriginAccess(permissionPattern).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

export function SyncPanel() {
  const ids = useId();
  const [view, setView] = useState<SyncView | undefined>(undefined);
  const [url, setUrl] = useState('');
  const [schedule, setSchedule] = useState<SyncSchedule>('off');
  const [token, setToken] = useState('');
  const [fieldError, setFieldError] = useState<FieldError>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState<'saving' | 'syncing' | null>(null);

  useEffect(() => {
    let live = true;
    void loadSyncView().then((loaded) => {
      if (!live) return;
      setView(loaded);
      setUrl(loaded.settings.url);
      setSchedule(loaded.settings.schedule);
    });
    // A finished attempt (scheduled or not) or a save in another tab shows up here.
    const stop = watchSyncView(() => {
      void loadSyncView().then((loaded) => live && setView(loaded));
    });
    return () => {
      live = false;
      stop();
    };
  }, []);

  const savedUrl = view?.settings.url ?? '';
  const dirty = view !== undefined && (url.trim() !== savedUrl || schedule !== view.settings.schedule || token.trim() !== '');

  const save = (event: FormEvent) => {
    event.preventDefault();
    const target = parseSyncUrl(url);
    if (!target.ok) return setFieldError({ field: 'url', error: target.error });
    const tokenProblem = token.trim() === '' ? null : checkToken(token.trim());
    if (tokenProblem) return setFieldError({ field: 'token', error: tokenProblem });
    setFieldError(null);
    // First thing in the click: the permission prompt is allowed only during the user's gesture.
    const access = askForAccess(target.permissionPattern);
    setBusy('saving');
    void (async () => {
      try {
        const outcome = await saveSyncSettings({ url, schedule, newToken: token });
        if (!outcome.ok) return setFieldError({ field: outcome.field, error: outcome.error });
        setToken('');
        setUrl(target.url);
        const granted = await access;
        const parts = ['Sync settings saved.', ...outcome.notes];
        if (!granted) parts.push(`Access to ${target.origin} was not granted: the sync cannot run until you allow it (press Sync now).`);
        setMessage(parts.join(' '));
      } catch (error) {
        setMessage(`Saving failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        setBusy(null);
      }
    })();
  };

  const syncNow = () => {
    const target = parseSyncUrl(savedUrl);
    if (!target.ok) return setMessage(target.error);
    const access = askForAccess(target.permissionPattern);
    setBusy('syncing');
    setMessage(`Syncing from ${target.url}…`);
    void (async () => {
      try {
        if (!(await access)) {
          setMessage(`Access to ${target.origin} was not granted, so nothing was fetched. Press Sync now again and allow it.`);
          return;
        }
        const answer = await requestSyncNow();
        setMessage(answer.ok ? syncResultMessage(answer.status) : `Sync failed: ${answer.error}`);
      } finally {
        setBusy(null);
      }
    })();
  };

  const forget = async () => {
    await forgetSyncToken();
    setMessage('The token was removed from this browser.');
  };

  const status = view?.status ?? null;
  const urlError = fieldError?.field === 'url' ? fieldError.error : null;
  const tokenError = fieldError?.field === 'token' ? fieldError.error : null;
  return (
    <section aria-labelledby={`${ids}-heading`} className="panel sync-panel">
      <h2 id={`${ids}-heading`}>Sync from a URL</h2>
      <p className="hint">
        Keep your team's contracts in one file on a server (JSON or CSV, the same formats as Import). Each sync replaces
        the stored data with that file, all or nothing; if the server is down or sends something unusable, your data stays
        as it was. Nothing is sent anywhere but this address.
      </p>
      <form onSubmit={save} noValidate>
        <div className="field">
          <label htmlFor={`${ids}-url`}>Sync URL</label>
          <input
            id={`${ids}-url`}
            type="url"
            inputMode="url"
            placeholder="https://example.com/contracts.json"
            value={url}
            onChange={(event) => setUrl(event.currentTarget.value)}
            aria-invalid={urlError ? true : undefined}
            aria-describedby={urlError ? `${ids}-url-error` : undefined}
          />
          {urlError && (
            <span id={`${ids}-url-error`} className="field-error">
              {urlError}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${ids}-token`}>Bearer token (optional)</label>
          <input
            id={`${ids}-token`}
            type="password"
            autoComplete="off"
            spellCheck={false}
            placeholder={view?.token ? 'Saved; type a new one to replace it' : ''}
            value={token}
            onChange={(event) => setToken(event.currentTarget.value)}
            aria-invalid={tokenError ? true : undefined}
            aria-describedby={`${ids}-token-hint${tokenError ? ` ${ids}-token-error` : ''}`}
          />
          {tokenError && (
            <span id={`${ids}-token-error`} className="field-error">
              {tokenError}
            </span>
          )}
          <span id={`${ids}-token-hint`} className="hint">
            {view?.token
              ? `A token is saved for ${view.token.origin}${view.token.ending ? `, ending in …${view.token.ending}` : ''}. It is sent only to that origin.`
              : 'Sent as "Authorization: Bearer …", only to the sync URL\'s origin. Stored in this browser, never shown again.'}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-schedule`}>Sync automatically</label>
          <select id={`${ids}-schedule`} value={schedule} onChange={(event) => setSchedule(event.currentTarget.value as SyncSchedule)}>
            {(Object.keys(SCHEDULE_LABELS) as SyncSchedule[]).map((value) => (
              <option key={value} value={value}>
                {SCHEDULE_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy !== null || view === undefined}>
            Save sync settings
          </button>
          <button
            type="button"
            onClick={syncNow}
            disabled={busy !== null || savedUrl === '' || dirty}
            aria-describedby={dirty && savedUrl !== '' ? `${ids}-dirty` : undefined}
          >
            {busy === 'syncing' ? 'Syncing…' : 'Sync now'}
          </button>
          {view?.token && (
            <button type="button" className="danger" onClick={() => void forget()} disabled={busy !== null}>
              Forget token
            </button>
          )}
          {dirty && savedUrl !== '' && (
            <span id={`${ids}-dirty`} className="hint">
              Save the changes first; Sync now uses the saved settings.
            </span>
          )}
        </div>
      </form>
      <p aria-live="polite" className="sync-message">
        {message}
      </p>
      <SyncStatusList status={status} />
    </section>
  );
}

function SyncStatusList({ status }: { status: SyncStatus | null }) {
  return (
    <dl className="sync-status" aria-label="Sync status">
      <div>
        <dt>Last success</dt>
        <dd>
          {status?.lastSuccessAt ? (
            <>
              <time dateTime={status.lastSuccessAt}>{formatSyncTime(status.lastSuccessAt)}</time>: {status.lastSuccessMessage}
            </>
          ) : (
            'never'
          )}
        </dd>
      </div>
      {status?.lastError && status.lastErrorAt && (
        <div>
          <dt>Last error</dt>
          <dd className="field-error">
            <time dateTime={status.lastErrorAt}>{formatSyncTime(status.lastErrorAt)}</time>: {status.lastError}
          </dd>
        </div>
      )}
    </dl>
  );
}

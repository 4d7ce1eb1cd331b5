/**
 * The sync URL a user may set: https anywhere, plain http only to this machine (a local test server),
 * because a bearer token and contract data must not cross the network in clear text.
 */

export type SyncUrlCheck =
  | {
      ok: true;
      /** The normalised URL (no fragment): exactly what is fetched. */
      url: string;
      origin: string;
      /**
       * The host permission to ask for. Match patterns carry no port in Firefox (and match every port
       * in Chrome), so this is the scheme and host: the narrowest grant both browsers accept.
       */
      permissionPattern: string;
    }
  | { ok: false; error: string };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function parseSyncUrl(text: string): SyncUrlCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'Enter the address of your contracts file.' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, error: `"${trimmed}" is not a web address; it should start with https://` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: `The address must start with https://, not ${url.protocol}//` };
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return { ok: false, error: 'Use https://: plain http:// is allowed only for localhost and 127.0.0.1.' };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, error: 'Leave the user name and password out of the address; put a token in the Token field.' };
  }
  url.hash = '';
  return { ok: true, url: url.href, origin: url.origin, permissionPattern: `${url.protocol}//${url.hostname}/*` };
}

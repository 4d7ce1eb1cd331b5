/**
 * Reading links: their parts (host, path, parameter names), cut once per link for both the commercial
 * classification and the brand matcher; and registrable-domain facts about their hosts. Captions repeat
 * a few hosts (amzn.to, linktr.ee) across mostly unique URLs, and the public-suffix lookup is the dear part
 * of reading a link, so it runs once per host met lately, not once per link.
 */
import { parse } from 'tldts';
import { wordHash } from './tokens';

export interface HostInfo {
  readonly host: string;
  /** Registrable domain per tldts ("nike.co.uk" for "shop.nike.co.uk"), null if none. */
  readonly domain: string | null;
  /** The registrable domain without its public suffix ("nike"), null if none. */
  readonly domainWithoutSuffix: string | null;
}

/**
 * Hosts looked up lately (other than names under .com, .net and .org, read without a lookup), by the low
 * bits of their hash (a direct-mapped cache). The hashes sit in a typed array that stays in cache, so that
 * a host met for the first time is told apart without reading a cold entry; a Map of 20,000 hosts cost a
 * link two or three cache misses before the public-suffix lookup it saved.
 */
const CACHE_SIZE = 1024;
const cachedHashes = new Int32Array(CACHE_SIZE).fill(-1);
const cachedInfo: Array<HostInfo | undefined> = new Array<HostInfo | undefined>(CACHE_SIZE).fill(undefined);
// Shared between callers, so read-only (HostInfo), but not frozen: Object.freeze cost a new host about
// 0.3 µs, as much as the rest of reading it.
let lastInfo: HostInfo = { host: '', domain: null, domainWithoutSuffix: null };

/** A host label tldts takes: letters, digits and inner hyphens, at most 63 (as a pattern's source). */
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';

/**
 * A host that is one label under .com, .net or .org ("nike.com"): its own registrable domain, as tldts
 * reads it (those suffixes have no names under them but private ones, which hostInfo does not count), so
 * the most common hosts need no public-suffix lookup. The label must be a valid one (letters, digits, inner
 * hyphens, at most 63): tldts gives no domain for others.
 */
const NAME_UNDER_GENERIC_TLD = new RegExp(`^${LABEL}\\.(?:com|net|org)$`);

/** tldts facts about `host` (taken as given). */
export function hostInfo(host: string): HostInfo {
  // A link's host is asked for twice in a row (its commercial kind, then the brand it names).
  if (host === lastInfo.host) return lastInfo;
  let info: HostInfo | undefined;
  if (NAME_UNDER_GENERIC_TLD.test(host)) {
    // Read anew each time, not cached: cheaper than the lookup, and a cached answer outlives the post
    // that asked, which the garbage collector then has to move (brand links cost twice as much in it).
    info = { host, domain: host, domainWithoutSuffix: host.slice(0, host.indexOf('.')) };
  } else {
    const hash = wordHash(host);
    const slot = hash & (CACHE_SIZE - 1);
    info = cachedHashes[slot] === hash ? cachedInfo[slot] : undefined;
    if (info === undefined || info.host !== host) {
      info = hostInfoByTldts(host);
      cachedHashes[slot] = hash;
      cachedInfo[slot] = info;
    }
  }
  lastInfo = info;
  return info;
}

/** hostInfo read by tldts alone, without the shortcut for names under .com, .net and .org (and for tests). */
export function hostInfoByTldts(host: string): HostInfo {
  const parsed = parse(host);
  return { host, domain: parsed.domain, domainWithoutSuffix: parsed.domainWithoutSuffix };
}

/** What classifyLink reads of a link: host (lower case, without "www."), path (lower case), whether it is bare, parameter names (lower case). */
export interface LinkParts {
  readonly host: string;
  readonly path: string;
  /** No path beyond "/" and no query: the address of a site, not of a page on it. */
  readonly bare: boolean;
  readonly params: readonly string[];
}

/**
 * A link as captions write nearly all of them: http(s) or no scheme, a host of ASCII labels ending in a
 * letter label (no port, no user info, no IP address, no punycode), a path of plain characters, a query of
 * plain names and values (no escapes, no "+"), no fragment. Such a link reads the same cut by hand as
 * through URL, at a fraction of the cost; any other goes through URL. The grammar plainLinkParts reads
 * unit by unit (tests check the two agree).
 */
export const PLAIN_LINK = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z][a-z0-9-]*(?:\/[a-z0-9/_.~-]*)?(?:\?[a-z0-9_.=&~-]*)?$/i;

/**
 * The links read last, with their parts (readLink): a post's links are read for their commercial kind,
 * then again for the brand they lead to, and a link read twice is cut once. By the link string itself
 * (the readers are handed the same strings); four, for the posts with several links.
 */
const RECENT_LINKS = 4;
const recentUrls: string[] = new Array<string>(RECENT_LINKS).fill('');
const recentParts: Array<LinkParts | null> = new Array<LinkParts | null>(RECENT_LINKS).fill(null);
/** Whether recentParts[k] was cut by hand (a plain link), whose host tldts reads the same if HOST_NAME takes it. */
const recentPlain: boolean[] = new Array<boolean>(RECENT_LINKS).fill(false);
let recentNext = 0;

/** Where in the recent links `url` is, or -1. */
function recentLink(url: string): number {
  // Links of one length are many ("https://amzn.to/" and six letters), and === compares their letters
  // until they differ: the last unit tells most of them apart first.
  const last = url.charCodeAt(url.length - 1);
  for (let k = 0; k < RECENT_LINKS; k++) {
    const recent = recentUrls[k]!;
    if (recent.length === url.length && recent.charCodeAt(recent.length - 1) === last && recent === url) return k;
  }
  return -1;
}

/** Where in the recent links `url` is, read now if it is not among them. */
function readLink(url: string): number {
  const known = recentLink(url);
  if (known >= 0) return known;
  const k = recentNext;
  recentNext = (recentNext + 1) % RECENT_LINKS;
  const plain = plainLinkParts(url);
  recentUrls[k] = url;
  recentParts[k] = plain ?? linkPartsByUrl(url);
  recentPlain[k] = plain !== null;
  return k;
}

/**
 * A host name tldts takes as one: labels of letters, digits and inner hyphens, at most 63 long (PLAIN_LINK
 * lets a label start or end with a hyphen, which makes the link no host to tldts).
 */
const HOST_NAME = new RegExp(`^(?:${LABEL}\\.)*[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$`);

/** Whether `url` is read by hand (plainLinkParts), not through URL: for tests. */
export function readsAsPlainLink(url: string): boolean {
  return plainLinkParts(url) !== null;
}

/** The parts of `url` classifyLink reads, or null when URL cannot read it. */
export function linkParts(url: string): LinkParts | null {
  return recentParts[readLink(url)] ?? null;
}

/**
 * The host of `url` (lower case, without "www.") when it is a plain link (PLAIN_LINK) read lately, as
 * tldts's getHostname reads it; null for any other link, which the caller reads its own way (tldts reads
 * a host alone faster than the link's parts are cut: a post with sixty links has most of them no more
 * among the recent ones when the brand matcher comes to them).
 */
export function plainLinkHost(url: string): string | null {
  const k = recentLink(url);
  if (k < 0 || recentPlain[k] !== true) return null;
  const host = recentParts[k]!.host;
  return host.length <= 253 && HOST_NAME.test(host) ? host : null;
}

/**
 * Units of a plain link by where they may stand (PLAIN_LINK): bit 1 in a host label (letters, digits,
 * "-"), bit 2 in the path (those and "/", "_", ".", "~"), bit 4 in the query (those but "/", and "=", "&");
 * bit 8 marks a letter, bit 16 a capital.
 */
const LINK_UNIT = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  const letter = /[a-z]/i.test(ch);
  const alnum = letter || /[0-9]/.test(ch);
  LINK_UNIT[c] =
    (alnum || ch === '-' ? 1 : 0) |
    (alnum || '-/_.~'.includes(ch) ? 2 : 0) |
    (alnum || '-_.=&~'.includes(ch) ? 4 : 0) |
    (letter ? 8 : 0) |
    (/[A-Z]/.test(ch) ? 16 : 0);
}

/**
 * A plain link cut by hand in one pass, or null: what PLAIN_LINK takes (an optional http(s) scheme, two or
 * more host labels the last of which starts with a letter, a plain path, a plain query), read unit by unit,
 * noting whether host or path has a capital (most have none and need no lower-cased copy). The regex did
 * the same reading at about twice the cost, and the parts still had to be cut after it.
 */
function plainLinkParts(url: string): LinkParts | null {
  const n = url.length;
  let i = 0;
  if (n > 7 && (url.charCodeAt(0) | 32) === 104 /* h */ && /^https?:\/\//i.test(url)) i = url.charCodeAt(4) === 58 /* : */ ? 7 : 8;
  const hostFrom = i;
  // Host: labels of [a-z0-9-], separated by single dots; the last must start with a letter.
  let labels = 0;
  let labelStart = i;
  let capitals = 0;
  for (; i < n; i++) {
    const c = url.charCodeAt(i);
    if (c === 46 /* . */) {
      if (i === labelStart) return null;
      labels++;
      labelStart = i + 1;
      continue;
    }
    if (c === 47 /* / */ || c === 63 /* ? */) break;
    const unit = c < 128 ? LINK_UNIT[c]! : 0;
    if ((unit & 1) === 0) return null;
    capitals |= unit & 16;
  }
  const hostTo = i;
  if (labels === 0 || labelStart === hostTo || (LINK_UNIT[url.charCodeAt(labelStart)]! & 8) === 0) return null;
  const hostCapitals = capitals;
  // Path, then query.
  const pathFrom = i;
  capitals = 0;
  if (i < n && url.charCodeAt(i) === 47) {
    for (; i < n; i++) {
      const c = url.charCodeAt(i);
      if (c === 63) break;
      const unit = c < 128 ? LINK_UNIT[c]! : 0;
      if ((unit & 2) === 0) return null;
      // "/." could start a dot segment ("/./", "/../"), which URL resolves away.
      if (c === 46 && url.charCodeAt(i - 1) === 47) return null;
      capitals |= unit & 16;
    }
  }
  const pathTo = i;
  let query = '';
  if (i < n) {
    // Here url[i] is "?" (the path stops at nothing else).
    for (let q = i + 1; q < n; q++) {
      const c = url.charCodeAt(q);
      if (((c < 128 ? LINK_UNIT[c]! : 0) & 4) === 0) return null;
    }
    query = url.slice(i + 1);
  }
  let host = url.slice(hostFrom, hostTo);
  if (hostCapitals !== 0) host = host.toLowerCase();
  // "xn--" labels URL decodes.
  if (host.includes('xn--') && /(?:^|\.)xn--/.test(host)) return null;
  const path = pathTo === pathFrom ? '/' : capitals !== 0 ? url.slice(pathFrom, pathTo).toLowerCase() : url.slice(pathFrom, pathTo);
  return { host: host.startsWith('www.') ? host.slice(4) : host, path, bare: path === '/' && query === '', params: paramNames(query) };
}

/**
 * The parameter names of a plain query ("utm_source=ig&ref=x"), lower case: only the names are cut out,
 * the values are stepped over (a split of the query cut a string for every pair).
 */
function paramNames(query: string): string[] {
  const names: string[] = [];
  for (let from = 0; from < query.length; ) {
    let end = query.indexOf('&', from);
    if (end < 0) end = query.length;
    if (end > from) {
      const equals = query.indexOf('=', from);
      names.push(query.slice(from, equals < 0 || equals > end ? end : equals).toLowerCase());
    }
    from = end + 1;
  }
  return names;
}

/** linkParts through URL, for every link (the reference the hand-cut reading must agree with). */
export function linkPartsByUrl(url: string): LinkParts | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    return null;
  }
  const path = parsed.pathname.toLowerCase();
  const params: string[] = [];
  for (const name of parsed.searchParams.keys()) params.push(name.toLowerCase());
  return { host: parsed.hostname.toLowerCase().replace(/^www\./, ''), path, bare: path === '/' && parsed.search === '', params };
}

/**
 * Affiliate networks whose links carry the shop's own address in a parameter (by registrable domain):
 * "go.skimresources.com/?url=https%3A%2F%2Fwww.sephora.com…" is a link to Sephora. Skimlinks and CJ
 * write it as `url`, Rakuten as `murl`, Awin as `ued`, Impact as `u`, ShareASale as `urllink`, Admitad as
 * `ulp`; Partnerize puts it in the path after "destination:".
 */
const DESTINATION_PARAMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['skimresources.com', ['url']],
  ['redirectingat.com', ['url']],
  ['linksynergy.com', ['murl']],
  ['awin1.com', ['ued']],
  ['anrdoezrs.net', ['url']],
  ['dpbolvw.net', ['url']],
  ['jdoqocy.com', ['url']],
  ['kqzyfj.com', ['url']],
  ['tkqlhce.com', ['url']],
  ['sjv.io', ['u']],
  ['pxf.io', ['u']],
  ['7eer.net', ['u']],
  ['evyy.net', ['u']],
  ['shareasale.com', ['urllink']],
  ['admitad.com', ['ulp']],
  ['avantlink.com', ['url']],
  ['gopjn.com', ['url']],
  ['pntrs.com', ['url']],
  ['prf.hn', []],
]);

/**
 * The shop's address inside an affiliate network's link on registrable domain `domain`, or null when
 * the link is no such wrapper or names no address.
 */
export function wrappedDestination(url: string, domain: string): string | null {
  const params = DESTINATION_PARAMS.get(domain);
  if (params === undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(/^https?:\/\//i.test(url) ? url : `https://${url}`);
  } catch {
    return null;
  }
  for (const name of params) {
    const value = parsed.searchParams.get(name);
    if (value !== null && value !== '') return value;
  }
  const inPath = /\/destination:([^/?#]+)/.exec(parsed.pathname)?.[1];
  if (inPath === undefined) return null;
  try {
    return decodeURIComponent(inPath);
  } catch {
    return null;
  }
}

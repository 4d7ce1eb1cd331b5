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

/**
 * A host that is one label under .com, .net or .org ("nike.com"): its own registrable domain, as tldts
 * reads it (those suffixes have no names under them but private ones, which hostInfo does not count), so
 * the most common hosts need no public-suffix lookup. The label must be a valid one (letters, digits, inner
 * hyphens, at most 63): tldts gives no domain for others.
 */
const NAME_UNDER_GENERIC_TLD = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.(?:com|net|org)$/;

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
      const parsed = parse(host);
      info = { host, domain: parsed.domain, domainWithoutSuffix: parsed.domainWithoutSuffix };
      cachedHashes[slot] = hash;
      cachedInfo[slot] = info;
    }
  }
  lastInfo = info;
  return info;
}

/** hostInfo read by tldts alone, without the shortcut for names under .com, .net and .org (for tests). */
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
 * through URL, at a fraction of the cost; any other goes through URL.
 */
const PLAIN_LINK = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z][a-z0-9-]*(?:\/[a-z0-9/_.~-]*)?(?:\?[a-z0-9_.=&~-]*)?$/i;

/**
 * The links read last, with their parts (readLink): a post's links are read for their commercial kind,
 * then again for the brand they lead to, and a link read twice is cut once. By the link string itself
 * (the readers are handed the same strings); four, for the posts with several links.
 */
const RECENT_LINKS = 4;
const recentUrls: string[] = new Array<string>(RECENT_LINKS).fill('');
const recentParts: Array<LinkParts | null> = new Array<LinkParts | null>(RECENT_LINKS).fill(null);
/** Whether recentParts[k] was cut by hand (a plain link) with a host tldts reads the same (HOST_NAME). */
const recentPlain: boolean[] = new Array<boolean>(RECENT_LINKS).fill(false);
let recentNext = 0;

/** Where in the recent links `url` is, read now if it is not among them. */
function readLink(url: string): number {
  // Links of one length are many ("https://amzn.to/" and six letters), and === compares their letters
  // until they differ: the last unit tells most of them apart first.
  const last = url.charCodeAt(url.length - 1);
  for (let k = 0; k < RECENT_LINKS; k++) {
    const recent = recentUrls[k]!;
    if (recent.length === url.length && recent.charCodeAt(recent.length - 1) === last && recent === url) return k;
  }
  const k = recentNext;
  recentNext = (recentNext + 1) % RECENT_LINKS;
  const plain = plainLinkParts(url);
  recentUrls[k] = url;
  recentParts[k] = plain ?? linkPartsByUrl(url);
  recentPlain[k] = plain !== null && plain.host.length <= 253 && HOST_NAME.test(plain.host);
  return k;
}

/**
 * A host name tldts takes as one: labels of letters, digits and inner hyphens, at most 63 long (PLAIN_LINK
 * lets a label start or end with a hyphen, which makes the link no host to tldts).
 */
const HOST_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The parts of `url` classifyLink reads, or null when URL cannot read it. */
export function linkParts(url: string): LinkParts | null {
  return recentParts[readLink(url)] ?? null;
}

/**
 * The host of `url` (lower case, without "www.") when it is a plain link (PLAIN_LINK), as tldts's
 * getHostname reads it; null for any other link, which the caller reads its own way.
 */
export function plainLinkHost(url: string): string | null {
  const k = readLink(url);
  return recentPlain[k] === true ? recentParts[k]!.host : null;
}

/**
 * A plain link cut by hand, or null: PLAIN_LINK only tells whether the link is one (a match with its
 * groups cost a plain link more than the rest of its reading), and the parts are cut where the pattern
 * allows them to be: the host ends at the first "/" or "?", the path at the "?".
 */
function plainLinkParts(url: string): LinkParts | null {
  // "/." could start a dot segment ("/./", "/../"), which URL resolves away; "xn--" labels URL decodes.
  if (!PLAIN_LINK.test(url) || url.includes('/.')) return null;
  const scheme = url.indexOf('://');
  const hostFrom = scheme < 0 ? 0 : scheme + 3;
  let hostTo = hostFrom;
  while (hostTo < url.length) {
    const c = url.charCodeAt(hostTo);
    if (c === 47 /* / */ || c === 63 /* ? */) break;
    hostTo++;
  }
  const rawHost = url.slice(hostFrom, hostTo);
  if (/(?:^|[/.])xn--/i.test(rawHost)) return null;
  const queryAt = url.indexOf('?', hostTo);
  const pathTo = queryAt < 0 ? url.length : queryAt;
  const path = pathTo > hostTo ? url.slice(hostTo, pathTo).toLowerCase() : '/';
  const query = queryAt < 0 ? '' : url.slice(queryAt + 1);
  const host = rawHost.toLowerCase();
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

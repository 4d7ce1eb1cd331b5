/**
 * Registrable-domain facts about a link's host, cached. Captions repeat a few hosts (amzn.to, the
 * brands' own domains) across mostly unique URLs, and the public-suffix lookup is the dear part of
 * reading a link, so it runs once per host met lately, not once per link.
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
 * Hosts looked up lately, by the low bits of their hash (a direct-mapped cache): captions repeat a few
 * hosts (amzn.to, linktr.ee, the sponsors' own sites) among many met once. The hashes sit in a typed array
 * that stays in cache, so that a host met for the first time is told apart without reading a cold entry;
 * a Map of 20,000 hosts cost a link two or three cache misses before the public-suffix lookup it saved.
 */
const CACHE_SIZE = 1024;
const cachedHashes = new Int32Array(CACHE_SIZE).fill(-1);
const cachedInfo: Array<HostInfo | undefined> = new Array<HostInfo | undefined>(CACHE_SIZE).fill(undefined);
let lastInfo: HostInfo = Object.freeze({ host: '', domain: null, domainWithoutSuffix: null });

/**
 * A host that is one label under .com, .net or .org ("nike.com"): its own registrable domain, as tldts
 * reads it (those suffixes have no names under them but private ones, which hostInfo does not count), so
 * the most common hosts need no public-suffix lookup. The label must be a valid one (letters, digits, inner
 * hyphens, at most 63): tldts gives no domain for others.
 */
const NAME_UNDER_GENERIC_TLD = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.(?:com|net|org)$/;

/** tldts facts about `host` (taken as given). */
export function hostInfo(host: string): HostInfo {
  // A link's host is asked for twice in a row (its commercial kind, then the brand it names).
  if (host === lastInfo.host) return lastInfo;
  const hash = wordHash(host);
  const slot = hash & (CACHE_SIZE - 1);
  let info = cachedHashes[slot] === hash ? cachedInfo[slot] : undefined;
  if (info === undefined || info.host !== host) {
    const generic = NAME_UNDER_GENERIC_TLD.exec(host);
    if (generic !== null) {
      info = Object.freeze({ host, domain: host, domainWithoutSuffix: generic[1]! });
    } else {
      const parsed = parse(host);
      info = Object.freeze({ host, domain: parsed.domain, domainWithoutSuffix: parsed.domainWithoutSuffix });
    }
    cachedHashes[slot] = hash;
    cachedInfo[slot] = info;
  }
  lastInfo = info;
  return info;
}

/** hostInfo read by tldts alone, without the shortcut for names under .com, .net and .org (for tests). */
export function hostInfoByTldts(host: string): HostInfo {
  const parsed = parse(host);
  return { host, domain: parsed.domain, domainWithoutSuffix: parsed.domainWithoutSuffix };
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

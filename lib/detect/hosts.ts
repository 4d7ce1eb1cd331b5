/**
 * Registrable-domain facts about a link's host, memoised. Captions repeat a few hosts (amzn.to, the
 * brands' own domains) across mostly unique URLs, and the public-suffix lookup is the dear part of
 * reading a link, so it runs once per host, not once per link.
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

const MAX_MEMO = 20_000;
/**
 * Keyed by the host's hash (a small integer), not by the host: a Map keyed by a string just read out
 * of a link hashes that string and compares it with cold keys, which cost more than the public-suffix
 * lookup it saved. A hash two hosts share keeps the last of them.
 */
const memo = new Map<number, HostInfo>();
let lastInfo: HostInfo = Object.freeze({ host: '', domain: null, domainWithoutSuffix: null });

/** tldts facts about `host` (taken as given); the memo is dropped whole when it would pass its bound. */
export function hostInfo(host: string): HostInfo {
  // A link's host is asked for twice in a row (its commercial kind, then the brand it names).
  if (host === lastInfo.host) return lastInfo;
  const hash = wordHash(host);
  let info = memo.get(hash);
  if (info === undefined || info.host !== host) {
    const parsed = parse(host);
    info = Object.freeze({ host, domain: parsed.domain, domainWithoutSuffix: parsed.domainWithoutSuffix });
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(hash, info);
  }
  lastInfo = info;
  return info;
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

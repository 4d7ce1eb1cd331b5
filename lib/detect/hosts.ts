/**
 * Registrable-domain facts about a link's host, memoised. Captions repeat a few hosts (amzn.to, the
 * brands' own domains) across mostly unique URLs, and the public-suffix lookup is the dear part of
 * reading a link, so it runs once per host, not once per link.
 */
import { parse } from 'tldts';

export interface HostInfo {
  readonly host: string;
  /** Registrable domain per tldts ("nike.co.uk" for "shop.nike.co.uk"), null if none. */
  readonly domain: string | null;
  /** The registrable domain without its public suffix ("nike"), null if none. */
  readonly domainWithoutSuffix: string | null;
}

const MAX_MEMO = 20_000;
const memo = new Map<string, HostInfo>();

/** tldts facts about `host` (taken as given); the memo is dropped whole when it would pass its bound. */
export function hostInfo(host: string): HostInfo {
  let info = memo.get(host);
  if (info === undefined) {
    const parsed = parse(host);
    info = Object.freeze({ host, domain: parsed.domain, domainWithoutSuffix: parsed.domainWithoutSuffix });
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(host, info);
  }
  return info;
}

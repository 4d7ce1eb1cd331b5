/**
 * Official handles and websites from name-suggestion-index's Wikidata file, reduced to what the
 * engine matches: per-platform handles without "@" (YouTube: "@handle" and the UC… channel id, as
 * PRODUCT.md names channels) and registrable domains (shop.nike.com and nike.com are both nike.com).
 */
import { domainToASCII } from 'node:url';
import { getDomain } from 'tldts';
import type { Handles } from '@/lib/schema/contracts';
import type { WikidataEntity } from '@/lib/brands/build/dataset-types';

/**
 * Domains that host other people's pages. A brand whose "official website" is a Facebook page or a
 * Linktree would otherwise claim every link to that platform.
 */
export const HOSTING_DOMAINS: ReadonlySet<string> = new Set([
  'facebook.com', 'instagram.com', 'tiktok.com', 'youtube.com', 'youtu.be', 'twitter.com', 'x.com',
  'linkedin.com', 'pinterest.com', 'threads.net', 'vk.com', 'weibo.com', 'google.com', 'goo.gl',
  'linktr.ee', 'bit.ly', 'wixsite.com', 'wix.com', 'wordpress.com', 'blogspot.com', 'github.com',
  'github.io', 'canva.site', 'carrd.co', 'squarespace.com', 'shopify.com', 'myshopify.com',
  'wikipedia.org', 'wikimedia.org', 'wikidata.org', 'figma.com', 'dropbox.com', 'medium.com',
  'weebly.com', 'jimdo.com', 'webnode.com', 'business.site', 'taplink.cc', 't.me', 'wa.me',
]);

function values(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((handle) => handle.trim()).filter((handle) => handle !== '');
}

const stripAt = (handle: string): string => handle.replace(/^@+/, '');

export function handlesFromWikidata(entity: WikidataEntity | undefined): Handles {
  const identities = entity?.identities ?? {};
  const handles: Handles = {};
  const instagram = values(identities.instagram).map(stripAt);
  const tiktok = values(identities.tiktok).map(stripAt);
  const youtube = [
    ...values(identities.youtubeHandle).map((handle) => `@${stripAt(handle)}`),
    ...values(identities.youtube).filter((id) => /^UC[\w-]{22}$/.test(id)),
  ];
  if (instagram.length > 0) handles.instagram = [...new Set(instagram)];
  if (tiktok.length > 0) handles.tiktok = [...new Set(tiktok)];
  if (youtube.length > 0) handles.youtube = [...new Set(youtube)];
  return handles;
}

/** The registrable domain of a URL (or bare host), or null for hosting platforms and junk. */
export function registrableDomain(url: string): string | null {
  const domain = getDomain(url.trim(), { allowPrivateDomains: true });
  if (domain === null || domain.length < 3) return null;
  const lower = domain.toLowerCase();
  return HOSTING_DOMAINS.has(lower) ? null : lower;
}

/**
 * Registrable domains of the brand's official websites. An internationalised domain is listed as
 * written (ярче.рф, as a caption shows it) and in its ASCII form (xn--…, as a parsed link's hostname).
 */
export function domainsFromWikidata(entity: WikidataEntity | undefined): string[] {
  const urls = [...(entity?.officialWebsites ?? []), ...values(entity?.identities?.website)];
  const domains = new Set<string>();
  for (const url of urls) {
    const domain = registrableDomain(url);
    if (domain === null) continue;
    domains.add(domain);
    const ascii = domainToASCII(domain);
    if (ascii !== '' && ascii !== domain) domains.add(ascii);
  }
  return [...domains];
}

/**
 * Entry point of the site adapters: which adapter serves a URL, and a whole-page read used by the
 * command line and by the runtime's first pass (with the diagnostics the popup shows).
 */
import type { PageInfo, PostSnapshot } from '@/lib/schema/post';
import { instagramAdapter } from './instagram/adapter';
import { tiktokAdapter } from './tiktok/adapter';
import type { SiteAdapter } from './types';
import { youtubeAdapter, watchDiagnostics } from './youtube/adapter';

export type { SiteAdapter } from './types';

const ADAPTERS: readonly { host: RegExp; adapter: SiteAdapter }[] = [
  { host: /(^|\.)instagram\.com$/, adapter: instagramAdapter },
  { host: /(^|\.)tiktok\.com$/, adapter: tiktokAdapter },
  { host: /(^|\.)youtube\.com$/, adapter: youtubeAdapter },
];

function toUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function adapterFor(url: string | URL): SiteAdapter | null {
  const parsed = toUrl(url);
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return null;
  return ADAPTERS.find((a) => a.host.test(parsed.hostname))?.adapter ?? null;
}

const SITE_NAMES = { instagram: 'Instagram', tiktok: 'TikTok', youtube: 'YouTube' } as const;

const KIND_NAMES: Record<PageInfo['kind'], string> = {
  feed: 'feed',
  profile: 'profile',
  post: 'post',
  reel: 'reel',
  video: 'video',
  short: 'Short',
  search: 'search',
  home: 'home',
  channel: 'channel',
  unknown: 'unknown',
};

/** Page kinds on which a working adapter always finds at least one post. */
const KINDS_WITH_POSTS = new Set<PageInfo['kind']>(['feed', 'profile', 'post', 'reel', 'video', 'short', 'search', 'home', 'channel']);

/** The sentence the popup shows when a page that should have posts yielded none. */
export function noPostsDiagnostic(page: PageInfo): string {
  const site = SITE_NAMES[page.platform];
  // "an Instagram …", "a TikTok …", "a YouTube …": the article goes with the site name that follows it.
  const article = /^[aeiou]/i.test(site) ? 'an' : 'a';
  return `no posts found on ${article} ${site} ${KIND_NAMES[page.kind]} page: the site's markup may have changed`;
}

export interface PageExtraction {
  page: PageInfo;
  posts: { element: Element; snapshot: PostSnapshot }[];
  diagnostics: string[];
}

export function extractPage(doc: Document, url: string): PageExtraction {
  const parsed = toUrl(url);
  const adapter = parsed ? adapterFor(parsed) : null;
  if (!parsed || !adapter) {
    return {
      page: { platform: 'instagram', kind: 'unknown', url },
      posts: [],
      diagnostics: [`not a supported site: ${url}`],
    };
  }
  const page: PageInfo = { platform: adapter.platform, kind: adapter.pageKind(parsed, doc), url };
  const diagnostics: string[] = [];
  const posts: PageExtraction['posts'] = [];
  if (page.kind === 'unknown') {
    diagnostics.push(`this ${SITE_NAMES[adapter.platform]} page is not one we scan (${parsed.pathname})`);
    return { page, posts, diagnostics };
  }
  const containers = adapter.findPosts(doc, parsed);
  let unreadable = 0;
  for (const element of containers) {
    const snapshot = adapter.extract(element, parsed);
    if (snapshot) posts.push({ element, snapshot });
    else unreadable++;
    for (const note of watchDiagnostics.get(element) ?? []) if (!diagnostics.includes(note)) diagnostics.push(note);
  }
  if (posts.length === 0 && KINDS_WITH_POSTS.has(page.kind)) diagnostics.push(noPostsDiagnostic(page));
  if (unreadable > 0 && posts.length > 0) {
    diagnostics.push(`${unreadable} post container(s) not readable yet (still loading)`);
  }
  return { page, posts, diagnostics };
}

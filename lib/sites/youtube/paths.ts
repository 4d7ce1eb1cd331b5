/** YouTube URL shapes: page kind, video ids, and channel identities as PostSnapshot.authors wants them. */
import type { PageInfo } from '@/lib/schema/post';
import { absoluteUrl } from '../dom';

const YOUTUBE_HOST = /(^|\.)youtube\.com$|^youtu\.be$/;

export function youtubePageKind(url: URL): PageInfo['kind'] {
  const path = url.pathname;
  if (path === '/watch') return 'video';
  if (/^\/shorts\/[\w-]+/.test(path)) return 'short';
  if (path === '/results') return 'search';
  if (path === '/' || path === '') return 'home';
  if (/^\/feed\/(subscriptions|trending|explore)/.test(path)) return 'feed';
  if (/^\/(@[^/]+|channel\/[\w-]+|c\/[^/]+|user\/[^/]+)(\/|$)/.test(path)) return 'channel';
  return 'unknown';
}

export interface VideoRef {
  id: string;
  kind: 'video' | 'short';
  url: string;
}

export function videoRefOf(href: string | null, base: URL): VideoRef | null {
  const url = absoluteUrl(href, base);
  if (!url || !YOUTUBE_HOST.test(url.hostname)) return null;
  const short = /^\/shorts\/([\w-]{6,20})/.exec(url.pathname)?.[1];
  if (short) return { id: short, kind: 'short', url: `https://www.youtube.com/shorts/${short}` };
  const v = url.pathname === '/watch' ? url.searchParams.get('v') : url.hostname === 'youtu.be' ? url.pathname.slice(1) : null;
  if (v && /^[\w-]{6,20}$/.test(v)) return { id: v, kind: 'video', url: `https://www.youtube.com/watch?v=${v}` };
  return null;
}

/**
 * A channel link as PRODUCT.md names channels: the handle without "@" (lower case), else the UC… id,
 * else the legacy `c/Name` / `user/Name` path.
 */
export function channelOfLink(href: string | null, base: URL): string | null {
  const url = absoluteUrl(href, base);
  if (!url || !YOUTUBE_HOST.test(url.hostname)) return null;
  const path = decodeURIComponent(url.pathname);
  const handle = /^\/@([^/]+)/.exec(path)?.[1];
  if (handle) return handle.toLowerCase();
  const id = /^\/channel\/(UC[\w-]{10,})/.exec(path)?.[1];
  if (id) return id;
  const legacy = /^\/(c|user)\/([^/]+)/.exec(path);
  if (legacy?.[1] && legacy[2]) return `${legacy[1]}/${legacy[2].toLowerCase()}`;
  return null;
}

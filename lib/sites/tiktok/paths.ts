/** TikTok URL shapes: the page kind, handles from `/@user` links, video ids and their creation time. */
import type { PageInfo } from '@/lib/schema/post';
import { absoluteUrl } from '../dom';

const TIKTOK_HOST = /(^|\.)tiktok\.com$/;

export function tiktokPageKind(url: URL): PageInfo['kind'] {
  const path = url.pathname;
  if (/^\/@[^/]+\/(video|photo)\/\d+/.test(path)) return 'video';
  if (/^\/@[^/]+\/?$/.test(path)) return 'profile';
  if (/^\/search(\/|$)/.test(path)) return 'search';
  if (/^\/(foryou|following|explore|friends)?\/?$/.test(path) || /^\/tag\//.test(path)) return 'feed';
  return 'unknown';
}

/** `/@handle` (or an absolute TikTok URL to it) → "handle". */
export function handleOfLink(href: string | null, base: URL): string | null {
  const url = absoluteUrl(href, base);
  if (!url || !TIKTOK_HOST.test(url.hostname)) return null;
  const m = /^\/@([A-Za-z0-9._]{1,40})(?:\/|$)/.exec(url.pathname);
  return m?.[1] ? m[1].toLowerCase() : null;
}

export function tagOfLink(href: string | null, base: URL): string | null {
  const url = absoluteUrl(href, base);
  if (!url || !TIKTOK_HOST.test(url.hostname)) return null;
  const m = /^\/tag\/([^/?#]+)/.exec(url.pathname);
  return m?.[1] ? decodeURIComponent(m[1]).toLowerCase() : null;
}

export interface VideoPath {
  author: string;
  id: string;
  /** Photo posts (carousels) live under /photo/, videos under /video/. */
  kind: 'video' | 'photo';
}

export function videoPathOf(href: string | null, base: URL): VideoPath | null {
  const url = absoluteUrl(href, base);
  if (!url || !TIKTOK_HOST.test(url.hostname)) return null;
  const m = /^\/@([A-Za-z0-9._]{1,40})\/(video|photo)\/(\d{8,25})/.exec(url.pathname);
  return m?.[1] && m[3] ? { author: m[1].toLowerCase(), id: m[3], kind: m[2] === 'photo' ? 'photo' : 'video' } : null;
}

export function canonicalVideoUrl(author: string, id: string, kind: VideoPath['kind'] = 'video'): string {
  return `https://www.tiktok.com/@${author}/${kind}/${id}`;
}

/**
 * TikTok video ids carry their creation time in the upper 32 bits (seconds since 1970), a few seconds
 * before the `createTime` the JSON gives. Used only when the page shows no date.
 */
export function timeOfVideoId(id: string): string | null {
  try {
    const seconds = Number(BigInt(id) >> 32n);
    if (seconds < Date.UTC(2016, 0, 1) / 1000 || seconds > Date.UTC(2100, 0, 1) / 1000) return null;
    return new Date(seconds * 1000).toISOString();
  } catch {
    return null;
  }
}

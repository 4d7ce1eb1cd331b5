/**
 * Instagram URL shapes. Links are the most stable thing in Instagram's markup (class names are hashed),
 * so authors, permalinks, hashtags and the page kind are all read from paths.
 */
import type { PageInfo } from '@/lib/schema/post';
import { absoluteUrl } from '../dom';

/** First path segments that are Instagram's own sections, never a username. */
const RESERVED = new Set([
  'explore', 'reels', 'reel', 'p', 'tv', 'stories', 'direct', 'accounts', 'about', 'legal', 'developer',
  'challenge', 'emails', 'privacy', 'terms', 'web', 'api', 'graphql', 'session', 'ar', 'lite', 'directory',
]);

const INSTAGRAM_HOST = /(^|\.)instagram\.com$/;
const HANDLE = /^[A-Za-z0-9._]{1,30}$/;

/** The handle a link points to when it is a profile link (`/<user>/`), else null. */
export function profileHandleOf(href: string | null, base: URL): string | null {
  const url = absoluteUrl(href, base);
  if (!url || !INSTAGRAM_HOST.test(url.hostname)) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.length !== 1) return null;
  const [handle] = segments;
  if (!handle || RESERVED.has(handle.toLowerCase()) || !HANDLE.test(handle)) return null;
  return handle.toLowerCase();
}

export interface PostPath {
  owner: string | null;
  kind: 'post' | 'reel';
  code: string;
  /** Canonical post URL: https://www.instagram.com/p/<code>/ or /reel/<code>/. */
  url: string;
}

/** `/p/<code>/`, `/reel/<code>/`, `/reels/<code>/`, `/tv/<code>/`, each optionally username-prefixed. */
export function postPathOf(href: string | null, base: URL): PostPath | null {
  const url = absoluteUrl(href, base);
  if (!url || !INSTAGRAM_HOST.test(url.hostname)) return null;
  const m = /^\/(?:([A-Za-z0-9._]{1,30})\/)?(p|reels?|tv)\/([A-Za-z0-9_-]{5,})\/?(?:$|c\/|liked_by)/.exec(url.pathname);
  if (!m || !m[2] || !m[3]) return null;
  const owner = m[1] && !RESERVED.has(m[1].toLowerCase()) ? m[1].toLowerCase() : null;
  const kind = m[2].startsWith('reel') ? 'reel' : 'post';
  const code = m[3];
  return { owner, kind, code, url: `https://www.instagram.com/${kind === 'reel' ? 'reel' : 'p'}/${code}/` };
}

export function hashtagOfLink(href: string | null, base: URL): string | null {
  const url = absoluteUrl(href, base);
  if (!url || !INSTAGRAM_HOST.test(url.hostname)) return null;
  const m = /^\/explore\/tags\/([^/]+)\/?$/.exec(url.pathname);
  return m?.[1] ? decodeURIComponent(m[1]).toLowerCase() : null;
}

export function isInstagramUrl(href: string | null, base: URL): boolean {
  const url = absoluteUrl(href, base);
  return url !== null && INSTAGRAM_HOST.test(url.hostname);
}

export function instagramPageKind(url: URL): PageInfo['kind'] {
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.length === 0) return 'feed';
  const first = (segments[0] ?? '').toLowerCase();
  const post = postPathOf(url.href, url);
  if (post) return post.kind === 'reel' ? 'reel' : 'post';
  if (first === 'reels' && segments.length === 1) return 'feed';
  if (first === 'explore') return 'search';
  if (segments.length <= 2 && !RESERVED.has(first) && HANDLE.test(segments[0] ?? '')) {
    // `/<user>/`, `/<user>/reels/`, `/<user>/tagged/` are tabs of the profile grid.
    return segments.length === 1 || ['reels', 'tagged', 'saved'].includes((segments[1] ?? '').toLowerCase())
      ? 'profile'
      : 'unknown';
  }
  return 'unknown';
}

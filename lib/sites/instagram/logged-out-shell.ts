/**
 * A post page as Instagram serves it to a logged-out visitor before any script runs (what a saved server
 * response holds): an empty app mount, the post only in <meta>:
 *   og:description = '298K likes, 553 comments - willyrex on May 29, 2021: "caption…". '
 * Read only when the page's canonical link names the post of the address, so that a stale or foreign
 * <meta> never becomes a post.
 */
import type { PostSnapshot } from '@/lib/schema/post';
import { attr, tidyText } from '../dom';
import { decodeLink, hashtagsIn, mentionsIn, unique, uniqueLower, urlsIn } from '../post-text';
import { postPathOf } from './paths';
import { CANONICAL_LINK, PERMALINK_MAIN, POST_ARTICLE, SHELL_DESCRIPTION } from './selectors';

const DESCRIPTION = /-\s+([A-Za-z0-9._]{1,30}) on ([A-Z][a-z]+ \d{1,2}, \d{4})(?::\s*"([\s\S]*)")?/;

/** True when the document is such a shell: no rendered post at all, a description in <meta>. */
export function isLoggedOutShell(doc: Document): boolean {
  return !doc.querySelector([...POST_ARTICLE, ...PERMALINK_MAIN].join(',')) && SHELL_DESCRIPTION.some((s) => doc.querySelector(s) !== null);
}

export function extractLoggedOutShell(doc: Document, base: URL): PostSnapshot | null {
  const page = postPathOf(base.href, base);
  const canonicalEl = doc.querySelector(CANONICAL_LINK.join(','));
  const canonical = postPathOf(attr(canonicalEl, 'href') ?? attr(canonicalEl, 'content'), base);
  if (!page || !canonical || canonical.code !== page.code) return null;
  const description = SHELL_DESCRIPTION.map((s) => attr(doc.querySelector(s), 'content')).find(Boolean) ?? '';
  const m = DESCRIPTION.exec(description);
  if (!m?.[1]) return null;
  const date = m[2] ? Date.parse(`${m[2]} 00:00:00 UTC`) : Number.NaN;
  const text = tidyText((m[3] ?? '').replace(/"\.?\s*$/, ''));
  return {
    platform: 'instagram',
    kind: canonical.kind === 'reel' || page.kind === 'reel' ? 'reel' : 'post',
    url: canonical.url,
    authors: [m[1].toLowerCase()],
    // The day only: the shell gives no time of day.
    publishedAt: Number.isNaN(date) ? null : new Date(date).toISOString(),
    text,
    hashtags: uniqueLower(hashtagsIn(text)),
    mentions: uniqueLower(mentionsIn(text)),
    links: unique(urlsIn(text).map((u) => decodeLink(u, base)).filter((u): u is string => u !== null)),
    label: null,
  };
}

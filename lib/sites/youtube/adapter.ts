/**
 * YouTube adapter.
 *
 *   watch    the active ytd-watch-flexy's primary column → extractWatch (+ sidebar tiles)
 *            server HTML (no ytd-app rendered): <body> → extractFromPlayerResponse
 *   shorts   ytd-reel-video-renderer × n → extractShort
 *   home, search, channel: video tiles → extractVideoTile; ads the site sells → extractAdTile (kind "ad")
 *
 * Everything under an inactive (hidden) page of ytd-page-manager is ignored: it is the SPA's leftover.
 */
import type { PageInfo, PostSnapshot } from '@/lib/schema/post';
import type { SiteAdapter } from '../types';
import { isInsideOwnUi, outermostOnly, ownerDocumentOf, queryAllAny, queryAllFirst, queryFirst, sortInDocumentOrder } from '../dom';
import { youtubePageKind } from './paths';
import { PAGE_COMPONENT, AD_TILE, SHORT_PLAYER_ITEM, VIDEO_TILE, WATCH_PAGE, WATCH_POST, WATCH_TITLE } from './selectors';
import { extractAdTile, extractShort, extractVideoTile, isAdTile } from './tiles';
import { extractFromPlayerResponse, extractWatch } from './watch';

/** Content of the page the user sees: inside a page component, none of them hidden. */
function isOnActivePage(el: Element): boolean {
  const page = el.closest(PAGE_COMPONENT.join(','));
  if (!page) return false;
  for (let p: Element | null = page; p; p = p.parentElement) if (p.hasAttribute('hidden')) return false;
  return true;
}

/**
 * The watched video's container: the primary column when it holds the title (the live DOM), else the whole
 * watch page (saved pages re-parsed by a spec parser close the primary column early, stranding the title).
 * Found from root downwards or, for a node inside the watch page, upwards.
 */
function watchContainerOf(root: ParentNode): Element | null {
  const pages = queryAllFirst(root, WATCH_PAGE);
  const around = (root as Element).closest?.(WATCH_PAGE.join(','));
  const page = [...pages, ...(around ? [around] : [])].find((p) => isOnActivePage(p));
  if (!page) return null;
  const titled = [...WATCH_POST.map((selector) => page.querySelector(selector)), page].find(
    (candidate) => candidate !== null && queryFirst(candidate, WATCH_TITLE) !== null,
  );
  return titled ?? null;
}

/** Notes of the last watch extraction, read by extractPage for its diagnostics. */
export const watchDiagnostics = new WeakMap<Element, string[]>();

export const youtubeAdapter: SiteAdapter = {
  platform: 'youtube',

  pageKind(url: URL): PageInfo['kind'] {
    return youtubePageKind(url);
  },

  findPosts(root: ParentNode, url: URL): Element[] {
    const kind = youtubePageKind(url);
    const found: Element[] = [];
    if (kind === 'video') {
      const watch = watchContainerOf(root);
      if (watch) found.push(watch);
      const doc = ownerDocumentOf(root);
      // Server HTML: no rendered app at all, only the player response in a script.
      if (found.length === 0 && doc && doc.body && (root === doc || root === doc.body) && !doc.querySelector(WATCH_PAGE.join(','))) {
        found.push(doc.body);
      }
    }
    if (kind === 'short') found.push(...queryAllFirst(root, SHORT_PLAYER_ITEM));
    const tiles = queryAllAny(root, [...VIDEO_TILE, ...AD_TILE]);
    const enclosing = (root as Element).closest?.([...VIDEO_TILE, ...AD_TILE].join(','));
    if (enclosing) tiles.push(enclosing);
    // An ad slot nests several ad renderers, a rich item wraps a video renderer: one post each.
    found.push(...outermostOnly(sortInDocumentOrder(tiles)));
    return sortInDocumentOrder(found.filter((el) => !isInsideOwnUi(el) && (el.tagName === 'BODY' || isOnActivePage(el))));
  },

  extract(container: Element, url: URL): PostSnapshot | null {
    if (isInsideOwnUi(container)) return null;
    if (container.matches(SHORT_PLAYER_ITEM.join(','))) return extractShort(container, url);
    if (container.matches([...VIDEO_TILE, ...AD_TILE].join(','))) {
      return isAdTile(container) ? extractAdTile(container, url) : extractVideoTile(container, url);
    }
    if (container.tagName === 'BODY' && container.ownerDocument) return extractFromPlayerResponse(container.ownerDocument, url);
    if (!isOnActivePage(container)) return null;
    const reading = extractWatch(container, url);
    if (reading) watchDiagnostics.set(container, reading.diagnostics);
    return reading?.snapshot ?? null;
  },
};


/**
 * Instagram adapter: which containers are posts on each page kind, and which reader handles each.
 *
 *   feed `/`                 article × n                         → extractArticle
 *   post/reel with a modal   article[role=presentation] in dialog → extractArticle
 *   permalink `/p/…`         main (no article)                   → extractPermalink
 *   profile `/<user>/`       grid tiles a[href*="/p/"]           → extractGridTile
 */
import type { PageInfo, PostSnapshot } from '@/lib/schema/post';
import type { SiteAdapter } from '../types';
import { isInsideOwnUi, outermostOnly, ownerDocumentOf, queryAllFirst, queryAllWithSelf, sortInDocumentOrder } from '../dom';
import { extractArticle, extractGridTile, extractPermalink } from './extract';
import { extractLoggedOutShell, isLoggedOutShell } from './logged-out-shell';
import { instagramPageKind, postPathOf } from './paths';
import { GRID_TILE, PERMALINK_MAIN, POST_ARTICLE } from './selectors';

function profileOwnerOf(url: URL): string | null {
  if (instagramPageKind(url) !== 'profile') return null;
  return (url.pathname.split('/').filter(Boolean)[0] ?? '').toLowerCase() || null;
}

function isGridTile(el: Element, url: URL): boolean {
  return el.tagName === 'A' && postPathOf(el.getAttribute('href'), url) !== null && el.closest(POST_ARTICLE.join(',')) === null;
}

export const instagramAdapter: SiteAdapter = {
  platform: 'instagram',

  pageKind(url: URL): PageInfo['kind'] {
    return instagramPageKind(url);
  },

  findPosts(root: ParentNode, url: URL): Element[] {
    const kind = instagramPageKind(url);
    const found: Element[] = [];
    const doc = ownerDocumentOf(root);
    // A node inside an article (a caption that finished loading) belongs to that article.
    const enclosing = (root as Element).closest?.(POST_ARTICLE.join(','));
    if (enclosing && !isInsideOwnUi(enclosing)) found.push(enclosing);
    found.push(...queryAllFirst(root, POST_ARTICLE));
    if ((kind === 'post' || kind === 'reel') && found.length === 0) {
      // The permalink layout has no article; its container is main, wherever root sits.
      if (!doc?.querySelector(POST_ARTICLE.join(','))) {
        const mains = queryAllFirst(root, PERMALINK_MAIN);
        const around = (root as Element).closest?.(PERMALINK_MAIN.join(','));
        found.push(...(mains.length > 0 ? mains : around ? [around] : []));
      }
    }
    if ((kind === 'post' || kind === 'reel') && found.length === 0 && doc?.body && (root === doc || root === doc.body) && isLoggedOutShell(doc)) {
      // A saved logged-out server page: the post exists only in <meta>; the body stands for it.
      found.push(doc.body);
    }
    if (kind === 'profile') {
      const tiles = queryAllFirst(root, GRID_TILE).filter((el) => isGridTile(el, url));
      found.push(...tiles);
    }
    return outermostOnly(sortInDocumentOrder(found.filter((el) => !isInsideOwnUi(el))));
  },

  extract(container: Element, url: URL): PostSnapshot | null {
    if (isInsideOwnUi(container)) return null;
    if (container.tagName === 'ARTICLE') return extractArticle(container, url);
    if (container.tagName === 'A') return extractGridTile(container, url, profileOwnerOf(url));
    if (container.tagName === 'BODY' && container.ownerDocument) return extractLoggedOutShell(container.ownerDocument, url);
    if (queryAllWithSelf(container, PERMALINK_MAIN.join(',')).length > 0) return extractPermalink(container, url);
    return null;
  },
};

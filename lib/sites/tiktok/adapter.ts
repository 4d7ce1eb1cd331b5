/**
 * TikTok adapter.
 *
 *   For You / video page   [data-e2e=recommend-list-item-container] × n (unloaded ones → null)
 *   2022 browse video page  the block around [data-e2e=browse-video-desc]
 *   profile                 [data-e2e=user-post-item] tiles (caption from img[alt])
 *   search                  parent of [data-e2e=search_top-item] + its search-card-desc
 *
 * The rehydration JSON fills in the date and the full caption, only for the item whose id this container
 * shows (player wrapper id or video link).
 */
import type { PageInfo, PostSnapshot } from '@/lib/schema/post';
import type { SiteAdapter } from '../types';
import {
  closestAny,
  isInsideOwnUi,
  outermostOnly,
  queryAllFirst,
  queryAllWithSelf,
  queryFirst,
  readableText,
  sortInDocumentOrder,
} from '../dom';
import { classifyLabelText } from '../labels';
import { continuesText, decodeLink, hashtagsIn, isoDate, mentionsIn, unique, uniqueLower, urlsIn } from '../post-text';
import { canonicalVideoUrl, handleOfLink, tagOfLink, tiktokPageKind, timeOfVideoId, videoPathOf, type VideoPath } from './paths';
import { rehydratedItems, type RehydratedItem } from './rehydration';
import {
  AUTHOR_HANDLE,
  AUTHOR_LINK,
  BROWSE_AUTHOR,
  BROWSE_DESC,
  CAPTION,
  CAPTION_CONTROLS,
  CAPTION_LINK,
  FEED_ITEM,
  LABEL_CHIP,
  PLAYER_WRAPPER,
  PROFILE_ITEM,
  SEARCH_ITEM,
  TILE_IMAGE,
  VIDEO_LINK,
} from './selectors';

const ALL_CONTAINERS = [...FEED_ITEM, ...PROFILE_ITEM, ...SEARCH_ITEM];

/** The 2022 browse layout: the smallest ancestor of the description that also shows the author. */
function browseContainerOf(desc: Element): Element | null {
  for (let el = desc.parentElement; el; el = el.parentElement) {
    if (el.querySelector(BROWSE_AUTHOR.join(','))) return el;
  }
  return null;
}

function videoIdOf(container: Element, base: URL): { id: string | null; author: string | null; kind?: VideoPath['kind'] } {
  const link = queryFirst(container, VIDEO_LINK);
  const path = link ? videoPathOf(link.getAttribute('href'), base) : null;
  if (path) return path;
  const wrapper = queryFirst(container, PLAYER_WRAPPER);
  const fromWrapper = /-(\d{8,25})$/.exec(wrapper?.id ?? '')?.[1] ?? null;
  if (fromWrapper) return { id: fromWrapper, author: null };
  // The browse page shows one video: the one in the URL.
  if (queryFirst(container, BROWSE_DESC)) {
    const fromUrl = videoPathOf(base.href, base);
    if (fromUrl) return fromUrl;
  }
  return { id: null, author: null };
}

function authorOf(container: Element, base: URL): string | null {
  const shown = queryFirst(container, AUTHOR_HANDLE);
  const text = shown ? readableText(shown).replace(/^@/, '').trim() : '';
  if (/^[A-Za-z0-9._]{1,40}$/.test(text)) return text.toLowerCase();
  const link = queryFirst(container, AUTHOR_LINK);
  return link ? handleOfLink(link.getAttribute('href'), base) : null;
}

function labelOf(container: Element, item: RehydratedItem | null): PostSnapshot['label'] {
  const chip = queryFirst(container, LABEL_CHIP);
  const text = chip ? readableText(chip) : '';
  if (chip && text) return { kind: classifyLabelText(text) ?? 'paid-partnership', text, partner: null };
  if (item?.isAd) return { kind: 'ad', text: 'Sponsored', partner: null };
  return null;
}

function listsOf(text: string, captionEls: Element[], base: URL): Pick<PostSnapshot, 'hashtags' | 'mentions' | 'links'> {
  const tags = hashtagsIn(text);
  const mentions = mentionsIn(text);
  const links: string[] = [];
  for (const el of captionEls) {
    for (const a of queryAllWithSelf(el, CAPTION_LINK.join(','))) {
      const href = a.getAttribute('href');
      const tag = tagOfLink(href, base);
      const handle = handleOfLink(href, base);
      if (tag) tags.push(tag);
      else if (handle) mentions.push(handle);
      else if (href && !href.startsWith('/')) {
        const decoded = decodeLink(href, base);
        if (decoded && !/(^|\.)tiktok\.com$/.test(new URL(decoded).hostname)) links.push(decoded);
      }
    }
  }
  for (const url of urlsIn(text)) {
    const decoded = decodeLink(url, base);
    if (decoded) links.push(decoded);
  }
  return { hashtags: uniqueLower(tags), mentions: uniqueLower(mentions), links: unique(links) };
}

function extractTikTok(container: Element, base: URL): PostSnapshot | null {
  const doc = container.ownerDocument;
  const found = videoIdOf(container, base);
  let id = found.id;
  const authorFromLink = found.author;
  let postKind: VideoPath['kind'] = found.kind ?? 'video';
  const captionEls = queryAllFirst(container, CAPTION).slice(0, 1);
  const shownCaption = captionEls[0] ? readableText(captionEls[0], { skip: CAPTION_CONTROLS }) : '';
  const tileAlt = captionEls.length === 0 ? (queryFirst(container, TILE_IMAGE)?.getAttribute('alt') ?? '').trim() : '';
  const shownAuthor = authorOf(container, base);
  // Old feed-style video pages show no id in the item: the page's own video is the item whose author and
  // caption are the ones the JSON gives for the video of the address.
  if (!id && doc && shownAuthor && shownCaption) {
    const fromUrl = videoPathOf(base.href, base);
    const candidate = fromUrl ? rehydratedItems(doc).get(fromUrl.id) : undefined;
    if (candidate?.author === shownAuthor && candidate.desc && continuesText(candidate.desc, shownCaption)) {
      id = candidate.id;
      postKind = fromUrl?.kind ?? 'video';
    }
  }
  const item = id && doc ? (rehydratedItems(doc).get(id) ?? null) : null;
  const author = shownAuthor ?? authorFromLink ?? item?.author ?? null;
  // Not loaded yet (the 2025 feed renders empty item shells ahead of the scroll position).
  if (!author && !id && !shownCaption) return null;
  // The JSON caption is the full one; the DOM may be cut behind "more".
  const fromJson =
    item?.desc && item.desc.length > shownCaption.length && continuesText(item.desc, shownCaption || tileAlt) ? item.desc : null;
  const text = fromJson ?? (shownCaption || tileAlt);
  const label = labelOf(container, item);
  return {
    platform: 'tiktok',
    kind: label?.kind === 'ad' ? 'ad' : 'video',
    url: id && author ? canonicalVideoUrl(author, id, postKind) : null,
    authors: author ? [author] : [],
    publishedAt: isoDate(item?.createTime) ?? (id ? timeOfVideoId(id) : null),
    text,
    ...listsOf(text, captionEls, base),
    label,
  };
}

export const tiktokAdapter: SiteAdapter = {
  platform: 'tiktok',

  pageKind(url: URL): PageInfo['kind'] {
    return tiktokPageKind(url);
  },

  findPosts(root: ParentNode, url: URL): Element[] {
    const found: Element[] = [];
    const enclosing = (root as Element).closest ? closestAny(root as Element, ALL_CONTAINERS) : null;
    if (enclosing) found.push(enclosing);
    found.push(...queryAllFirst(root, FEED_ITEM), ...queryAllFirst(root, PROFILE_ITEM), ...queryAllFirst(root, SEARCH_ITEM));
    for (const desc of queryAllFirst(root, BROWSE_DESC)) {
      const container = browseContainerOf(desc);
      if (container && !container.closest(ALL_CONTAINERS.join(','))) found.push(container);
    }
    void url;
    return outermostOnly(sortInDocumentOrder(found.filter((el) => !isInsideOwnUi(el))));
  },

  extract(container: Element, url: URL): PostSnapshot | null {
    if (isInsideOwnUi(container)) return null;
    return extractTikTok(container, url);
  },
};

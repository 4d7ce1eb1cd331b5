/**
 * Reading one Instagram post container into a PostSnapshot. Three layouts (instagram-dom.md §2):
 *   feed / modal  <article>: header, media, action bar <section>, caption (truncated in the feed)
 *   permalink     <main> without <article>: media, header, <hr>, caption as the first "comment"
 *   profile grid  a tile link with the caption in img[alt]
 */
import { labelPartners, type PlatformLabel, type PostSnapshot } from '@/lib/schema/post';
import { queryAllWithSelf, queryFirst, readableText, sortInDocumentOrder } from '../dom';
import { continuesText, decodeLink, hashtagsIn, isoDate, mentionsIn, unique, uniqueLower, urlsIn } from '../post-text';
import { embeddedMedia } from './embedded-json';
import { adLinkIn, headerRegionOf, profileLinksIn, readHeader, type ProfileLink } from './header';
import { hashtagOfLink, isInstagramUrl, postPathOf, profileHandleOf, type PostPath } from './paths';
import {
  ACTION_BAR,
  ANY_LINK,
  CAPTION_CONTROLS,
  COMMENT_LINK,
  FEED_CAPTION,
  MODAL_CAPTION,
  PERMALINK_DIVIDER,
  PERMALINK_LINK,
  POST_TIME,
  REEL_LINK,
  TEXT_BLOCK,
  TILE_IMAGE,
} from './selectors';

/** Trailing ellipsis the feed leaves where it cut the caption ("…", "...", "... more" minus the button). */
function withoutTruncationMark(text: string): string {
  return text.replace(/\s*(\.\.\.|…)\s*$/u, '');
}

interface CaptionParts {
  text: string;
  elements: Element[];
}

/** Hashtags, mentions and outgoing links of the caption: from its text and from its own links. */
function listsOf(caption: CaptionParts, base: URL): Pick<PostSnapshot, 'hashtags' | 'mentions' | 'links'> {
  const tags = hashtagsIn(caption.text);
  const mentions = mentionsIn(caption.text);
  const links: string[] = [];
  for (const el of caption.elements) {
    for (const a of queryAllWithSelf(el, ANY_LINK.join(','))) {
      const href = a.getAttribute('href');
      const tag = hashtagOfLink(href, base);
      if (tag) tags.push(tag);
      const handle = profileHandleOf(href, base);
      if (handle && (a.textContent ?? '').trim().startsWith('@')) mentions.push(handle);
      if (!isInstagramUrl(href, base) || /^https?:\/\/l\.instagram\.com\//.test(href ?? '')) {
        const decoded = href ? decodeLink(href, base) : null;
        if (decoded) links.push(decoded);
      }
    }
  }
  for (const url of urlsIn(caption.text)) {
    const decoded = decodeLink(url, base);
    if (decoded) links.push(decoded);
  }
  return { hashtags: uniqueLower(tags), mentions: uniqueLower(mentions), links: unique(links) };
}

function firstAfter(candidates: Element[], marker: Element | null): Element | null {
  if (!marker) return candidates[0] ?? null;
  // 4 = DOCUMENT_POSITION_FOLLOWING
  return candidates.find((c) => (marker.compareDocumentPosition(c) & 4) !== 0 && !marker.contains(c)) ?? null;
}

function feedCaption(article: Element): CaptionParts {
  const modal = queryFirst(article, MODAL_CAPTION);
  if (modal) return { text: readableText(modal, { skip: CAPTION_CONTROLS }), elements: [modal] };
  const bars = queryAllWithSelf(article, ACTION_BAR.join(','));
  const lastBar = bars[bars.length - 1] ?? null;
  for (const selector of FEED_CAPTION) {
    const caption = firstAfter(sortInDocumentOrder(queryAllWithSelf(article, selector)), lastBar);
    if (caption) {
      const text = withoutTruncationMark(readableText(caption, { skip: CAPTION_CONTROLS }));
      return { text, elements: [caption] };
    }
  }
  return { text: '', elements: [] };
}

/** The post's own permalink: the link around its time, else the first post link (not a comment's). */
function permalinkOf(container: Element, base: URL): PostPath | null {
  const time = queryFirst(container, POST_TIME);
  const around = time?.closest(PERMALINK_LINK.join(','));
  const fromTime = around ? postPathOf(around.getAttribute('href'), base) : null;
  if (fromTime) return fromTime;
  for (const a of queryAllWithSelf(container, PERMALINK_LINK.join(','))) {
    const href = a.getAttribute('href') ?? '';
    if (/\/c\/|liked_by/.test(href)) continue;
    const path = postPathOf(href, base);
    if (path) return path;
  }
  return null;
}

function isReel(container: Element, path: PostPath | null, base: URL): boolean {
  if (!path) return false;
  if (path.kind === 'reel') return true;
  return queryAllWithSelf(container, REEL_LINK.join(',')).some((a) => {
    const other = postPathOf(a.getAttribute('href'), base);
    return other?.kind === 'reel' && other.code === path.code;
  });
}

/**
 * Fill in what the DOM leaves out (the caption behind "more", co-authors, the paid-partnership flag and its
 * sponsor) from the page's embedded JSON, for this post's code only and only when the JSON's owner is the
 * author the post shows.
 */
function withEmbeddedData(snapshot: PostSnapshot, container: Element, code: string | null, base: URL): PostSnapshot {
  const doc = container.ownerDocument;
  const media = doc && code ? embeddedMedia(doc).get(code) : undefined;
  if (!media) return snapshot;
  const author = snapshot.authors[0];
  if (media.owner && author && media.owner !== author) return snapshot;
  const fullCaption =
    media.caption && media.caption.length > snapshot.text.length && continuesText(media.caption, snapshot.text) ? media.caption : null;
  const lists = fullCaption ? listsOf({ text: fullCaption, elements: [] }, base) : null;
  const shownLabel: PlatformLabel | null =
    snapshot.label ?? (media.paidPartnership || media.sponsors.length > 0 ? { kind: 'paid-partnership', text: 'Paid partnership', partner: null } : null);
  const label = shownLabel && withSponsors(shownLabel, media.sponsors);
  return {
    ...snapshot,
    kind: media.isAd ? 'ad' : snapshot.kind,
    authors: uniqueLower([...snapshot.authors, ...(media.owner && !author ? [media.owner] : []), ...media.coauthors]),
    publishedAt: snapshot.publishedAt ?? isoDate(media.takenAt),
    text: fullCaption ?? snapshot.text,
    hashtags: lists ? uniqueLower([...snapshot.hashtags, ...lists.hashtags]) : snapshot.hashtags,
    mentions: lists ? uniqueLower([...snapshot.mentions, ...lists.mentions]) : snapshot.mentions,
    links: lists ? unique([...snapshot.links, ...lists.links]) : snapshot.links,
    label: label ?? (media.isAd ? { kind: 'ad', text: 'Sponsored', partner: null } : null),
  };
}

/**
 * The label with the page JSON's sponsors added after the partners it already names (a post made with
 * two sponsors lists both; the header may link only the first, or none).
 */
function withSponsors(label: PlatformLabel, sponsors: readonly string[]): PlatformLabel {
  if (sponsors.length === 0 || label.kind !== 'paid-partnership') return label;
  const partners = labelPartners({ ...label, partners: [...(label.partners ?? []), ...sponsors] });
  return partners.length > 1 ? { ...label, partner: partners[0]!, partners } : { ...label, partner: partners[0] ?? null };
}

export function extractArticle(article: Element, base: URL): PostSnapshot | null {
  const time = queryFirst(article, POST_TIME);
  const path = permalinkOf(article, base);
  const first = profileLinksIn(article, base)[0];
  // A loading skeleton has no author yet.
  if (!first) return null;
  const region = headerRegionOf(first.element, article);
  const header = readHeader(region, first, base);
  const caption = feedCaption(article);
  const isAd = adLinkIn(article) !== null || header.label?.kind === 'ad';
  // Ads have no time or permalink; anything else without them and without text is still loading.
  if (!path && !time && !isAd && !caption.text) return null;
  const label = header.label ?? (isAd ? { kind: 'ad' as const, text: 'Sponsored', partner: null } : null);
  const snapshot: PostSnapshot = {
    platform: 'instagram',
    kind: isAd ? 'ad' : isReel(article, path, base) ? 'reel' : 'post',
    url: path?.url ?? null,
    authors: header.authors,
    publishedAt: isoDate(time?.getAttribute('datetime')),
    text: caption.text,
    ...listsOf(caption, base),
    label,
  };
  return withEmbeddedData(snapshot, article, path?.code ?? null, base);
}

/**
 * Permalink page: the header sits before the first <hr>; the caption is the first "comment" after it,
 * recognisable by a time that is not inside a comment link (`/p/<code>/c/<id>/`).
 */
export function extractPermalink(main: Element, base: URL): PostSnapshot | null {
  const divider = queryFirst(main, PERMALINK_DIVIDER);
  const allLinks = profileLinksIn(main, base);
  const headerLinks = divider
    ? allLinks.filter((l) => (l.element.compareDocumentPosition(divider) & 4) !== 0)
    : allLinks;
  const times = queryAllWithSelf(main, POST_TIME.join(','));
  const captionTime =
    times.find((t) => (!divider || (divider.compareDocumentPosition(t) & 4) !== 0) && !t.closest(COMMENT_LINK.join(','))) ??
    null;
  const captionBlock = captionTime?.closest(TEXT_BLOCK.join(',')) ?? null;
  const captionAuthor: ProfileLink | undefined = captionBlock ? profileLinksIn(captionBlock, base)[0] : undefined;
  const first = headerLinks[0] ?? captionAuthor;
  if (!first) return null;
  const header = divider || headerLinks.length > 0 ? readHeader(headerRegionOf(first.element, main), first, base) : null;
  const captionElements = captionTime && captionBlock ? captionSiblingsOf(captionTime, captionBlock, base) : [];
  const caption: CaptionParts = {
    text: captionElements.map((el) => readableText(el, { skip: CAPTION_CONTROLS })).join(' ').trim(),
    elements: captionElements,
  };
  const path = postPathOf(base.href, base);
  const ad = adLinkIn(main) !== null || header?.label?.kind === 'ad';
  const snapshot: PostSnapshot = {
    platform: 'instagram',
    kind: ad ? 'ad' : path?.kind === 'reel' ? 'reel' : 'post',
    url: path?.url ?? null,
    authors: header?.authors ?? [first.handle],
    publishedAt: isoDate(captionTime?.getAttribute('datetime')),
    text: caption.text,
    ...listsOf(caption, base),
    label: header?.label ?? null,
  };
  return withEmbeddedData(snapshot, main, path?.code ?? null, base);
}

/**
 * The caption next to the author+time line: climb from the time until a level has siblings with text;
 * those siblings (not the author/time line) are the caption.
 */
function captionSiblingsOf(time: Element, block: Element, base: URL): Element[] {
  for (let el: Element = time; el !== block && el.parentElement; el = el.parentElement) {
    const parent: Element = el.parentElement;
    // The author's name link sits beside the time: it is not caption.
    const siblings = Array.from(parent.children).filter(
      (child) => child !== el && !child.contains(time) && profileLinksIn(child, base).length === 0,
    );
    if (siblings.some((child) => readableText(child, { skip: CAPTION_CONTROLS }) !== '')) return siblings;
    if (parent === block) break;
  }
  return [];
}

/** "Photo by IGN on May 08, 2026 tagging @x. May be …": Instagram's automatic alt names the date. */
function dateInAutoAlt(alt: string): string | null {
  const m = /\bon ([A-Z][a-z]+ \d{1,2}, \d{4})\b/.exec(alt);
  if (!m?.[1]) return null;
  const parsed = Date.parse(`${m[1]} 00:00:00 UTC`);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
}

/** A profile grid tile: the owner from the username-prefixed href, the caption from img[alt]. */
export function extractGridTile(tile: Element, base: URL, profileOwner: string | null): PostSnapshot | null {
  const path = postPathOf(tile.getAttribute('href'), base);
  if (!path) return null;
  const img = queryFirst(tile, TILE_IMAGE);
  const alt = (img?.getAttribute('alt') ?? '').trim();
  const owner = path.owner ?? profileOwner;
  const caption: CaptionParts = { text: alt, elements: [] };
  const snapshot: PostSnapshot = {
    platform: 'instagram',
    kind: path.kind,
    url: path.url,
    authors: owner ? [owner] : [],
    publishedAt: dateInAutoAlt(alt),
    text: alt,
    ...listsOf(caption, base),
    label: null,
  };
  return withEmbeddedData(snapshot, tile, path.code, base);
}

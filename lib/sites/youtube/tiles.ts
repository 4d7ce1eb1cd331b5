/**
 * Video tiles (home, search, channel grid, watch sidebar), ads the site sells, and Shorts.
 */
import type { PostSnapshot } from '@/lib/schema/post';
import { attr, queryFirst, readableText } from '../dom';
import { classifyLabelText } from '../labels';
import { channelOfLink, videoRefOf, youtubePageKind } from './paths';
import {
  AD_BADGE,
  AD_TILE,
  SHORT_CHANNEL_LINK,
  SHORT_LINK,
  SHORT_TITLE,
  TILE_CHANNEL_LINK,
  TILE_DESCRIPTION,
  TILE_LINK,
  TILE_TITLE,
} from './selectors';
import { textListsOf } from './watch';

export function isAdTile(tile: Element): boolean {
  const selector = AD_TILE.join(',');
  return tile.matches(selector) || tile.querySelector(selector) !== null;
}

function titleOf(tile: Element): string {
  const el = queryFirst(tile, TILE_TITLE);
  if (!el) return '';
  return readableText(el) || attr(el, 'title') || attr(el, 'aria-label') || '';
}

export function extractAdTile(tile: Element, base: URL): PostSnapshot | null {
  const badge = queryFirst(tile, AD_BADGE);
  const badgeText = badge ? readableText(badge) : '';
  const title = titleOf(tile) || readableText(tile).slice(0, 300);
  const link = queryFirst(tile, TILE_LINK);
  const video = link ? videoRefOf(link.getAttribute('href'), base) : null;
  const channel = queryFirst(tile, TILE_CHANNEL_LINK);
  const descEl = queryFirst(tile, TILE_DESCRIPTION);
  const description = descEl ? readableText(descEl) : '';
  const text = [title, description].filter(Boolean).join('\n');
  return {
    platform: 'youtube',
    kind: 'ad',
    url: video?.url ?? null,
    authors: [channel ? channelOfLink(channel.getAttribute('href'), base) : null].filter((c): c is string => Boolean(c)),
    publishedAt: null,
    text,
    ...textListsOf(text, descEl ? [descEl] : [], base),
    // The site's own ad badge, whatever the language; "Ad" when the badge is drawn as an icon only.
    label: { kind: 'ad', text: badgeText && classifyLabelText(badgeText) === 'ad' ? badgeText : badgeText || 'Ad', partner: null },
  };
}

export function extractVideoTile(tile: Element, base: URL): PostSnapshot | null {
  const link = queryFirst(tile, TILE_LINK);
  const video = link ? videoRefOf(link.getAttribute('href'), base) : null;
  const title = titleOf(tile);
  // Ghost tiles (loading placeholders) have neither a link nor a title.
  if (!video || !title) return null;
  const channel = queryFirst(tile, TILE_CHANNEL_LINK);
  const descEl = queryFirst(tile, TILE_DESCRIPTION);
  const description = descEl ? readableText(descEl) : '';
  const text = [title, description].filter(Boolean).join('\n');
  // A channel's own grid does not repeat the channel in each tile: the page is the channel.
  const author =
    (channel ? channelOfLink(channel.getAttribute('href'), base) : null) ??
    (youtubePageKind(base) === 'channel' ? channelOfLink(base.href, base) : null);
  return {
    platform: 'youtube',
    kind: video.kind,
    url: video.url,
    authors: author ? [author] : [],
    // Tiles show relative, localised ages ("il y a 1 an"): not a date we can trust.
    publishedAt: null,
    text,
    ...textListsOf(text, descEl ? [descEl] : [], base),
    label: null,
  };
}

/** One short in the Shorts player; its id comes from the page URL only when it is the active one. */
export function extractShort(item: Element, base: URL): PostSnapshot | null {
  const titleEl = queryFirst(item, SHORT_TITLE);
  const title = titleEl ? readableText(titleEl) : '';
  const channel = queryFirst(item, SHORT_CHANNEL_LINK);
  const author = channel ? channelOfLink(channel.getAttribute('href'), base) : null;
  if (!title && !author) return null;
  const ownLink = queryFirst(item, SHORT_LINK);
  const fromLink = ownLink ? videoRefOf(ownLink.getAttribute('href'), base) : null;
  const fromUrl = item.hasAttribute('is-active') ? videoRefOf(base.href, base) : null;
  const video = fromLink ?? fromUrl;
  return {
    platform: 'youtube',
    kind: 'short',
    url: video?.url ?? null,
    authors: author ? [author] : [],
    publishedAt: null,
    text: title,
    ...textListsOf(title, titleEl ? [titleEl] : [], base),
    label: null,
  };
}

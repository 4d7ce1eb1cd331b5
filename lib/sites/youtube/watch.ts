/**
 * The watched video (watch page and server HTML) as a PostSnapshot, with the paid-promotion label.
 *
 * The trap: YouTube keeps the previous video's "Includes paid promotion" overlay in the player after SPA
 * navigation, and keeps whole hidden pages (an old watch page behind the home grid). So the overlay is
 * read only from the main player of the active watch page, and not when the player says it is playing
 * another video than the page shows.
 */
import type { PlatformLabel, PostSnapshot } from '@/lib/schema/post';
import { attr, dig, isRecord, parseJsonScript, queryAllWithSelf, queryFirst, readableText } from '../dom';
import { decodeLink, hashtagsIn, isoDate, mentionsIn, unique, uniqueLower, urlsIn } from '../post-text';
import { channelOfLink, videoRefOf } from './paths';
import { playerResponseOf, type PlayerResponseFacts } from './player-response';
import {
  DESCRIPTION_CONTROLS,
  MAIN_PLAYER,
  PAID_OVERLAY_LINK,
  PAID_OVERLAY_TEXT,
  PLAYER_VIDEO_LINK,
  TEXT_LINK,
  WATCH_DESCRIPTION,
  WATCH_MICROFORMAT,
  WATCH_OWNER_LINK,
  WATCH_PAGE,
  WATCH_TITLE,
} from './selectors';

/** Links YouTube adds inside descriptions that are navigation, not the creator's links. */
function isInternalNavigation(href: string, base: URL): boolean {
  try {
    const url = new URL(href, base);
    return /(^|\.)youtube\.com$/.test(url.hostname) && !url.pathname.startsWith('/redirect');
  } catch {
    return true;
  }
}

export function textListsOf(text: string, textEls: Element[], base: URL): Pick<PostSnapshot, 'hashtags' | 'mentions' | 'links'> {
  const tags = hashtagsIn(text);
  const mentions = mentionsIn(text);
  const links: string[] = [];
  for (const el of textEls) {
    for (const a of queryAllWithSelf(el, TEXT_LINK.join(','))) {
      const href = a.getAttribute('href') ?? '';
      const hashtag = /^\/hashtag\/([^/?#]+)/.exec(href)?.[1];
      if (hashtag) {
        tags.push(decodeURIComponent(hashtag));
        continue;
      }
      const channel = channelOfLink(href, base);
      if (channel && (a.textContent ?? '').trim().startsWith('@')) {
        mentions.push(channel);
        continue;
      }
      if (isInternalNavigation(href, base)) continue;
      const decoded = decodeLink(href, base);
      if (decoded) links.push(decoded);
    }
  }
  for (const url of urlsIn(text)) {
    const decoded = decodeLink(url, base);
    if (decoded) links.push(decoded);
  }
  return { hashtags: uniqueLower(tags), mentions: uniqueLower(mentions), links: unique(links) };
}

interface Microformat {
  uploadDate: string | null;
  description: string | null;
}

/** schema.org VideoObject of the watch page, only when it names this video. */
function microformatFor(root: Element, videoId: string): Microformat | null {
  for (const script of Array.from(root.querySelectorAll(WATCH_MICROFORMAT.join(',')))) {
    const json = parseJsonScript(script);
    if (!isRecord(json)) continue;
    const ids = [dig(json, 'embedUrl'), dig(json, '@id'), dig(json, 'url')].filter((v) => typeof v === 'string');
    if (!ids.some((u) => (u as string).includes(videoId))) continue;
    const upload = dig(json, 'uploadDate');
    const description = dig(json, 'description');
    return {
      uploadDate: typeof upload === 'string' ? upload : null,
      description: typeof description === 'string' ? description : null,
    };
  }
  return null;
}

export interface WatchReading {
  snapshot: PostSnapshot;
  diagnostics: string[];
}

function overlayLabel(watchPage: Element, videoId: string, base: URL, notes: string[]): PlatformLabel | null {
  const player = queryFirst(watchPage, MAIN_PLAYER);
  if (!player) return null;
  const textEl = queryFirst(player, PAID_OVERLAY_TEXT);
  const text = textEl ? readableText(textEl) : '';
  const link = queryFirst(player, PAID_OVERLAY_LINK);
  if (!text && !link) return null;
  const playerLink = queryFirst(player, PLAYER_VIDEO_LINK);
  const playing = playerLink ? videoRefOf(playerLink.getAttribute('href'), base) : null;
  if (playing && playing.id !== videoId) {
    notes.push(
      `ignored a paid-promotion overlay left from video ${playing.id}: the page now shows ${videoId} (SPA navigation)`,
    );
    return null;
  }
  return { kind: 'paid-promotion', text: text || 'Includes paid promotion', partner: null };
}

/** The watch page's video, read from the rendered page. */
export function extractWatch(container: Element, base: URL): WatchReading | null {
  const notes: string[] = [];
  const watchPage = container.closest(WATCH_PAGE.join(',')) ?? container;
  const videoId = attr(watchPage, 'video-id') ?? videoRefOf(base.href, base)?.id ?? null;
  const titleEl = queryFirst(container, WATCH_TITLE);
  const title = titleEl ? readableText(titleEl) : '';
  if (!videoId || (!title && !queryFirst(container, WATCH_OWNER_LINK))) return null;
  const urlId = videoRefOf(base.href, base)?.id;
  if (urlId && urlId !== videoId) notes.push(`the address names video ${urlId} but the page shows ${videoId}`);
  const descriptionEl = queryFirst(container, WATCH_DESCRIPTION);
  const shownDescription = descriptionEl ? readableText(descriptionEl, { skip: DESCRIPTION_CONTROLS.join(',') }) : '';
  const micro = microformatFor(watchPage, videoId);
  const description =
    micro?.description && micro.description.length > shownDescription.length ? micro.description : shownDescription;
  const owner = queryFirst(container, WATCH_OWNER_LINK);
  const channel = owner ? channelOfLink(owner.getAttribute('href'), base) : null;
  const text = [title, description].filter(Boolean).join('\n\n');
  const label = overlayLabel(watchPage, videoId, base, notes);
  return {
    snapshot: {
      platform: 'youtube',
      kind: 'video',
      url: `https://www.youtube.com/watch?v=${videoId}`,
      authors: channel ? [channel] : [],
      publishedAt: isoDate(micro?.uploadDate),
      text,
      ...textListsOf(text, descriptionEl ? [descriptionEl] : [], base),
      label,
    },
    diagnostics: notes,
  };
}

function channelOfFacts(facts: PlayerResponseFacts, base: URL): string | null {
  return (facts.ownerUrl ? channelOfLink(facts.ownerUrl, base) : null) ?? facts.channelId;
}

/** Server HTML (before JS): nothing is rendered, the player response is the post. */
export function extractFromPlayerResponse(doc: Document, base: URL): PostSnapshot | null {
  const facts = playerResponseOf(doc);
  if (!facts) return null;
  const urlId = videoRefOf(base.href, base)?.id;
  if (urlId && urlId !== facts.videoId) return null;
  const text = [facts.title, facts.description].filter(Boolean).join('\n\n');
  const isShort = videoRefOf(base.href, base)?.kind === 'short';
  return {
    platform: 'youtube',
    kind: isShort ? 'short' : 'video',
    url: isShort ? `https://www.youtube.com/shorts/${facts.videoId}` : `https://www.youtube.com/watch?v=${facts.videoId}`,
    authors: [channelOfFacts(facts, base)].filter((c): c is string => Boolean(c)),
    publishedAt: isoDate(facts.publishDate),
    text,
    ...textListsOf(text, [], base),
    label: facts.paidOverlayText ? { kind: 'paid-promotion', text: facts.paidOverlayText, partner: null } : null,
  };
}

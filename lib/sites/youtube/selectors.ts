/**
 * Every YouTube selector, in one place. YouTube's custom element names (`ytd-…-renderer`) are its
 * component names and far more stable than its classes; ids inside them (`#video-title`, `#description`)
 * come from the component templates. Each constant is an ordered fallback list; pages where it must match
 * are noted (2022 rendered pages in ../shared/fixtures/youtube/rendered).
 *
 * YouTube is a single-page app that keeps every page it has shown in ytd-page-manager and only hides the
 * inactive ones ([hidden]); anything inside a hidden page is stale and never read.
 */
import type { SelectorList } from '../dom';

/**
 * The SPA's page components. Only content inside one that is not [hidden] is the page the user sees;
 * the others are leftovers (an old watch page behind the home grid, with its paid-promotion overlay).
 */
export const PAGE_COMPONENT: SelectorList = ['ytd-watch-flexy', 'ytd-watch-grid', 'ytd-browse', 'ytd-search', 'ytd-shorts'];

/** The watch page's component: holds the player, title, owner, description and the related list. */
export const WATCH_PAGE: SelectorList = ['ytd-watch-flexy', 'ytd-watch-grid'];

/**
 * The watched video as a post, inside the watch page: the primary column (player + title + owner +
 * description). Related videos in #secondary are their own posts.
 */
export const WATCH_POST: SelectorList = ['#primary-inner', '#primary'];

/** Video title on the watch page: new metadata (2022+) first, then the old primary info renderer. */
export const WATCH_TITLE: SelectorList = [
  'ytd-watch-metadata #title h1',
  'ytd-video-primary-info-renderer h1',
  'h1.title',
  '#title h1',
];

/**
 * Full description: the old secondary info renderer holds it whole; the 2022+ expandable body is the
 * expanded form; the inline expander last (it starts with view counts and is cut with "…").
 */
export const WATCH_DESCRIPTION: SelectorList = [
  'ytd-video-secondary-info-renderer #description',
  'ytd-expandable-video-description-body-renderer',
  'ytd-watch-metadata #description-inline-expander',
  '#description',
];

/** The channel that owns the watched video. */
export const WATCH_OWNER_LINK: SelectorList = [
  'ytd-video-owner-renderer a[href]',
  'ytd-watch-metadata #owner a[href]',
  '#upload-info a[href]',
];

/** schema.org VideoObject for the watched video (uploadDate, full description). */
export const WATCH_MICROFORMAT: SelectorList = [
  'ytd-player-microformat-renderer script[type="application/ld+json"]',
  'script[type="application/ld+json"]',
];

/** The main player; the inline preview player on the home grid has the same overlay markup. */
export const MAIN_PLAYER: SelectorList = ['#movie_player', '.html5-video-player:not(#inline-preview-player)'];

/**
 * "Includes paid promotion" pill (desktop) and the mobile renderer. Presence with text, or the help link
 * `?p=ppp` that the player sets only for paid promotion; an empty container is the normal state.
 */
export const PAID_OVERLAY_TEXT: SelectorList = ['.ytp-paid-content-overlay-text', 'ytm-paid-content-overlay-renderer'];

/** The overlay's help link, set to `?p=ppp` only while the video has paid promotion. */
export const PAID_OVERLAY_LINK: SelectorList = ['a.ytp-paid-content-overlay-link[href*="p=ppp"]'];

/** What the player itself says it is playing; differs from the page's video right after SPA navigation. */
export const PLAYER_VIDEO_LINK: SelectorList = ['.ytp-title-link[href]', 'a.ytp-title-fullerscreen-link[href]'];

/** Video tiles on home, search, channel and the watch sidebar (32 rich items on the 2022 home page). */
export const VIDEO_TILE: SelectorList = [
  'ytd-rich-item-renderer',
  'ytd-video-renderer',
  'ytd-grid-video-renderer',
  'ytd-compact-video-renderer',
  'ytd-reel-item-renderer',
  'ytm-shorts-lockup-view-model',
  'yt-lockup-view-model',
];

/**
 * Ads the site itself sells: a different thing from a creator's sponsorship (post kind "ad").
 * `ytd-search-pyv-renderer > ytd-promoted-video-renderer` on search, `ytd-ad-slot-renderer >
 * ytd-in-feed-ad-layout-renderer > ytd-display-ad-renderer` in grids.
 */
export const AD_TILE: SelectorList = [
  'ytd-ad-slot-renderer',
  'ytd-search-pyv-renderer',
  'ytd-promoted-video-renderer',
  'ytd-promoted-sparkles-web-renderer',
  'ytd-display-ad-renderer',
  'ytd-in-feed-ad-layout-renderer',
  'ytd-compact-promoted-video-renderer',
  'ytd-action-companion-ad-renderer',
];

/** The ad badge ("Ad", "Sponsored", "Annonce", "Anuncio"). */
export const AD_BADGE: SelectorList = [
  '.badge-style-type-ad',
  '.badge-style-type-ad-stark',
  'ytd-badge-supported-renderer',
  '#ad-badge',
];

/** Shorts player: one renderer per short, the active one carries [is-active]. */
export const SHORT_PLAYER_ITEM: SelectorList = ['ytd-reel-video-renderer'];

/** A short's title (its caption) in the player overlay. */
export const SHORT_TITLE: SelectorList = ['.title', 'h2', '#title'];

/** The short's channel in the player overlay. */
export const SHORT_CHANNEL_LINK: SelectorList = ['ytd-channel-name a[href]', 'a[href^="/@"]', 'a[href^="/channel/"]'];

/** Controls of the description ("…more", "Show less"): never description text. */
export const DESCRIPTION_CONTROLS: SelectorList = ['tp-yt-paper-button', '#expand', '#collapse', 'button'];

/** Links inside a description or title: hashtags, channel mentions, redirect-wrapped outgoing links. */
export const TEXT_LINK: SelectorList = ['a[href]'];

/** A short's own link inside its renderer, when the renderer has one. */
export const SHORT_LINK: SelectorList = ['a[href*="/shorts/"]'];

/** Inline scripts: the server HTML keeps `var ytInitialPlayerResponse = {…}` in one of them. */
export const INLINE_SCRIPT: SelectorList = ['script:not([src])'];

/** A tile's title: text, or the title attribute on compact renderers. */
export const TILE_TITLE: SelectorList = ['#video-title', '#title', 'h3'];

/** A tile's own video link (title link first: the thumbnail link may carry ad parameters). */
export const TILE_LINK: SelectorList = ['a#video-title-link[href]', 'a#video-title[href]', 'a#thumbnail[href]', 'a[href*="/watch?v="]', 'a[href*="/shorts/"]'];

/** A tile's channel; absent on a channel's own grid (the page is the channel). */
export const TILE_CHANNEL_LINK: SelectorList = [
  'ytd-channel-name a[href]',
  '#channel-name a[href]',
  '#channel-info a[href]',
  'a[href^="/@"]',
  'a[href^="/channel/"]',
];

/** The description snippet search results show under the title. */
export const TILE_DESCRIPTION: SelectorList = ['#description-text', '.metadata-snippet-container', '#description'];

/**
 * Every TikTok selector, in one place. TikTok's class names are hashed per build
 * (`css-15ek4v0-7937d88b--ArticleItemContainer`), so we key on `data-e2e` attributes, which TikTok keeps
 * for its own end-to-end tests and which held from the 2022 to the 2025 saved pages. The readable suffix of
 * the hashed classes (`--DivItemContainer`) is the last resort only. Each constant is an ordered fallback list.
 */
import type { SelectorList } from '../dom';

/**
 * One video in the For You feed and on the 2025 video page (the page is a one-column feed whose first
 * item is the video). 9 on the 2022 For You pages, 13 on the 2025 video page of which 2 are loaded.
 */
export const FEED_ITEM: SelectorList = [
  '[data-e2e="recommend-list-item-container"]',
  '[class*="--ArticleItemContainer"]',
  '[class*="--DivItemContainerV2"]',
];

/** Profile grid tile: 18 on the 2025 profile page, 30 on the 2022 ones. */
export const PROFILE_ITEM: SelectorList = ['[data-e2e="user-post-item"]', '[class*="--DivItemContainerV2"]'];

/**
 * Search results: the tile (`search_top-item`) and its caption (`search-card-desc`) are siblings, so the
 * post container is their common parent. 24 on the 2022 "tartaria" search.
 */
export const SEARCH_ITEM: SelectorList = [
  'div:has(> [data-e2e="search_top-item"])',
  'div:has(> [data-e2e="search_video-item"])',
  '[data-e2e="search_top-item"]',
  '[data-e2e="search_video-item"]',
];

/** 2022 "browse mode" video page: one video with its description; the container is found around it. */
export const BROWSE_DESC: SelectorList = ['[data-e2e="browse-video-desc"]'];

/** The author line of the browse layout; the container is the smallest block holding both. */
export const BROWSE_AUTHOR: SelectorList = ['[data-e2e="browse-username"]'];

/** The caption as written by the creator. Not `v2t-desc`: that is TikTok's own generated SEO summary. */
export const CAPTION: SelectorList = [
  '[data-e2e="video-desc"]',
  '[data-e2e="browse-video-desc"]',
  '[data-e2e="search-card-video-caption"]',
  '[data-e2e="search-card-desc"]',
];

/** The author's unique id (the handle) shown as text. */
export const AUTHOR_HANDLE: SelectorList = [
  '[data-e2e="video-author-uniqueid"]',
  '[data-e2e="browse-username"]',
  '[data-e2e="search-card-user-unique-id"]',
];

/** Links to the author's profile, used when the handle is not shown as text (2025 feed items). */
export const AUTHOR_LINK: SelectorList = [
  'a[data-e2e="video-author-avatar"][href*="/@"]',
  'a[data-e2e="browse-user-avatar"][href*="/@"]',
  'a[data-e2e="search-card-user-link"][href*="/@"]',
];

/**
 * The platform label chip under the caption: "Paid partnership" (branded content) or
 * "Promotional content" (own brand). The class fallbacks come from community code [C, low confidence].
 */
export const LABEL_CHIP: SelectorList = [
  '[data-e2e="sponsored-tag"]',
  '[data-e2e="paid-label"]',
  '[class*="DivPaidPartnership"]',
];

/** The video's own link (grid tiles, search tiles). */
export const VIDEO_LINK: SelectorList = ['a[href*="/video/"]', 'a[href*="/photo/"]'];

/** The player wrapper's id ends with the video id: `xgwrapper-0-7571863205253778710`. */
export const PLAYER_WRAPPER: SelectorList = ['[id^="xgwrapper-"]'];

/** Links inside a caption: tags (/tag/x), mentions (/@x) and outgoing links. */
export const CAPTION_LINK: SelectorList = ['a[href]'];

/** Grid and search tiles carry the start of the caption in the thumbnail's alt text. */
export const TILE_IMAGE: SelectorList = ['img[alt]'];

/** Controls inside or next to captions ("more", "See translation"). */
export const CAPTION_CONTROLS = 'button, [role="button"], [data-e2e="see-more-icon"]';

/**
 * Rehydration JSON: `__UNIVERSAL_DATA_FOR_REHYDRATION__` (2023+) and `SIGI_STATE` (2022). Used only for the
 * item whose id the post container shows.
 */
export const REHYDRATION_SCRIPT: SelectorList = [
  'script#__UNIVERSAL_DATA_FOR_REHYDRATION__',
  'script#SIGI_STATE',
];

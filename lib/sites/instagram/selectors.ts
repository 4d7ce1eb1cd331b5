/**
 * Every Instagram selector, in one place (STYLE.md habit 3). Instagram's class names are Meta atomic
 * CSS (`x1lliihq`, `x9f619`…) that change with every build, so nothing here uses a class: we rely on
 * element roles, `dir`, `datetime` and href shapes, which held on the 2026 saved pages
 * (../shared/reference/instagram-dom.md §2, §4). Each constant is an ordered fallback list.
 */
import type { SelectorList } from '../dom';

/**
 * A post in the home feed or the post modal. Feed: one bare <article> per post (no role);
 * modal: article[role=presentation] inside the dialog. Pages: `/` (3 on the saved feed), modal pages.
 */
export const POST_ARTICLE: SelectorList = ['article'];

/**
 * Permalink pages (`/p/<code>/`, `/<user>/reel/<code>/`) have no <article>: the post is `main`.
 * Fallback to role=main for saved pages where the element was renamed.
 */
export const PERMALINK_MAIN: SelectorList = ['main', '[role="main"]'];

/**
 * Profile grid tiles: links to the post, username-prefixed since 2025, with the caption in img[alt].
 * Older grids link without the username. 24 on the saved igndotcom profile.
 */
export const GRID_TILE: SelectorList = [
  'a[href*="/p/"]:has(img), a[href*="/reel/"]:has(img)',
];

/** The permalink of a feed post wraps its time: `a[href*="/p/"] time`; reels use /reel/. */
export const PERMALINK_LINK: SelectorList = ['a[href*="/p/"]', 'a[href*="/reel/"]', 'a[href*="/reels/"]'];

/** Publication time: ISO UTC in datetime on every layout seen (feed, modal, permalink). */
export const POST_TIME: SelectorList = ['time[datetime]'];

/** Any link; profile links are told apart by their path (see PROFILE_PATH in the adapter). */
export const ANY_LINK: SelectorList = ['a[href]'];

/**
 * The action bar (like, comment, share, save). It separates the header+media from the caption in the
 * feed; the caption block comes after the last one.
 */
export const ACTION_BAR: SelectorList = ['section'];

/**
 * The modal's full caption (the feed truncates captions behind "more", the modal does not).
 */
export const MODAL_CAPTION: SelectorList = ['h1[dir="auto"]', 'h1'];

/**
 * The feed caption: a span[dir=auto] holding `div > span[dir=auto]` with the first ~125 characters,
 * followed by "… more". Fallback: any span[dir=auto] after the action bar.
 */
export const FEED_CAPTION: SelectorList = [
  'span[dir="auto"]:has(> div > span[dir="auto"])',
  'span[dir="auto"]:has(> span[dir="auto"])',
];

/**
 * Controls inside captions ("more", "Mehr anzeigen", "Translate") are buttons: never caption text.
 */
export const CAPTION_CONTROLS = '[role="button"], button';

/** Permalink pages: the header sits before the first <hr>, caption and comments after it. */
export const PERMALINK_DIVIDER: SelectorList = ['hr'];

/**
 * Sponsored feed ads link through Meta's ad redirect (instagram-dom.md §4 "sponsored ad").
 */
export const AD_LINK: SelectorList = [
  'a[href*="facebook.com/ads/ig_redirect"]',
  'a[href^="https://www.facebook.com/ads/"]',
];

/** Text spans of the header: the sub-title slot where "Paid partnership with …" / "Sponsored" appear. */
export const HEADER_TEXT_SLOT: SelectorList = ['span[dir="auto"]'];

/** Media and what comes below it (action bar, divider, carousel, modal caption): never the header. */
export const BELOW_HEADER: SelectorList = ['section', 'hr', 'video', 'ul', 'h1'];

/** A real <header> element: the modal has one, the feed does not. */
export const HEADER: SelectorList = ['header'];

/** Avatars sit inside a link or a span[role=link]; media images do not. */
export const AVATAR_WRAPPER: SelectorList = ['a', '[role="link"]'];

/** Any image: media images (outside AVATAR_WRAPPER) mark the end of the header. */
export const IMAGE: SelectorList = ['img'];

/**
 * The name row and the caption block are span[dir=auto]: `dir` is set by Instagram for bidi text and
 * survived every redesign since 2021.
 */
export const TEXT_BLOCK: SelectorList = ['span[dir="auto"]'];

/** A comment's permalink (`/p/<code>/c/<id>/`): a time inside one is a comment's, not the caption's. */
export const COMMENT_LINK: SelectorList = ['a[href*="/c/"]'];

/** Links to a reel (`/reel/<code>/`, `/reels/<code>/`) around the media of a feed reel. */
export const REEL_LINK: SelectorList = ['a[href*="/reel"]'];

/** Grid tiles carry the caption (or an automatic description) in the image's alt text. */
export const TILE_IMAGE: SelectorList = ['img[alt]'];

/** Server JSON of the first posts (`data-sjs`), see embedded-json.ts. */
export const EMBEDDED_JSON: SelectorList = ['script[type="application/json"][data-sjs]'];

/** Logged-out server pages: the post is only in these <meta>, see logged-out-shell.ts. */
export const SHELL_DESCRIPTION: SelectorList = ['meta[property="og:description"]', 'meta[name="description"]'];

/** The post a logged-out page is about: it must be the post of the address. */
export const CANONICAL_LINK: SelectorList = ['link[rel="canonical"]', 'meta[property="og:url"]'];

/** A dialog means a modal post over another page (the grid behind it is not the post). */
export const DIALOG: SelectorList = ['[role="dialog"]'];

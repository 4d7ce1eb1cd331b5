/**
 * Conformance: every adapter over every real page in ../shared/fixtures, checked against what
 * ../shared/fixtures/manifest.json says each page shows (labels, counts, authors, mentions, captions, and the
 * traps in its notes). The pages are not ours to copy, so the suite reads them in place and is skipped, with
 * the reason printed, where ../shared is absent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/sites/index';
import type { PostSnapshot } from '@/lib/schema/post';
import { loadHtml, sharedAvailable, sharedFixtures } from './load-page';

interface ManifestEntry {
  path: string;
  site: 'instagram' | 'tiktok' | 'youtube';
  page: string;
  dom: string;
  captured?: string;
  url?: string | null;
  expected?: {
    platform_label?: string | null;
    posts?: number;
    grid_items?: number;
    author?: string;
    hashtags_include?: string[];
    mentions?: string[];
    caption_selector?: string;
    grid_item_selector?: string;
    note?: string | null;
  };
}

const SKIP_REASON = `real-page conformance skipped: ${sharedFixtures} not found (the shared fixtures are read in place, never copied)`;
if (!sharedAvailable) console.warn(SKIP_REASON);

const manifest: ManifestEntry[] = sharedAvailable
  ? (JSON.parse(readFileSync(path.join(sharedFixtures, 'manifest.json'), 'utf8')) as ManifestEntry[])
  : [];
const read = (p: string) => readFileSync(path.join(sharedFixtures, p), 'utf8');

/** The address a page was saved from: the manifest's, else the page's own canonical link. */
function pageUrl(entry: ManifestEntry, html: string): string {
  if (entry.url && !entry.url.includes('<')) return entry.url;
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? /property="og:url" content="([^"]+)"/.exec(html)?.[1];
  if (canonical) return canonical.replace(/&amp;/g, '&');
  // tk-profile's address was saved as "@<user>": any profile address gives the same page kind.
  if (entry.site === 'tiktok' && entry.page.startsWith('profile')) return 'https://www.tiktok.com/@user';
  return `https://www.${entry.site}.com/`;
}

/**
 * Pages too old or too bare to hold posts for an adapter: 2021 Instagram layouts (class names and nesting
 * Instagram no longer ships) and the logged-out server shells (empty mount, caption only in <meta>).
 * They still must not produce a false label.
 */
function isObsoleteOrShell(entry: ManifestEntry): boolean {
  return (entry.site === 'instagram' && (entry.captured?.startsWith('2021') ?? false)) || isLoggedOutShell(entry);
}

function isLoggedOutShell(entry: ManifestEntry): boolean {
  return entry.dom.startsWith('server HTML, logged-out shell');
}

const CREATOR_LABELS = new Set(['paid-partnership', 'promotional', 'paid-promotion']);
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

const scanned = new Map<string, ReturnType<typeof scanUncached>>();
/** Big saved pages take seconds to load: each is read once for the whole suite. */
function scan(entry: ManifestEntry, pagePath = entry.path) {
  const cached = scanned.get(pagePath);
  if (cached) return cached;
  const fresh = scanUncached(entry, pagePath);
  scanned.set(pagePath, fresh);
  return fresh;
}

function scanUncached(entry: ManifestEntry, pagePath: string) {
  const html = read(pagePath);
  const url = pageUrl(entry, html);
  const doc = loadHtml(html, url);
  const result = extractPage(doc, url);
  return { html, url, doc, result, posts: result.posts.map((p) => p.snapshot) };
}

function expectNoFalseLabel(posts: PostSnapshot[]): void {
  for (const post of posts) {
    if (post.label?.kind === 'ad') expect(post.kind).toBe('ad');
    expect(post.label && CREATOR_LABELS.has(post.label.kind) ? post.label : null).toBeNull();
  }
}

/** Checks a page's manifest entry asks for, beyond the generic ones (from its `note`). */
const NOTE_CHECKS: Record<string, (posts: PostSnapshot[], html: string) => void> = {
  'Instagram_mainfeed.html': (posts) => {
    expect(posts.some((p) => p.authors.join('+') === 'colbertlateshow+ianmckellen')).toBe(true);
    expect(posts.some((p) => p.authors[0] === 'universe.mania')).toBe(true);
    // Truncated behind "more": neither the button nor the ellipsis is caption text.
    for (const p of posts) expect(p.text).not.toMatch(/(\.\.\.|…|\bmore)$/);
  },
  'Instagram_channelfeed.html': (posts) => {
    const tile = posts.find((p) => p.url?.includes('DYCDv8yjF2g'));
    expect(tile?.hashtags).toContain('sponsored');
    expect(tile?.label).toBeNull();
  },
  'Instagram_singlepostfeed.html': (posts) => {
    const modal = posts.find((p) => p.url === 'https://www.instagram.com/p/DWpUzi1DeyI/');
    expect(modal?.authors).toEqual(['igndotcom']);
    expect(modal?.text).toContain('#IGNLive');
  },
  'trex_2022_search_80757719041e2115a6800e6dbc935323fd616152_promoted-video-ad.html': (posts) => {
    expect(posts.filter((p) => p.kind === 'ad').map((p) => p.label?.text)).toEqual(['Annonce']);
  },
  'trex_2022_home_1ebe1e8202452b21cd419367cf0c7a0d13082617_home-grid.html': (posts) => {
    expect(posts.length).toBe(32);
    expect(posts.every((p) => p.kind === 'video' && p.url?.startsWith('https://www.youtube.com/watch?v='))).toBe(true);
  },
};

describe.skipIf(!sharedAvailable)('real pages of ../shared/fixtures against manifest.json', () => {
  const pages = manifest.filter((e) => e.path.endsWith('.html'));

  it('covers every page of the manifest', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
    const covered = new Set([...pages.map((e) => e.path), ...manifest.filter((e) => e.path.endsWith('.json')).map((e) => e.path)]);
    expect(manifest.every((e) => covered.has(e.path))).toBe(true);
  });

  describe.each(pages.map((e) => [e.path, e] as const))('%s', (_path, entry) => {
    const expected = entry.expected ?? {};
    const { html, doc, result, posts } = scan(entry);
    const obsolete = isObsoleteOrShell(entry);

    it(obsolete ? 'is an obsolete layout or a logged-out shell: no false label' : 'has no false platform label', () => {
      if (expected.platform_label) return expect(posts.some((p) => squash(p.label?.text ?? '') === squash(expected.platform_label ?? ''))).toBe(true);
      expectNoFalseLabel(posts);
    });

    if (html.includes('Paid partnership') && !expected.platform_label) {
      it('does not take "Paid partnership" from the translation table embedded in the page', () => {
        expect(posts.filter((p) => p.label !== null && p.kind !== 'ad')).toEqual([]);
      });
    }

    if (!obsolete && entry.site !== 'youtube' && !entry.dom.startsWith('server HTML')) {
      it('finds posts, each with an author', () => {
        expect(posts.length).toBeGreaterThan(0);
        for (const p of posts) expect(p.authors.length).toBeGreaterThan(0);
      });
    }

    if (isLoggedOutShell(entry)) {
      it(entry.page === 'profile' ? 'has no grid in the logged-out shell, and says so' : 'reads the post from the <meta> of the logged-out shell', () => {
        if (entry.page === 'profile') return expect(result.diagnostics.join(' ')).toContain('no posts found on an Instagram profile page');
        expect(posts).toHaveLength(1);
        expect(posts[0]?.authors).toEqual([expected.note?.startsWith('Willyrex') ? 'willyrex' : 'jaimelorentelo']);
      });
    }

    if (expected.posts !== undefined) it(`finds ${expected.posts} post(s)`, () => expect(posts).toHaveLength(expected.posts ?? 0));
    if (expected.grid_items !== undefined) it(`finds ${expected.grid_items} grid items`, () => expect(posts).toHaveLength(expected.grid_items ?? 0));
    if (expected.grid_item_selector) {
      it('finds one post per grid item', () => expect(posts).toHaveLength(doc.querySelectorAll(expected.grid_item_selector ?? '').length));
    }
    if (expected.author) it(`names ${expected.author} as the author`, () => expect(posts[0]?.authors).toContain(expected.author));
    if (expected.hashtags_include) {
      it('reads the listed hashtags', () => expect(posts[0]?.hashtags).toEqual(expect.arrayContaining(expected.hashtags_include ?? [])));
    }
    if (expected.mentions || expected.caption_selector) {
      it('reads the caption and mentions of the labelled post', () => {
        const labelled = posts.find((p) => p.label !== null);
        expect(labelled).toBeDefined();
        for (const m of expected.mentions ?? []) expect(labelled?.mentions).toContain(m.replace(/^@/, '').toLowerCase());
        const caption = doc.querySelector(expected.caption_selector ?? '');
        if (caption) expect(squash(labelled?.text ?? '').startsWith(squash(caption.textContent ?? '').slice(0, 60))).toBe(true);
      });
    }
    if (entry.site === 'youtube' && entry.page === 'watch' && entry.dom.startsWith('rendered')) {
      it('reads the watched video with its channel and description', () => {
        const watched = posts.find((p) => p.kind === 'video' && p.url === `https://www.youtube.com/watch?v=${doc.querySelector('ytd-watch-flexy:not([hidden])')?.getAttribute('video-id')}`);
        expect(watched?.authors.length).toBe(1);
        expect(watched?.text.length).toBeGreaterThan(40);
      });
    }
    if (entry.site === 'youtube' && entry.dom.startsWith('server HTML')) {
      it(entry.page === 'watch' ? 'reads the video from the player response, with no label' : 'says that no posts were found', () => {
        if (entry.page === 'watch') expect(posts).toHaveLength(1);
        else expect(result.diagnostics.join(' ')).toContain('no posts found on a YouTube channel page');
      });
    }
    const noteCheck = NOTE_CHECKS[path.basename(entry.path)];
    if (noteCheck) it('shows what the manifest notes describe', () => noteCheck(posts, html));
  });

  it('reads the earlier snapshots (src0-src3) of the NetworkChuck page with the same label', () => {
    const entry = manifest.find((e) => e.path.includes('desc-sponsored-by.src4'));
    expect(entry).toBeDefined();
    for (const n of [0, 1, 2, 3]) {
      const { posts } = scan(entry as ManifestEntry, (entry as ManifestEntry).path.replace('src4', `src${n}`));
      expect(posts.find((p) => p.url === 'https://www.youtube.com/watch?v=wOWhfNB_r-0')?.label?.text).toBe('Inclut une communication commerciale');
    }
  });
});

describe.skipIf(!sharedAvailable)('structured data files of the manifest against the pages they describe', () => {
  const entry = (p: string) => manifest.find((e) => e.path.endsWith(p)) as ManifestEntry;

  it('tto-foryou-fr.expected.json: the first For You item reads as trex parsed it', () => {
    const [first] = JSON.parse(read(entry('tto-foryou-fr.expected.json').path)) as { author: { username: string }; description: string; hashtags: string[] }[];
    const { posts } = scan(entry('trex_2022_tto-foryou-fr.html'));
    expect(posts[0]).toMatchObject({ authors: [first?.author.username], text: first?.description, hashtags: first?.hashtags });
  });

  it.each(['Instagram_singlepost', 'Instagram_multiplepost', 'Instagram_video'])('%s.web_info.json names the post the permalink shows', (name) => {
    const data = JSON.parse(read(entry(`${name}.web_info.json`).path)) as { xdt_api__v1__media__shortcode__web_info: { items: { code: string }[] } };
    const code = data.xdt_api__v1__media__shortcode__web_info.items[0]?.code;
    const { posts } = scan(entry(`${name}.html`));
    expect(posts[0]?.url).toMatch(new RegExp(`/${code}/$`));
  });

  it('feed_timeline.json lists the posts of the home feed, in feed order', () => {
    const data = JSON.parse(read(entry('feed_timeline.json').path)) as { xdt_api__v1__feed__timeline__connection: { edges: { node: { media?: { code?: string } } }[] } };
    const codes = data.xdt_api__v1__feed__timeline__connection.edges.map((e) => e.node.media?.code).filter(Boolean);
    const { posts } = scan(entry('Instagram_mainfeed.html'));
    const feedCodes = posts.map((p) => /\/(?:p|reel)\/([^/]+)\/$/.exec(p.url ?? '')?.[1]);
    expect(feedCodes.length).toBeGreaterThan(0);
    // The trimmed payload keeps the first edges only: each of them is a feed post, in the same order.
    expect(codes.length).toBeGreaterThan(0);
    expect(feedCodes.filter((c) => codes.includes(c))).toEqual(codes);
  });

  it.each(manifest.filter((e) => e.path.includes('/leaves/')).map((e) => [e.path] as const))(
    '%s: ad and channel snippets in the player are not a paid promotion',
    (leavesPath) => {
      const data = JSON.parse(read(leavesPath)) as { sources: { html: string; selectorName: string }[] };
      expect(data.sources.length).toBeGreaterThan(0);
      const url = 'https://www.youtube.com/watch?v=Snippet0001';
      for (const source of data.sources) {
        const page = `<ytd-app><ytd-page-manager><ytd-watch-flexy video-id="Snippet0001" role="main"><div id="primary-inner"><div id="movie_player">${source.html}</div><ytd-watch-metadata><div id="title"><h1>Snippet host</h1></div></ytd-watch-metadata></div></ytd-watch-flexy></ytd-page-manager></ytd-app>`;
        const { posts } = { posts: extractPage(loadHtml(page, url), url).posts.map((p) => p.snapshot) };
        expectNoFalseLabel(posts);
      }
    },
  );
});

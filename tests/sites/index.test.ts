import { describe, expect, it } from 'vitest';
import { adapterFor, extractPage, noPostsDiagnostic } from '@/lib/sites/index';
import { loadFixture, loadHtml } from './load-page';

describe('adapterFor', () => {
  it.each([
    ['https://www.instagram.com/p/CqPerma0001/', 'instagram'],
    ['https://instagram.com/nordicrunner/', 'instagram'],
    ['https://www.tiktok.com/@nordicrunner', 'tiktok'],
    ['https://m.youtube.com/watch?v=AbCdEfGhIj1', 'youtube'],
    [new URL('https://www.youtube.com/'), 'youtube'],
  ])('%s → %s', (url, platform) => {
    expect(adapterFor(url)?.platform).toBe(platform);
  });

  it.each(['https://example.com/', 'https://notinstagram.com/', 'https://instagram.com.evil.example/', 'not a url', 'file:///tmp/x.html'])(
    'has no adapter for %s',
    (url) => expect(adapterFor(url)).toBeNull(),
  );
});

describe('extractPage', () => {
  it('returns the page info and each post with its element', () => {
    const url = 'https://www.instagram.com/';
    const doc = loadFixture('instagram/feed.html', url);
    const result = extractPage(doc, url);
    expect(result.page).toEqual({ platform: 'instagram', kind: 'feed', url });
    expect(result.posts).toHaveLength(4);
    expect(result.posts.every((p) => p.element.tagName === 'ARTICLE' && doc.contains(p.element))).toBe(true);
    expect(result.diagnostics).toEqual(['1 post container(s) not readable yet (still loading)']);
  });

  it('says so, with site and page kind, when a page that should have posts yields none', () => {
    const url = 'https://www.tiktok.com/@nordicrunner';
    const result = extractPage(loadHtml('<html><body><div id="app"><main><h1>nordicrunner</h1></main></div></body></html>', url), url);
    expect(result.posts).toEqual([]);
    expect(result.diagnostics).toEqual(['no posts found on a TikTok profile page: the site\'s markup may have changed']);
  });

  it('does not complain about pages it does not scan', () => {
    const url = 'https://www.instagram.com/accounts/edit/';
    const result = extractPage(loadHtml('<html><body></body></html>', url), url);
    expect(result.page.kind).toBe('unknown');
    expect(result.diagnostics.join(' ')).not.toContain('no posts found');
  });

  it('writes the diagnostic with the right article for every page kind', () => {
    expect(noPostsDiagnostic({ platform: 'instagram', kind: 'reel', url: 'x' })).toBe(
      "no posts found on an Instagram reel page: the site's markup may have changed",
    );
    expect(noPostsDiagnostic({ platform: 'youtube', kind: 'home', url: 'x' })).toBe(
      "no posts found on a YouTube home page: the site's markup may have changed",
    );
  });
});

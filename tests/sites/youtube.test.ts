import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/sites/index';
import { youtubeAdapter } from '@/lib/sites/youtube/adapter';
import { PostSnapshotSchema } from '@/lib/schema/post';
import { fixtureHtml, loadFixture, loadHtml, snapshotsOf } from './load-page';

const WATCH = 'https://www.youtube.com/watch?v=AbCdEfGhIj1';

describe('YouTube watch page', () => {
  const doc = loadFixture('youtube/watch.html', WATCH);
  const posts = snapshotsOf(doc, WATCH);
  const watched = posts.find((p) => p.url === WATCH);

  it('reads the watched video, the promoted video and the related video, not the hidden home grid', () => {
    expect(posts.map((p) => [p.kind, p.url])).toEqual([
      ['video', WATCH],
      ['ad', null],
      ['video', 'https://www.youtube.com/watch?v=RelatedVid1'],
    ]);
    for (const post of posts) expect(PostSnapshotSchema.safeParse(post).success).toBe(true);
  });

  it('reads the paid-promotion overlay of the main player as the label of the watched video', () => {
    expect(watched?.label).toEqual({ kind: 'paid-promotion', text: 'Includes paid promotion', partner: null });
    expect(posts.filter((p) => p.label?.kind === 'paid-promotion')).toHaveLength(1);
  });

  it('reads channel, date, title + full description with decoded redirect links, and not the comments', () => {
    expect(watched?.authors).toEqual(['nordicrunner']);
    expect(watched?.publishedAt).toBe('2026-03-14T16:00:00.000Z');
    expect(watched?.text.startsWith('Trail shoe review: 500 km in the Trailbrand Pro 3\n\nThis video is sponsored by Trailbrand.')).toBe(true);
    expect(watched?.links).toContain('https://trailbrand.example/shoes?tag=nordic-20');
    expect(watched?.links.some((l) => l.includes('youtube.com/redirect'))).toBe(false);
    expect(watched?.hashtags).toEqual(['trailrunning']);
    expect(watched?.mentions).toEqual(['trailbrandofficial']);
    expect(watched?.text).not.toMatch(/RIVAL20|\.\.\.more|Show less/);
  });

  it('tells the promoted video YouTube sells apart from the creator sponsorship', () => {
    const ad = posts.find((p) => p.kind === 'ad');
    expect(ad?.label).toEqual({ kind: 'ad', text: 'Sponsored', partner: null });
    expect(ad?.text).toContain('Rivalbrand Trail X');
  });
});

describe('YouTube after SPA navigation', () => {
  const url = 'https://www.youtube.com/watch?v=NewVideo002';

  it('does not carry the previous video’s paid-promotion overlay over to the new video, and says why', () => {
    const result = extractPage(loadFixture('youtube/watch-stale.html', url), url);
    const watched = result.posts.find((p) => p.snapshot.url === url)?.snapshot;
    expect(watched?.text).toContain('Ten easy breakfasts for runners');
    expect(watched?.label).toBeNull();
    expect(result.diagnostics.join('\n')).toContain('ignored a paid-promotion overlay left from video AbCdEfGhIj1');
  });

  it('reads nothing from the watch page kept hidden behind the home grid', () => {
    const url = 'https://www.youtube.com/';
    const posts = snapshotsOf(loadFixture('youtube/home.html', url), url);
    expect(posts.map((p) => [p.kind, p.url, p.authors])).toEqual([
      ['video', 'https://www.youtube.com/watch?v=HomeVideo01', ['coachanna']],
      ['ad', null, []],
      ['short', 'https://www.youtube.com/shorts/ShortId0001', ['UCabcdefghijklmnopqrstuv']],
    ]);
    expect(posts.some((p) => p.label?.kind === 'paid-promotion')).toBe(false);
    expect(posts[1]).toMatchObject({ label: { kind: 'ad', text: 'Sponsored' } });
    expect(posts[1]?.text).toContain('Rivalbrand Trail X');
  });
});

describe('YouTube search, channel and Shorts', () => {
  it('reads the promoted video (an ad) and the video results with their description snippets', () => {
    const url = 'https://www.youtube.com/results?search_query=trail+shoes';
    const posts = snapshotsOf(loadFixture('youtube/search.html', url), url);
    expect(posts.map((p) => [p.kind, p.authors])).toEqual([
      ['ad', ['rivalbrand']],
      ['video', ['nordicrunner']],
      ['video', ['c/coachanna']],
    ]);
    expect(posts[0]?.label).toEqual({ kind: 'ad', text: 'Ad', partner: null });
    expect(posts[1]?.text).toContain('code NORDIC10');
    expect(posts[1]?.label).toBeNull();
  });

  it('names the channel of a channel grid whose tiles do not repeat it', () => {
    const url = 'https://www.youtube.com/@NordicRunner/videos';
    const posts = snapshotsOf(loadFixture('youtube/channel.html', url), url);
    expect(posts.map((p) => [p.url, p.authors])).toEqual([
      [WATCH, ['nordicrunner']],
      ['https://www.youtube.com/watch?v=NewVideo002', ['nordicrunner']],
    ]);
  });

  it('reads each short; only the active one gets the address of the page', () => {
    const url = 'https://www.youtube.com/shorts/ShortId0001';
    const posts = snapshotsOf(loadFixture('youtube/shorts.html', url), url);
    expect(posts.map((p) => [p.kind, p.url, p.authors])).toEqual([
      ['short', url, ['nordicrunner']],
      ['short', null, ['chefmila']],
    ]);
    expect(posts[0]).toMatchObject({ mentions: ['trailbrandofficial'], hashtags: ['ad'] });
  });
});

describe('YouTube server HTML (before any script ran)', () => {
  it('reads the video from the player response when it is the video of the address', () => {
    const posts = snapshotsOf(loadFixture('youtube/watch-server.html', WATCH), WATCH);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      kind: 'video',
      url: WATCH,
      authors: ['nordicrunner'],
      publishedAt: '2026-03-14T16:00:00.000Z',
      label: { kind: 'paid-promotion', text: 'Includes paid promotion' },
      links: ['https://trailbrand.example/shoes?tag=nordic-20'],
    });
  });

  it('does not use the player response for another video', () => {
    const other = 'https://www.youtube.com/watch?v=OtherVideo9';
    const doc = loadHtml(fixtureHtml('youtube/watch-server.html'), other);
    expect(snapshotsOf(doc, other)).toEqual([]);
  });
});

describe('YouTube with our own UI in the page', () => {
  it('neither finds posts inside our overlay nor reads our badge as description text', () => {
    const doc = loadFixture('youtube/watch.html', WATCH);
    doc.querySelector('#description-inline-expander')?.insertAdjacentHTML(
      'afterbegin',
      '<div data-conflict-lens-ui="badge">Conflict: Includes paid promotion <a href="https://www.youtube.com/redirect?q=https%3A%2F%2Four.example">why</a></div>',
    );
    doc.querySelector('#related')?.insertAdjacentHTML(
      'afterbegin',
      '<div data-conflict-lens-ui="overlay"><ytd-compact-video-renderer><a id="thumbnail" href="/watch?v=OurOwnUi01"></a><span id="video-title">Our overlay</span></ytd-compact-video-renderer></div>',
    );
    const posts = snapshotsOf(doc, WATCH);
    expect(posts.map((p) => p.url)).not.toContain('https://www.youtube.com/watch?v=OurOwnUi01');
    const watched = posts.find((p) => p.url === WATCH);
    expect(watched?.text).not.toContain('Conflict');
    expect(watched?.links).not.toContain('https://our.example/');
  });
});

describe('YouTube page kinds', () => {
  it.each([
    ['https://www.youtube.com/', 'home'],
    [WATCH, 'video'],
    ['https://www.youtube.com/shorts/ShortId0001', 'short'],
    ['https://www.youtube.com/results?search_query=x', 'search'],
    ['https://www.youtube.com/@NordicRunner/videos', 'channel'],
    ['https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv', 'channel'],
    ['https://www.youtube.com/feed/subscriptions', 'feed'],
    ['https://www.youtube.com/account', 'unknown'],
  ])('%s is a %s page', (url, kind) => {
    expect(youtubeAdapter.pageKind(new URL(url), document)).toBe(kind);
  });
});

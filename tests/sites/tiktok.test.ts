import { describe, expect, it } from 'vitest';
import { tiktokAdapter } from '@/lib/sites/tiktok/adapter';
import { PostSnapshotSchema } from '@/lib/schema/post';
import { loadFixture, scrambleClasses, snapshotsOf } from './load-page';

const VIDEO = 'https://www.tiktok.com/@nordicrunner/video/7571863223681142037';

describe('TikTok video page (2025 one-column layout)', () => {
  const doc = loadFixture('tiktok/video.html', VIDEO);
  const posts = snapshotsOf(doc, VIDEO);

  it('reads the loaded items and leaves the empty shells ahead of the scroll position', () => {
    expect(tiktokAdapter.findPosts(doc, new URL(VIDEO))).toHaveLength(4);
    expect(posts.map((p) => p.url)).toEqual([VIDEO, 'https://www.tiktok.com/@chefmila/video/7516192768123456789']);
    for (const post of posts) expect(PostSnapshotSchema.safeParse(post).success).toBe(true);
  });

  it('reads the "Paid partnership" chip of the video it belongs to, and no other', () => {
    expect(posts[0]?.label).toEqual({ kind: 'paid-partnership', text: 'Paid partnership', partner: null });
    expect(posts[1]?.label).toBeNull();
  });

  it('takes the full caption and date from the rehydration JSON for that video only', () => {
    expect(posts[0]?.text).toBe(
      'Race recap: new PB in the Trailbrand Pro 3 @trailbrand thanks for the support, use code NORDIC10 for 10% off #running #ad',
    );
    expect(posts[0]?.publishedAt).toBe('2025-11-12T15:36:28.000Z');
    expect(posts[0]?.hashtags).toEqual(['running', 'ad']);
    expect(posts[0]?.mentions).toEqual(['trailbrand']);
    // The next video gets its own caption and the date its id encodes, not the JSON of the first one.
    expect(posts[1]).toMatchObject({ authors: ['chefmila'], text: 'Cooking for the team #pasta', publishedAt: '2025-06-15T15:06:40.000Z' });
  });

  it("keeps TikTok's own SEO summary and the caption controls out of the caption", () => {
    expect(posts[0]?.text).not.toMatch(/Burger King|burgerking|See translation|more$/);
    expect(posts[0]?.hashtags).not.toContain('burgerking');
  });

  it('ignores a label chip inside our own UI', () => {
    const withOurUi = loadFixture('tiktok/video.html', VIDEO);
    const second = withOurUi.querySelector('#one-column-item-1 [data-e2e="video-desc"]');
    second?.insertAdjacentHTML('afterend', '<div data-conflict-lens-ui="badge"><div data-e2e="sponsored-tag"><p>Paid partnership</p></div></div>');
    expect(snapshotsOf(withOurUi, VIDEO)[1]?.label).toBeNull();
  });

  it('gives the same snapshots after every hashed class changed', () => {
    const scrambled = loadFixture('tiktok/video.html', VIDEO);
    scrambleClasses(scrambled);
    expect(snapshotsOf(scrambled, VIDEO)).toEqual(posts);
  });
});

describe('TikTok For You feed (2022 layout)', () => {
  const url = 'https://www.tiktok.com/foryou';
  const posts = snapshotsOf(loadFixture('tiktok/foryou.html', url), url);

  it('does not take "Paid partnership" from the translation table for an unlabelled post', () => {
    expect(posts[0]).toMatchObject({ authors: ['lenoutsaa'], text: 'Le retour du DAB 🤓 #comdab', hashtags: ['comdab'], label: null, url: null });
  });

  it('reads the label, mentions and links of the labelled post', () => {
    expect(posts[1]).toMatchObject({
      authors: ['glowbyjo'],
      label: { kind: 'paid-partnership', text: 'Paid partnership' },
      mentions: ['sunskincare'],
      links: ['https://sunskin.example/jo?ref=glowbyjo'],
    });
    expect(posts).toHaveLength(2);
  });
});

describe('TikTok 2022 video page (feed layout, the video has no id in the DOM)', () => {
  const url = 'https://www.tiktok.com/@lenoutsaa/video/7068327818786032901';
  const withState = (author: string) => {
    const doc = loadFixture('tiktok/foryou.html', url);
    const state = doc.querySelector('#SIGI_STATE');
    if (state) {
      state.textContent = JSON.stringify({
        ItemModule: { '7068327818786032901': { id: '7068327818786032901', desc: 'Le retour du DAB 🤓 #comdab', author, createTime: 1645700000 } },
      });
    }
    return snapshotsOf(doc, url);
  };

  it('gives the address and date to the item whose author and caption the JSON gives for that video', () => {
    const posts = withState('lenoutsaa');
    expect(posts[0]).toMatchObject({ url, publishedAt: '2022-02-24T10:53:20.000Z' });
    expect(posts[1]?.url).toBeNull();
  });

  it('does not when the JSON names another author', () => {
    expect(withState('someoneelse')[0]).toMatchObject({ url: null, publishedAt: null });
  });
});

describe('TikTok profile grid and search', () => {
  it('reads one post per profile tile with the date encoded in the video id', () => {
    const url = 'https://www.tiktok.com/@nordicrunner';
    const posts = snapshotsOf(loadFixture('tiktok/profile.html', url), url);
    expect(posts.map((p) => [p.url, p.publishedAt, p.text])).toEqual([
      [VIDEO, '2025-11-12T15:36:28.000Z', 'Race recap: new PB in the Trailbrand Pro 3'],
      ['https://www.tiktok.com/@nordicrunner/video/7559142441083456789', '2025-10-09T08:53:20.000Z', 'Hill sprints #training'],
      ['https://www.tiktok.com/@nordicrunner/video/7473243095163456789', '2025-02-19T21:20:00.000Z', ''],
    ]);
    expect(posts.every((p) => p.label === null && p.authors[0] === 'nordicrunner')).toBe(true);
  });

  it('pairs each search tile with its caption sibling', () => {
    const url = 'https://www.tiktok.com/search?q=trail%20shoes';
    const posts = snapshotsOf(loadFixture('tiktok/search.html', url), url);
    expect(posts.map((p) => [p.authors[0], p.mentions, p.hashtags])).toEqual([
      ['nordicrunner', ['trailbrand'], ['trailrunning']],
      ['coachanna', [], ['review']],
    ]);
    expect(posts[0]?.text).toBe('Race recap with @trailbrand #trailrunning');
  });
});

describe('TikTok photo posts', () => {
  it('keeps /photo/ in the address of a photo post', () => {
    const url = 'https://www.tiktok.com/@nordicrunner';
    const doc = loadFixture('tiktok/profile.html', url);
    const link = doc.querySelector('a[href$="7559142441083456789"]');
    link?.setAttribute('href', 'https://www.tiktok.com/@nordicrunner/photo/7559142441083456789');
    expect(snapshotsOf(doc, url)[1]?.url).toBe('https://www.tiktok.com/@nordicrunner/photo/7559142441083456789');
  });
});

describe('TikTok page kinds', () => {
  it.each([
    ['https://www.tiktok.com/', 'feed'],
    ['https://www.tiktok.com/foryou', 'feed'],
    ['https://www.tiktok.com/@nordicrunner', 'profile'],
    [VIDEO, 'video'],
    ['https://www.tiktok.com/search?q=x', 'search'],
    ['https://www.tiktok.com/upload', 'unknown'],
  ])('%s is a %s page', (url, kind) => {
    expect(tiktokAdapter.pageKind(new URL(url), document)).toBe(kind);
  });
});

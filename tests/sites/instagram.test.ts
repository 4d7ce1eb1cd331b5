import { describe, expect, it } from 'vitest';
import { instagramAdapter } from '@/lib/sites/instagram/adapter';
import { PostSnapshotSchema } from '@/lib/schema/post';
import { loadFixture, scrambleClasses, snapshotsOf } from './load-page';

const FEED = 'https://www.instagram.com/';

describe('Instagram home feed', () => {
  const doc = loadFixture('instagram/feed.html', FEED);
  const posts = snapshotsOf(doc, FEED);

  it('finds every article of the feed but none inside our own overlay, and skips the loading skeleton', () => {
    const containers = instagramAdapter.findPosts(doc, new URL(FEED));
    expect(containers).toHaveLength(5);
    expect(containers.some((el) => el.closest('[data-conflict-lens-ui]'))).toBe(false);
    expect(posts.map((p) => p.url)).toEqual([
      'https://www.instagram.com/p/Cq1AbCdEfGh/',
      'https://www.instagram.com/p/Cq2ReelCode1/',
      'https://www.instagram.com/p/Cq3PaidPart1/',
      null,
    ]);
    for (const post of posts) expect(PostSnapshotSchema.safeParse(post).success).toBe(true);
  });

  it('reads author, date, caption, mentions and hashtags of a plain post, the caption whole from the page JSON', () => {
    const [plain] = posts;
    expect(plain).toMatchObject({ platform: 'instagram', kind: 'post', authors: ['nordicrunner'], publishedAt: '2026-05-08T15:16:08.000Z' });
    expect(plain?.text).toBe(
      'Morning intervals in the new shoes from @trailbrand #running first impressions are great, full review on Friday #gifted',
    );
    expect(plain?.mentions).toEqual(['trailbrand']);
    expect(plain?.hashtags).toEqual(['running', 'gifted']);
  });

  it('without the page JSON, keeps the visible part of a caption cut behind "more", without the button', () => {
    const bare = loadFixture('instagram/feed.html', FEED);
    for (const script of Array.from(bare.querySelectorAll('script'))) script.remove();
    const [plain] = snapshotsOf(bare, FEED);
    expect(plain?.text).toBe('Morning intervals in the new shoes from @trailbrand #running first impressions are');
  });

  it('uses the page JSON only for the post it describes: a sponsored post not on screen labels nothing', () => {
    expect(posts.filter((p) => p.label?.partner === 'rivalbrand')).toEqual([]);
    expect(posts.map((p) => p.url)).not.toContain('https://www.instagram.com/p/CqOffScreen1/');
  });

  it('does not read our own badge (inside the article) or the page translation table as a label', () => {
    const [plain] = posts;
    expect(plain?.label).toBeNull();
    expect(plain?.text).not.toContain('Conflict');
    expect(plain?.mentions).not.toContain('rivalbrand');
  });

  it('names both authors of a collab reel', () => {
    expect(posts[1]).toMatchObject({ kind: 'reel', authors: ['chefmila', 'pastaworks'], mentions: ['pastaworks'] });
  });

  it('reads "Paid partnership with <brand>" from the header sub-title, with the brand handle', () => {
    expect(posts[2]?.label).toEqual({ kind: 'paid-partnership', text: 'Paid partnership with sunskincare', partner: 'sunskincare' });
    expect(posts[2]?.authors).toEqual(['glowbyjo']);
  });

  it('reads every partner of a label that names two ("Paid partnership with sunskincare and moonglow")', () => {
    const two = loadFixture('instagram/feed.html', FEED);
    const link = two.querySelector('a[href="/sunskincare/"]');
    expect(link).toBeTruthy();
    link!.parentElement!.innerHTML = 'Paid partnership with <a href="/sunskincare/" role="link">sunskincare</a> and <a href="/moonglow/" role="link">moonglow</a>';
    expect(snapshotsOf(two, FEED)[2]?.label).toEqual({
      kind: 'paid-partnership',
      text: 'Paid partnership with sunskincare and moonglow',
      partner: 'sunskincare',
      partners: ['sunskincare', 'moonglow'],
    });
  });

  it('tells an ad Instagram sells (Sponsored, ad redirect link) apart as kind "ad"', () => {
    expect(posts[3]).toMatchObject({ kind: 'ad', authors: ['shopdeals.de'], label: { kind: 'ad' } });
  });

  it('gives the same snapshots after every class name changed', () => {
    const scrambled = loadFixture('instagram/feed.html', FEED);
    scrambleClasses(scrambled);
    expect(snapshotsOf(scrambled, FEED)).toEqual(posts);
  });

  it('works on a partial subtree: a node inside an article leads to that article', () => {
    const articles = instagramAdapter.findPosts(doc, new URL(FEED));
    const caption = articles[0]?.querySelector('span[dir="auto"] span[dir="auto"]');
    expect(caption).toBeTruthy();
    expect(instagramAdapter.findPosts(caption as Element, new URL(FEED))).toEqual([articles[0]]);
    expect(instagramAdapter.findPosts(articles[1] as Element, new URL(FEED))).toEqual([articles[1]]);
  });
});

describe('Instagram in German', () => {
  const url = 'https://www.instagram.com/?hl=de';
  const [post] = snapshotsOf(loadFixture('instagram/feed-de.html', url), url);

  it('reads the German label and keeps "Mehr anzeigen" (an ad word inside) out of the caption', () => {
    expect(post?.label).toEqual({ kind: 'paid-partnership', text: 'Bezahlte Partnerschaft mit proteinwerk', partner: 'proteinwerk' });
    expect(post?.text).toBe('Mein Frühstück nach dem Training');
  });
});

describe('Instagram profile grid', () => {
  const url = 'https://www.instagram.com/nordicrunner/';
  const posts = snapshotsOf(loadFixture('instagram/profile.html', url), url);

  it('reads one post per tile with its owner, kind and caption from img[alt]', () => {
    expect(posts.map((p) => [p.kind, p.url, p.authors])).toEqual([
      ['post', 'https://www.instagram.com/p/CqGrid00001/', ['nordicrunner']],
      ['reel', 'https://www.instagram.com/reel/CqGrid00002/', ['nordicrunner']],
      ['post', 'https://www.instagram.com/p/CqGrid00003/', ['coachanna']],
    ]);
    expect(posts[0]?.text).toBe('Race day! Thanks @trailbrand for the kit #sponsored');
  });

  it('treats "#sponsored" in a caption as text for the detector, not as the platform label', () => {
    expect(posts[0]?.hashtags).toEqual(['sponsored']);
    expect(posts.every((p) => p.label === null)).toBe(true);
  });

  it('reads the date and the tagged account from the automatic description', () => {
    expect(posts[1]?.publishedAt).toBe('2026-05-02T00:00:00.000Z');
    expect(posts[1]?.mentions).toEqual(['trailbrand']);
  });
});

describe('Instagram permalink post and reel', () => {
  it('reads the caption (the first "comment") and not the comments below it', () => {
    const url = 'https://www.instagram.com/nordicrunner/p/CqPerma0001/';
    const posts = snapshotsOf(loadFixture('instagram/permalink-post.html', url), url);
    expect(posts).toHaveLength(1);
    const [post] = posts;
    expect(post).toMatchObject({ kind: 'post', url: 'https://www.instagram.com/p/CqPerma0001/', authors: ['nordicrunner'], publishedAt: '2026-04-02T22:16:10.000Z', label: null });
    expect(post?.text).toBe('Ten weeks of training with @trailbrand #ad\n\nFull review: https://trailbrand.example/review?utm_source=ig');
    expect(post?.links).toEqual(['https://trailbrand.example/review?utm_source=ig']);
    expect(post?.hashtags).toEqual(['ad']);
    expect(post?.text).not.toContain('rivalbrand');
  });

  it('reads the paid-partnership flag, sponsor and co-author from the page JSON of this post, not of another owner', () => {
    const url = 'https://www.instagram.com/nordicrunner/p/CqPerma0001/';
    const json = (owner: string) =>
      `<script type="application/json" data-sjs>{"xdt_api__v1__media__shortcode__web_info":{"items":[{"code":"CqPerma0001","user":{"username":"${owner}"},"is_paid_partnership":true,"sponsor_tags":[{"sponsor":{"username":"trailbrand"}}],"coauthor_producers":[{"username":"coachanna"}]}]}}</script>`;
    const doc = loadFixture('instagram/permalink-post.html', url);
    doc.head.insertAdjacentHTML('beforeend', json('nordicrunner'));
    const [post] = snapshotsOf(doc, url);
    expect(post?.label).toEqual({ kind: 'paid-partnership', text: 'Paid partnership', partner: 'trailbrand' });
    expect(post?.authors).toEqual(['nordicrunner', 'coachanna']);
    const other = loadFixture('instagram/permalink-post.html', url);
    other.head.insertAdjacentHTML('beforeend', json('someoneelse'));
    expect(snapshotsOf(other, url)[0]).toMatchObject({ label: null, authors: ['nordicrunner'] });
  });

  it('keeps every sponsor of the page JSON, after the partner the header links', () => {
    const url = 'https://www.instagram.com/nordicrunner/p/CqPerma0001/';
    const doc = loadFixture('instagram/permalink-post.html', url);
    doc.head.insertAdjacentHTML(
      'beforeend',
      `<script type="application/json" data-sjs>{"xdt_api__v1__media__shortcode__web_info":{"items":[{"code":"CqPerma0001","user":{"username":"nordicrunner"},"is_paid_partnership":true,"sponsor_tags":[{"sponsor":{"username":"trailbrand"}},{"sponsor":{"username":"hydrofuel"}}]}]}}</script>`,
    );
    expect(snapshotsOf(doc, url)[0]?.label).toEqual({ kind: 'paid-partnership', text: 'Paid partnership', partner: 'trailbrand', partners: ['trailbrand', 'hydrofuel'] });
  });

  it('does not take the "Original audio" link in the reel header for a partner', () => {
    const url = 'https://www.instagram.com/nordicrunner/reel/CqReel00001/';
    const [post] = snapshotsOf(loadFixture('instagram/reel.html', url), url);
    expect(post).toMatchObject({ kind: 'reel', authors: ['nordicrunner'], label: null, hashtags: ['training'] });
  });
});

describe('Instagram logged-out server page (a saved page before any script ran)', () => {
  it('reads the post from its <meta> description when the canonical link names the post of the address', () => {
    const url = 'https://www.instagram.com/p/CqPerma0001/';
    const posts = snapshotsOf(loadFixture('instagram/logged-out-post.html', url), url);
    expect(posts).toEqual([
      {
        platform: 'instagram',
        kind: 'post',
        url,
        authors: ['nordicrunner'],
        publishedAt: '2026-04-02T00:00:00.000Z',
        text: 'Ten weeks of training with @trailbrand #ad👟',
        hashtags: ['ad'],
        mentions: ['trailbrand'],
        links: [],
        label: null,
      },
    ]);
  });

  it('reads nothing when the <meta> describes another post than the address', () => {
    const url = 'https://www.instagram.com/p/CqOther00001/';
    expect(snapshotsOf(loadFixture('instagram/logged-out-post.html', url), url)).toEqual([]);
  });
});

describe('Instagram page kinds', () => {
  it.each([
    ['https://www.instagram.com/', 'feed'],
    ['https://www.instagram.com/nordicrunner/', 'profile'],
    ['https://www.instagram.com/nordicrunner/reels/', 'profile'],
    ['https://www.instagram.com/p/CqPerma0001/', 'post'],
    ['https://www.instagram.com/nordicrunner/p/CqPerma0001/', 'post'],
    ['https://www.instagram.com/reel/CqReel00001/', 'reel'],
    ['https://www.instagram.com/explore/tags/running/', 'search'],
    ['https://www.instagram.com/accounts/edit/', 'unknown'],
  ])('%s is a %s page', (url, kind) => {
    expect(instagramAdapter.pageKind(new URL(url), document)).toBe(kind);
  });
});

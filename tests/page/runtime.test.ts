import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BATCH, TabFindingsSchema } from '@/lib/schema/messages';
import { addPost, startHarness, type Harness } from './harness';

let feed: HTMLElement;
let harness: Harness | undefined;

beforeEach(() => {
  document.body.innerHTML = '';
  feed = document.createElement('main');
  document.body.append(feed);
});
afterEach(() => {
  harness?.invalidate();
  harness = undefined;
});

const level = (el: Element) => el.getAttribute('data-conflict-lens');
const badge = (h: Harness, name: string) =>
  [...h.shadow.querySelectorAll<HTMLButtonElement>('button.badge')].filter((b) => b.getAttribute('aria-label') === name);

describe('page runtime', () => {
  it('marks a post near the viewport with its level and a labelled badge, and leaves far posts alone', async () => {
    const conflict = addPost(feed, 'Mi nuevo favorito @burgerking #ad');
    const clean = addPost(feed, 'Un día en la playa');
    const far = addPost(feed, 'Lejos @burgerking #ad');
    harness = startHarness();
    await harness.settle();
    expect(harness.observed.size).toBe(3);
    expect(level(conflict)).toBeNull(); // nothing is read before it comes near the viewport

    harness.setNear([conflict, clean]);
    await harness.settle();
    expect(level(conflict)).toBe('conflict');
    expect(level(clean)).toBe('clear');
    expect(level(far)).toBeNull();
    expect(harness.requests.flatMap((r) => r.posts)).toHaveLength(2);
    const [conflictBadge] = badge(harness, 'Conflict Lens: conflict');
    expect(conflictBadge?.hidden).toBe(false);
    expect(conflictBadge?.textContent).toContain('Conflict');
    // pinned to the post's top-right corner (post box: x 100..500, y 500)
    expect([conflictBadge?.style.left, conflictBadge?.style.top]).toEqual(['500px', '500px']);
    expect(badge(harness, 'Conflict Lens: clear')).toHaveLength(1);
  });

  it('keeps badges on their posts inside a scrolling container; window scrolling needs no work', async () => {
    const scroller = document.createElement('div');
    feed.append(scroller);
    const post = addPost(scroller, '@burgerking #ad');
    harness = startHarness();
    await harness.settle();
    harness.setNear([post]);
    await harness.settle();
    const badgeEl = badge(harness, 'Conflict Lens: conflict')[0]!;
    const top = badgeEl.style.top;

    post.getBoundingClientRect = () => new DOMRect(100, 120, 400, 480); // the container scrolled
    document.dispatchEvent(new Event('scroll')); // window scroll: the layer moves with the document
    await harness.settle();
    expect(badgeEl.style.top).toBe(top);
    scroller.dispatchEvent(new Event('scroll'));
    await harness.settle();
    expect(badgeEl.style.top).toBe('120px');
  });

  it('reads each container once, however often it scrolls in and out', async () => {
    const post = addPost(feed, '@burgerking #ad');
    harness = startHarness();
    await harness.settle();
    for (let i = 0; i < 3; i += 1) {
      harness.setNear([post], true);
      await harness.settle();
      harness.setNear([post], false);
      await harness.settle();
    }
    expect(harness.extract).toHaveBeenCalledTimes(1);
    expect(harness.requests).toHaveLength(1);
    expect(badge(harness, 'Conflict Lens: conflict')[0]?.hidden).toBe(true); // off screen: hidden, kept
  });

  it('sends posts in batches no larger than MAX_BATCH', async () => {
    const posts = Array.from({ length: 450 }, (_, i) => addPost(feed, `post ${i}`));
    harness = startHarness();
    await harness.settle();
    harness.setNear(posts);
    await harness.settle();
    expect(harness.requests.every((r) => r.posts.length <= MAX_BATCH)).toBe(true);
    expect(harness.requests.reduce((n, r) => n + r.posts.length, 0)).toBe(450);
    expect(posts.every((p) => level(p) === 'clear')).toBe(true);
  });

  it('keeps one batch in flight and sends the posts read meanwhile together', async () => {
    const first = addPost(feed, 'uno');
    const later = Array.from({ length: 5 }, (_, i) => addPost(feed, `luego ${i}`));
    harness = startHarness();
    await harness.settle();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    harness.hold(gate); // the first request waits for `gate`, as a busy background would
    harness.setNear([first]);
    await harness.settle();
    for (const post of later) {
      harness.setNear([post]);
      await harness.settle();
    }
    expect(harness.requests).toHaveLength(1); // the others wait for the answer
    release();
    await harness.settle();
    expect(harness.requests.map((r) => r.posts.length)).toEqual([1, 5]);
    expect(harness.runtime.findings().scanned).toBe(6);
  });

  it('finds posts the page appends while scrolling, and skips our own UI', async () => {
    harness = startHarness();
    await harness.settle();
    const appended = addPost(feed, 'Nuevo @burgerking #ad');
    const ours = document.createElement('div');
    ours.setAttribute('data-conflict-lens-ui', '');
    addPost(ours, '@burgerking #ad inside our UI');
    document.body.append(ours);
    await harness.settle();
    expect(harness.observed.has(appended)).toBe(true);
    expect(harness.observed.size).toBe(1);
    harness.setNear([appended]);
    await harness.settle();
    expect(level(appended)).toBe('conflict');
  });

  it('retries a container that was still loading once its content arrives', async () => {
    const skeleton = addPost(feed, null);
    harness = startHarness();
    await harness.settle();
    harness.setNear([skeleton]);
    await harness.settle();
    expect(level(skeleton)).toBeNull();
    expect(harness.runtime.findings().diagnostics.join(' ')).toContain('1 post found but not readable');

    const caption = document.createElement('p');
    caption.className = 'caption';
    caption.textContent = 'Ya cargó @burgerking #ad';
    skeleton.append(caption);
    await harness.settle();
    expect(level(skeleton)).toBe('conflict');
  });

  it('re-checks the posts already read when the contracts change, without reload', async () => {
    const post = addPost(feed, 'Probando @kfc #ad');
    harness = startHarness();
    await harness.settle();
    harness.setNear([post]);
    await harness.settle();
    expect(level(post)).toBe('clear');

    harness.background.competitor = 'kfc'; // the user added KFC as a competitor
    harness.runtime.recheckAll();
    await harness.settle();
    expect(level(post)).toBe('conflict');
    expect(harness.extract).toHaveBeenCalledTimes(1);
  });

  it('forgets the old page on SPA navigation and ignores its late answers', async () => {
    const old = addPost(feed, '@burgerking #ad');
    harness = startHarness();
    await harness.settle();
    harness.setNear([old]);
    await harness.settle();
    expect(level(old)).toBe('conflict');

    old.remove();
    harness.navigate('https://www.instagram.com/illojuan/');
    harness.runtime.syncLocation();
    expect(level(old)).toBeNull();
    expect(harness.shadow.querySelectorAll('button.badge')).toHaveLength(0);
    const next = addPost(feed, 'Perfil nuevo @burgerking');
    await harness.settle();
    expect(harness.runtime.state.page.kind).toBe('profile');
    harness.setNear([next]);
    await harness.settle();
    expect(level(next)).toBe('warning');
    expect(harness.runtime.findings().findings.map((f) => f.level)).toEqual(['warning']);
  });

  it('reports the background failure to the popup instead of marking posts', async () => {
    const post = addPost(feed, '@burgerking #ad');
    harness = startHarness();
    harness.background.fail = 'invalid request: posts.0.snapshot.text: Too big';
    await harness.settle();
    harness.setNear([post]);
    await harness.settle();
    expect(level(post)).toBeNull();
    expect(harness.runtime.findings().diagnostics).toContain(
      'the extension could not check posts: invalid request: posts.0.snapshot.text: Too big',
    );
  });

  it('notices a new URL as soon as the page swaps its content, before the location watcher fires', async () => {
    harness = startHarness();
    await harness.settle();
    harness.navigate('https://www.instagram.com/illojuan/'); // pushState, then the new content
    const next = addPost(feed, 'Perfil nuevo @burgerking #ad');
    await harness.settle();
    expect(harness.runtime.state.page).toMatchObject({ kind: 'profile', url: 'https://www.instagram.com/illojuan/' });
    harness.setNear([next]);
    await harness.settle();
    expect(harness.requests.at(-1)?.page.url).toBe('https://www.instagram.com/illojuan/');
    expect(level(next)).toBe('conflict');
  });

  it('tries again when the background was not reachable, and marks the post once it answers', async () => {
    const post = addPost(feed, '@burgerking #ad');
    harness = startHarness();
    harness.background.fail = 'Could not establish connection. Receiving end does not exist.';
    await harness.settle();
    harness.setNear([post]);
    await harness.settle();
    expect(level(post)).toBeNull();
    harness.background.fail = null; // the service worker is up again
    await harness.runTimers();
    expect(level(post)).toBe('conflict');
    expect(harness.runtime.findings().diagnostics).toEqual([]);
  });

  it('stops observing the page when the extension context is invalidated', async () => {
    harness = startHarness();
    await harness.settle();
    harness.invalidate();
    addPost(feed, '@burgerking #ad');
    await harness.settle();
    expect(harness.observed.size).toBe(0);
    harness = undefined;
  });
});

describe('popup requests', () => {
  it('lists conflicts and warnings in page order with the count of scanned posts', async () => {
    const first = addPost(feed, 'warning @burgerking');
    const second = addPost(feed, 'fine');
    const third = addPost(feed, 'conflict @burgerking #ad');
    harness = startHarness();
    await harness.settle();
    harness.setNear([third]);
    await harness.settle();
    harness.setNear([first, second]);
    await harness.settle();

    const answer = await harness.runtime.handleTabRequest({ type: 'tab-findings' });
    const findings = TabFindingsSchema.parse(answer);
    expect(findings.scanned).toBe(3);
    expect(findings.findings.map((f) => [f.level, f.result.text])).toEqual([
      ['warning', 'warning @burgerking'],
      ['conflict', 'conflict @burgerking #ad'],
    ]);
    expect(findings.page).toEqual({ platform: 'instagram', kind: 'feed', url: 'https://www.instagram.com/' });
  });

  it('says when a profile page shows no posts at all', async () => {
    harness = startHarness({ url: 'https://www.instagram.com/illojuan/' });
    await harness.settle();
    expect(harness.runtime.findings().diagnostics).toEqual(['still looking for posts on this Instagram profile page']);
    harness.clock.now = 5_000;
    expect(harness.runtime.findings().diagnostics).toEqual([
      'no posts found on an Instagram profile page: the site\'s markup may have changed',
    ]);
  });

  it('scrolls to a post and flashes it on focus-post; unknown keys and bad messages get errors', async () => {
    const post = addPost(feed, '@burgerking #ad');
    harness = startHarness();
    await harness.settle();
    harness.setNear([post]);
    await harness.settle();
    let scrolled = 0;
    post.scrollIntoView = () => void (scrolled += 1);
    const key = harness.runtime.findings().findings[0]!.key;

    await expect(harness.runtime.handleTabRequest({ type: 'focus-post', key })).resolves.toEqual({ ok: true });
    expect(scrolled).toBe(1);
    expect(harness.shadow.querySelectorAll('[data-flash]')).toHaveLength(1);

    await expect(harness.runtime.handleTabRequest({ type: 'focus-post', key: 'nope' })).resolves.toMatchObject({ ok: false });
    await expect(harness.runtime.handleTabRequest({ type: 'focus-post', key: 42 })).resolves.toEqual({
      ok: false,
      error: 'invalid tab request',
    });
    expect(harness.runtime.handleTabRequest({ type: 'analyse' })).toBeUndefined();
  });
});

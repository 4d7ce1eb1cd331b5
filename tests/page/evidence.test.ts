import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

async function openConflict(caption: string) {
  const post = addPost(feed, caption, { 'data-url': 'https://www.instagram.com/p/abc/' });
  harness = startHarness();
  await harness.settle();
  harness.setNear([post]);
  await harness.settle();
  const badge = harness.shadow.querySelector<HTMLButtonElement>('button.badge')!;
  badge.click();
  const panel = harness.shadow.querySelector<HTMLElement>('[role="dialog"]');
  return { post, badge, panel: panel! };
}

describe('evidence panel', () => {
  it('names the contract, clause, brand and rule, and highlights the matched words in the caption', async () => {
    const { panel } = await openConflict('Hoy toca @burgerking con código JUAN10 #ad');
    expect(panel.querySelector('h2')?.textContent).toBe('Conflict Lens: conflict');
    const terms = [...panel.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(terms).toEqual([
      ['Contract', 'c-001'],
      ['Clause', '1'],
      ['Brand', 'Burger King'],
      ['Rule', 'competitor-paid: a competitor is promoted in a sponsored post'],
    ]);
    const marks = [...panel.querySelectorAll('.caption mark')].map((m) => [m.className, m.textContent]);
    expect(marks).toEqual([
      ['brand', '@burgerking'],
      ['marker', '#ad'],
    ]);
    expect(panel.querySelector('.caption')?.textContent).toBe('Hoy toca @burgerking con código JUAN10 #ad');
  });

  it('renders a hostile caption inert: markup stays text, bidi controls are shown, not obeyed', async () => {
    const hostile =
      '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> \u202Edakol\u202C @burgerking #ad <b>bold</b>';
    const { panel } = await openConflict(hostile);
    const caption = panel.querySelector('.caption')!;
    expect(caption.querySelectorAll('img, script, b')).toHaveLength(0);
    expect(caption.textContent).toContain('<script>window.pwned=2</script>');
    expect([...caption.querySelectorAll('.control')].map((c) => c.textContent)).toEqual(['U+202E', 'U+202C']);
    expect(caption.textContent).not.toMatch(/[\u202A-\u202E]/);
    // offsets still land on the right words after the controls are made visible
    expect([...caption.querySelectorAll('mark.brand')].map((m) => m.textContent)).toEqual(['@burgerking']);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('"Not a conflict" clears the post at once, is stored per post and clause, and can be undone', async () => {
    const { post, panel } = await openConflict('@burgerking #ad');
    const dismissButton = [...panel.querySelectorAll('button')].find((b) => b.textContent === 'Not a conflict')!;
    dismissButton.click();
    await harness!.settle();
    expect(post.getAttribute('data-conflict-lens')).toBe('clear');
    expect(harness!.dismissals.dismiss).toHaveBeenCalledWith(
      expect.objectContaining({ url: 'https://www.instagram.com/p/abc/' }),
      expect.objectContaining({ contractId: 'c-001', clause: 0 }),
    );
    expect(harness!.runtime.findings().findings).toEqual([]);

    const reopened = harness!.shadow.querySelector('[role="dialog"]')!;
    expect(reopened.textContent).toContain('Every finding on this post was dismissed.');
    [...reopened.querySelectorAll('button')].find((b) => b.textContent === 'Undo')!.click();
    await harness!.settle();
    expect(post.getAttribute('data-conflict-lens')).toBe('conflict');
    expect(harness!.dismissals.undo).toHaveBeenCalledWith({ post: 'https://www.instagram.com/p/abc/', contractId: 'c-001', clause: 0 });
  });

  it('applies dismissals made in another tab or undone from the popup', async () => {
    const { post } = await openConflict('@burgerking #ad');
    const dismissal = {
      post: 'https://www.instagram.com/p/abc/', contractId: 'c-001', clause: 0, brandId: 'burgerking',
      level: 'conflict' as const, platform: 'instagram' as const, postUrl: null, excerpt: '', dismissedAt: '2025-12-01T00:00:00.000Z',
    };
    harness!.runtime.setDismissals([dismissal]);
    expect(post.getAttribute('data-conflict-lens')).toBe('clear');
    harness!.runtime.setDismissals([]);
    expect(post.getAttribute('data-conflict-lens')).toBe('conflict');
  });

  it('closes with Escape and with the close button, returning focus to the badge', async () => {
    const { badge } = await openConflict('@burgerking #ad');
    const dialog = () => harness!.shadow.querySelector('[role="dialog"]');
    dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(dialog()).toBeNull();
    expect(harness!.shadow.activeElement).toBe(badge);
    badge.click();
    harness!.shadow.querySelector<HTMLButtonElement>('button.close')!.click();
    expect(dialog()).toBeNull();
  });
});

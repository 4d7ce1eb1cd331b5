import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dismiss, DISMISSALS_KEY, listDismissals, postIdentity, undoDismissal, visibleVerdicts } from '@/lib/page/dismissals';
import { highlightSegments, inertLine } from '@/lib/page/highlight';
import { createScheduler } from '@/lib/page/scheduler';
import { fakeAdapter, fakeVerdicts } from './harness';

function resultFor(text: string, url: string | null) {
  const container = document.createElement('article');
  container.innerHTML = '<p class="caption"></p>';
  container.querySelector('.caption')!.textContent = text;
  const snapshot = fakeAdapter.extract(container, new URL('https://www.instagram.com/'))!;
  return fakeVerdicts({ ...snapshot, url });
}

describe('dismissals store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers a dismissal per post and clause, lists it for the popup, and undoes it', async () => {
    const result = resultFor('@burgerking #ad', 'https://www.instagram.com/p/abc/');
    const verdict = result.verdicts[0]!;
    await dismiss(result, verdict, new Date('2025-12-01T10:00:00Z'));
    await dismiss(result, verdict); // twice: still one entry
    const list = await listDismissals();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ post: 'https://www.instagram.com/p/abc/', contractId: 'c-001', clause: 0, level: 'conflict' });

    const ids = new Set(list.map((d) => `${d.post}\u0000${d.contractId}\u0000${d.clause}`));
    expect(visibleVerdicts(result, ids)).toEqual([]);
    const otherPost = resultFor('@burgerking #ad', 'https://www.instagram.com/p/other/');
    expect(visibleVerdicts(otherPost, ids)).toHaveLength(1);

    await undoDismissal(list[0]!);
    expect(await listDismissals()).toEqual([]);
  });

  it('identifies a post without URL by author and text, and drops stored entries it cannot read', async () => {
    const a = resultFor('same words', null);
    const b = resultFor('other words', null);
    expect(postIdentity(a)).not.toBe(postIdentity(b));
    expect(postIdentity(a)).toBe(postIdentity(resultFor('same words', null)));
    await fakeBrowser.storage.local.set({ [DISMISSALS_KEY]: [{ post: 'x' }, 'junk'] });
    expect(await listDismissals()).toEqual([]);
  });
});

describe('caption highlighting', () => {
  it('splits overlapping spans and ignores offsets outside the text', () => {
    const segments = highlightSegments('abcdef', [
      { start: 1, end: 4, kind: 'brand' },
      { start: 3, end: 5, kind: 'marker' },
      { start: 4, end: 99, kind: 'code' },
    ]);
    expect(segments.map((s) => [s.text, s.kinds.join('+')])).toEqual([
      ['a', ''],
      ['bc', 'brand'],
      ['d', 'brand+marker'],
      ['e', 'marker'],
      ['f', ''],
    ]);
  });

  it('keeps one-line labels free of controls and bounded', () => {
    expect(inertLine('Burger\u202E King\n\n', 50)).toBe('Burger King');
    expect(inertLine('x'.repeat(10), 5)).toBe('xxxx…');
  });
});

describe('scheduler', () => {
  it('stops a slice when its budget is spent and continues in the next slot', () => {
    const slots: Array<(remaining: () => number) => void> = [];
    const ran: number[] = [];
    let clock = 0;
    const scheduler = createScheduler({ requestSlot: (run) => void slots.push(run), budgetMs: 5, now: () => clock });
    // each job takes 2 ms of the slice's 5 ms budget
    for (let i = 0; i < 6; i += 1) scheduler.enqueue(() => ((clock += 2), ran.push(i)));
    slots.shift()!(() => 50);
    expect(ran).toEqual([0, 1, 2]);
    expect(slots).toHaveLength(1);
    while (slots.length > 0) slots.shift()!(() => 50);
    expect(ran).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('runs at least one job per slot on a page that is never idle, and survives a failing job', () => {
    const slots: Array<(remaining: () => number) => void> = [];
    const errors: unknown[] = [];
    const ran: string[] = [];
    const scheduler = createScheduler({ requestSlot: (run) => void slots.push(run), onError: (e) => errors.push(e) });
    scheduler.enqueue(() => {
      throw new Error('broken post');
    });
    scheduler.enqueue(() => ran.push('next'));
    slots.shift()!(() => 0);
    slots.shift()!(() => 0);
    expect(ran).toEqual(['next']);
    expect(errors).toHaveLength(1);
  });
});

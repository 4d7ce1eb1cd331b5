/**
 * A page runtime in happy-dom with everything the browser would drive made explicit: idle slots,
 * animation frames and the viewport are advanced by the test, and a fake background answers batches.
 */
import { vi } from 'vitest';
import type { PageAdapter } from '@/lib/page/adapter';
import { createPageRuntime, type PageRuntime, type RuntimeContext } from '@/lib/page/runtime';
import type { AnalyseRequest } from '@/lib/schema/messages';
import type { PostResult, PostSnapshot, Verdict } from '@/lib/schema/post';

/** Posts are `<article class="post" data-author>` with a `.caption`; no caption = still loading. */
export const fakeAdapter: PageAdapter = {
  platform: 'instagram',
  pageKind: (url) => (url.pathname === '/' ? 'feed' : url.pathname.startsWith('/p/') ? 'post' : 'profile'),
  // Like the real adapters: the root itself and the post enclosing it count.
  findPosts: (root) => {
    const enclosing = root instanceof Element ? root.closest('article.post') : null;
    return [...(enclosing ? [enclosing] : []), ...root.querySelectorAll('article.post')];
  },
  extract: (container) => {
    const caption = container.querySelector('.caption');
    if (!caption) return null;
    const text = caption.textContent ?? '';
    return {
      platform: 'instagram',
      kind: 'post',
      url: container.getAttribute('data-url') ?? null,
      authors: [container.getAttribute('data-author') ?? 'someone'],
      publishedAt: '2025-12-01T10:00:00.000Z',
      text,
      hashtags: [...text.matchAll(/#(\w+)/g)].map((m) => m[1]!),
      mentions: [...text.matchAll(/@(\w+)/g)].map((m) => m[1]!),
      links: [],
      label: null,
    } satisfies PostSnapshot;
  },
};

/** The fake background's rule: a post naming @burgerking with #ad conflicts; @burgerking alone warns. */
export function fakeVerdicts(snapshot: PostSnapshot, competitor = 'burgerking'): PostResult {
  const at = snapshot.text.indexOf(`@${competitor}`);
  const ad = snapshot.text.indexOf('#ad');
  const verdicts: Verdict[] = [];
  if (at >= 0) {
    verdicts.push({
      level: ad >= 0 ? 'conflict' : 'warning',
      contractId: 'c-001',
      clause: 0,
      brandId: competitor,
      rule: 'competitor-paid: a competitor is promoted in a sponsored post',
      evidence: [{ kind: 'brand', text: `@${competitor} (handle, 0.98)`, start: at, end: at + competitor.length + 1 }],
    });
  }
  return {
    ...snapshot,
    markers: ad >= 0 ? [{ kind: 'ad', text: '#ad', start: ad, end: ad + 3 }] : [],
    commercial: { codes: [], links: [] },
    brands: at >= 0 ? [{ brandId: competitor, name: 'Burger King', via: 'handle', text: `@${competitor}`, start: at, end: at + competitor.length + 1, confidence: 0.98 }] : [],
    verdicts,
  };
}

export interface Harness {
  runtime: PageRuntime;
  requests: AnalyseRequest[];
  extract: ReturnType<typeof vi.fn>;
  /** Runs idle slots and frames until nothing is queued, letting background answers arrive. */
  settle(): Promise<void>;
  /** Moves posts into (or out of) the near-viewport band, as the IntersectionObserver would. */
  setNear(elements: Element[], near?: boolean): void;
  observed: Set<Element>;
  shadow: ShadowRoot;
  invalidate(): void;
  background: { competitor: string; fail: string | null };
  dismissals: { dismiss: ReturnType<typeof vi.fn>; undo: ReturnType<typeof vi.fn> };
  clock: { now: number };
  /** Makes the fake background wait for `gate` before answering the next request. */
  hold(gate: Promise<void>): void;
  /** Fires the runtime's pending delayed callbacks (retries, batch timers), as if time passed. */
  runTimers(): Promise<void>;
  /** Changes the URL the runtime sees (call runtime.reset() after, as wxt:locationchange does). */
  navigate(next: string): void;
}

export function startHarness(options: { url?: string; adapter?: PageAdapter | null; sliceMs?: number } = {}): Harness {
  const slots: Array<(remaining: () => number) => void> = [];
  const frames: Array<() => void> = [];
  const timers: Array<{ ms: number; cb: () => void }> = [];
  const observed = new Set<Element>();
  const requests: AnalyseRequest[] = [];
  const abort = new AbortController();
  const invalidated: Array<() => void> = [];
  const background = { competitor: 'burgerking', fail: null as string | null };
  const clock = { now: 0 };
  let gateNext: Promise<void> | null = null;
  let onVisibility: (changes: Array<{ element: Element; near: boolean }>) => void = () => {};
  let url = new URL(options.url ?? 'https://www.instagram.com/');
  const adapter = options.adapter === undefined ? fakeAdapter : options.adapter;
  const extract = vi.fn((container: Element, pageUrl: URL) => adapter!.extract(container, pageUrl));
  const wrapped: PageAdapter | null = adapter ? { ...adapter, extract } : null;

  const host = document.createElement('div');
  host.setAttribute('data-conflict-lens-ui', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  document.body.append(host);

  const ctx: RuntimeContext = {
    addEventListener: (target, type, handler, opts) => target.addEventListener(type, handler, { ...opts, signal: abort.signal }),
    onInvalidated: (cb) => {
      invalidated.push(cb);
      return () => undefined;
    },
    setTimeout: (handler, ms) => window.setTimeout(handler, ms) as unknown as number,
  };
  const dismissals = { dismiss: vi.fn(async () => undefined), undo: vi.fn(async () => undefined) };

  const runtime = createPageRuntime({
    ctx,
    doc: document,
    adapterFor: () => wrapped,
    analyse: async (request) => {
      requests.push(request);
      const gate = gateNext;
      gateNext = null;
      await (gate ?? Promise.resolve());
      if (background.fail) return { ok: false, error: background.fail };
      return { ok: true, results: request.posts.map(({ key, snapshot }) => ({ key, result: fakeVerdicts(snapshot, background.competitor) })) };
    },
    overlayContainer: container,
    requestSlot: (run) => void slots.push(run),
    nextFrame: (cb) => void frames.push(cb),
    delay: (cb, ms) => void timers.push({ ms, cb }),
    watchVisibility: (cb) => {
      onVisibility = cb;
      observed.clear();
      return {
        observe: (el) => void observed.add(el),
        unobserve: (el) => void observed.delete(el),
        disconnect: () => observed.clear(),
      };
    },
    observeMutations: (cb) => {
      const observer = new MutationObserver(cb);
      observer.observe(document.documentElement, { childList: true, subtree: true });
      return observer;
    },
    location: () => url,
    now: () => clock.now,
    dismissals,
    emptyPageGraceMs: 1_000,
  });

  async function settle(): Promise<void> {
    for (let round = 0; round < 100; round += 1) {
      await new Promise((r) => setTimeout(r, 0)); // mutation records, background answers
      // Short delays (the batch interval) pass on their own; long ones (retries) wait for runTimers().
      const short = timers.filter((t) => t.ms <= 100);
      if (slots.length === 0 && frames.length === 0 && short.length === 0) return;
      if (short.length > 0) {
        clock.now += 100;
        for (const t of short) timers.splice(timers.indexOf(t), 1);
        for (const t of short) t.cb();
      }
      while (slots.length > 0) slots.shift()!(() => options.sliceMs ?? 50);
      while (frames.length > 0) frames.shift()!();
    }
    throw new Error('runtime never settled');
  }

  return {
    runtime,
    requests,
    extract,
    settle,
    setNear: (elements, near = true) =>
      onVisibility(elements.filter((el) => observed.has(el)).map((element) => ({ element, near }))),
    observed,
    shadow,
    invalidate: () => {
      abort.abort();
      for (const cb of invalidated) cb();
      host.remove();
    },
    background,
    dismissals,
    clock,
    hold: (gate) => {
      gateNext = gate;
    },
    runTimers: async () => {
      clock.now += 10_000;
      for (const t of timers.splice(0)) t.cb();
      await settle();
    },
    navigate: (next) => {
      url = new URL(next);
    },
  };
}

export function addPost(parent: Element, caption: string | null, attrs: Record<string, string> = {}): HTMLElement {
  const article = document.createElement('article');
  article.className = 'post';
  article.setAttribute('data-author', 'illojuan');
  for (const [k, v] of Object.entries(attrs)) article.setAttribute(k, v);
  if (caption !== null) {
    const p = document.createElement('p');
    p.className = 'caption';
    p.textContent = caption;
    article.append(p);
  }
  parent.append(article);
  // happy-dom has no layout: give each post the box a feed would (480 px tall, stacked).
  const top = parent.querySelectorAll('article.post').length * 500;
  article.getBoundingClientRect = () => new DOMRect(100, top, 400, 480);
  return article;
}

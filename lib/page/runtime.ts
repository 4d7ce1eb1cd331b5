/**
 * The in-page runtime: finds posts, has them checked by the background, shows the verdicts.
 *
 *   MutationObserver ──(only queues changed subtrees)──┐
 *   start / wxt:locationchange ──(queues the document)─┤
 *                                                      ▼
 *                            Scheduler: idle-time slices of a few ms
 *                                                      │ scanRoot(): adapter.findPosts → track(new containers)
 *                                                      ▼
 *   IntersectionObserver (viewport ± margin) ── near ─▶ extract job: adapter.extract → batch
 *                                                      │ after each slice: flush batches (≤ MAX_BATCH)
 *                                                      ▼
 *                background ◀─ analyse ─ validated AnalyseResponse ─▶ render(): data-conflict-lens + badge
 *                                                      │
 *   storage.onChanged: dataVersion → re-analyse every read post; dismissals → re-render
 *   runtime.onMessage (popup): tab-findings → answer from PageState; focus-post → scroll + flash
 *
 * Each container is read once (tracked in a WeakMap, keyed per page); our own UI lives in one shadow
 * root whose host carries `data-conflict-lens-ui`, so the observer and the adapters skip it. Everything
 * is tied to the content-script context: when the extension updates, nothing is left running.
 */
import {
  AnalyseResponseSchema,
  MAX_BATCH,
  TabRequestSchema,
  type AnalyseRequest,
  type ErrorResponse,
  type TabFindings,
} from '@/lib/schema/messages';
import { PLATFORMS, type Platform } from '@/lib/schema/contracts';
import { postLevel, type PostResult, type PostSnapshot, type Verdict } from '@/lib/schema/post';
import { LEVEL_ATTRIBUTE, PLATFORM_NAMES, UI_ATTRIBUTE, type AdapterLookup, type PageAdapter } from './adapter';
import { dismissalId, postIdentity, visibleVerdicts, type Dismissal } from './dismissals';
import { createOverlay, type Overlay } from './overlay';
import { PageState, type TrackedPost } from './page-state';
import { createScheduler, type SlotRequester } from './scheduler';

const BATCH_INTERVAL_MS = 50;
const MAX_RETRIES = 3;
const RETRY_DELAY_MS = 1_000;

export interface VisibilityWatcher {
  observe(element: Element): void;
  unobserve(element: Element): void;
  disconnect(): void;
}

/** The slice of WXT's ContentScriptContext the runtime uses (a real one in the page, a stub in tests). */
export interface RuntimeContext {
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
  onInvalidated(cb: () => void): () => void;
  setTimeout(handler: () => void, ms?: number): number;
}

export interface PageRuntimeEnv {
  ctx: RuntimeContext;
  doc: Document;
  adapterFor: AdapterLookup;
  /** Sends one batch to the background; the answer is validated here. */
  analyse(request: AnalyseRequest): Promise<unknown>;
  /** Container inside our shadow root. */
  overlayContainer: HTMLElement;
  /** Re-attaches our host if the page's framework removed it. */
  ensureOverlayAttached?(): void;
  requestSlot: SlotRequester;
  nextFrame(cb: () => void): void;
  /** Runs `cb` right after the next layout (see frames.ts); falls back to nextFrame. */
  afterLayout?(cb: () => void): void;
  /** A coalesced timer (see frames.ts); without it batches leave as soon as they can. */
  delay?(cb: () => void, ms: number): void;
  watchVisibility(onChange: (changes: Array<{ element: Element; near: boolean }>) => void): VisibilityWatcher;
  observeMutations?(onChange: (records: MutationRecord[]) => void): { disconnect(): void };
  /** Calls back when the page's layout size changes (content above a post may have moved it). */
  observeLayout?(onChange: () => void): { disconnect(): void };
  location(): URL;
  now(): number;
  /** Where dismissals are written (the popup reads the same store). */
  dismissals?: {
    dismiss(result: PostResult, verdict: Verdict): Promise<unknown>;
    undo(ref: Pick<Dismissal, 'post' | 'contractId' | 'clause'>): Promise<void>;
  };
  /** How long an empty page may take to render posts before the popup is told none were found. */
  emptyPageGraceMs?: number;
}

export type FocusResponse = { ok: true } | ErrorResponse;

export interface PageRuntime {
  /** Answers a popup message, or returns undefined when the message is not for us. */
  handleTabRequest(message: unknown): Promise<TabFindings | FocusResponse> | undefined;
  findings(): TabFindings;
  /** The contracts changed: check every post read so far again. */
  recheckAll(): void;
  setDismissals(list: readonly Dismissal[]): void;
  /** SPA navigation: forget this page's posts and scan the new one. */
  reset(): void;
  /** Resets when the URL (hash aside) is no longer the one this state was built for. */
  syncLocation(): void;
  readonly state: PageState;
  readonly overlay: Overlay;
}

export function createPageRuntime(env: PageRuntimeEnv): PageRuntime {
  const { ctx, doc } = env;
  let generation = 0;
  let adapter: PageAdapter | null = null;
  let state = newState();
  let dismissed = new Set<string>();
  let batch: Array<{ post: TrackedPost; snapshot: PostSnapshot }> = [];
  let inFlight = 0;
  let lastSendAt = -Infinity;
  let flushScheduled = false;
  let repositionPending = false;
  const pendingRoots = new Set<Node>();

  const scheduler = createScheduler({
    requestSlot: env.requestSlot,
    afterSlice: flushBatch,
    onError: (error) => console.warn('Conflict Lens: a page job failed', error),
  });

  const overlay = createOverlay({
    container: env.overlayContainer,
    onBadgeClick: (key) => togglePanel(key),
    setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
  });

  let visibility = env.watchVisibility(onVisibility);
  const mutations = env.observeMutations?.(onMutations);
  // Layout observers call back right after the browser's own layout: reading rects there is free.
  const layout = env.observeLayout?.(repositionNow);
  ctx.onInvalidated(() => {
    visibility.disconnect();
    mutations?.disconnect();
    layout?.disconnect();
    scheduler.clear();
  });
  // Badges sit in document coordinates, so scrolling the window moves them with their posts for free;
  // only an inner scroll container (scroll events on an element) moves posts under a still layer.
  ctx.addEventListener(
    doc,
    'scroll',
    (event) => {
      if (event.target !== doc) requestReposition();
    },
    { capture: true, passive: true },
  );
  if (doc.defaultView) ctx.addEventListener(doc.defaultView, 'resize', requestReposition, { passive: true });

  queueRoot(doc);

  function newState(): PageState {
    generation += 1;
    const url = env.location();
    adapter = env.adapterFor(url) ?? null;
    const platform: Platform = adapter?.platform ?? platformFromHost(url.hostname);
    const kind = adapter ? adapter.pageKind(url, doc) : 'unknown';
    return new PageState({ platform, kind, url: url.href }, url, env.now(), generation);
  }

  function queueRoot(root: Node): void {
    if (pendingRoots.has(root)) return;
    pendingRoots.add(root);
    scheduler.enqueue(() => {
      pendingRoots.delete(root);
      scanRoot(root);
    });
  }

  /**
   * Queues what was added, not where: scanning the added subtree (adapters include the root itself and
   * its enclosing container) stays small however long the feed grows; scanning the parent would walk
   * the whole feed on every append. Text added into an element queues that element.
   */
  function onMutations(records: MutationRecord[]): void {
    if (!adapter) return;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1) {
          if (!(node as Element).hasAttribute(UI_ATTRIBUTE)) queueRoot(node);
        } else if (node.nodeType === 3 && record.target.nodeType === 1) {
          queueRoot(record.target);
        }
      }
    }
  }

  /** New containers under `root` are tracked; a changed unreadable container is tried again. */
  function scanRoot(root: Node): void {
    // The page may swap its content before WXT's location watcher (a 1 s poll) reports the new URL.
    if (syncLocation()) return;
    if (!adapter || !root.isConnected) return;
    const owner = state.containing(root);
    if (owner) {
      if (owner.status === 'unreadable' && owner.near) queueExtract(owner);
      return;
    }
    if (!('querySelectorAll' in root)) return;
    if (root instanceof Element && root.closest(`[${UI_ATTRIBUTE}]`)) return;
    for (const element of adapter.findPosts(root as ParentNode, state.url)) {
      if (state.byElement.has(element) || element.closest(`[${UI_ATTRIBUTE}]`)) continue;
      const post = state.track(element);
      visibility.observe(post.element);
    }
  }

  function onVisibility(changes: Array<{ element: Element; near: boolean }>): void {
    for (const { element, near } of changes) {
      const post = state.byElement.get(element);
      if (!post) continue;
      post.near = near;
      if (near) {
        state.near.add(post);
        if (post.status === 'waiting') queueExtract(post);
      } else {
        state.near.delete(post);
        overlay.hideBadge(post.key);
      }
    }
    requestReposition();
  }

  function queueExtract(post: TrackedPost): void {
    post.status = 'queued';
    const current = state;
    scheduler.enqueue(() => {
      if (current !== state || !adapter) return;
      if (!post.element.isConnected) return forget(post);
      const snapshot = adapter.extract(post.element, state.url);
      if (!snapshot) {
        post.status = 'unreadable';
        return;
      }
      post.snapshot = snapshot;
      post.status = 'sent';
      batch.push({ post, snapshot });
    });
  }

  /**
   * One request in flight at a time, and at most one every BATCH_INTERVAL_MS: each extension message
   * costs the page's main thread a fixed price (a channel per message), so posts read meanwhile wait and
   * go together. Posts are read a viewport ahead, so the wait rarely shows.
   */
  function flushBatch(): void {
    if (inFlight > 0 || batch.length === 0) return;
    const wait = lastSendAt + BATCH_INTERVAL_MS - env.now();
    if (wait > 0 && env.delay && batch.length < MAX_BATCH) {
      if (!flushScheduled) {
        flushScheduled = true;
        env.delay(() => {
          flushScheduled = false;
          flushBatch();
        }, wait);
      }
      return;
    }
    lastSendAt = env.now();
    const chunk = batch.splice(0, MAX_BATCH);
    inFlight += 1;
    void send(chunk, state).finally(() => {
      inFlight -= 1;
      flushBatch();
    });
  }

  async function send(chunk: Array<{ post: TrackedPost; snapshot: PostSnapshot }>, sentFor: PageState): Promise<void> {
    const request: AnalyseRequest = {
      type: 'analyse',
      page: sentFor.page,
      posts: chunk.map(({ post, snapshot }) => ({ key: post.key, snapshot })),
    };
    let answer: unknown;
    try {
      answer = await env.analyse(request);
    } catch (error) {
      answer = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    if (sentFor !== state) return; // the page changed while the background was working
    const parsed = AnalyseResponseSchema.safeParse(answer);
    if (!parsed.success) {
      const message = typeof answer === 'object' && answer && 'error' in answer ? String(answer.error) : 'unreadable answer';
      sentFor.lastError = message;
      for (const { post } of chunk) if (post.status === 'sent') post.status = 'failed';
      // The background may be restarting (service workers stop when idle): try again a few times.
      if (sentFor.retries < MAX_RETRIES && env.delay) {
        sentFor.retries += 1;
        env.delay(() => {
          if (sentFor === state) resend((post) => post.status === 'failed');
        }, RETRY_DELAY_MS * sentFor.retries);
      }
      return;
    }
    sentFor.lastError = null;
    sentFor.retries = 0;
    for (const { key, result } of parsed.data.results) {
      const post = sentFor.posts.get(key);
      if (!post) continue;
      post.result = result;
      post.status = 'done';
      // Drawn in scheduler slices too: a batch of 200 answers must not become one long task.
      scheduler.enqueue(() => {
        if (sentFor !== state) return;
        render(post);
        requestReposition();
      });
    }
  }

  function resend(which: (post: TrackedPost) => boolean): void {
    for (const post of state.posts.values()) {
      if (post.snapshot && which(post)) {
        post.status = 'sent';
        batch.push({ post, snapshot: post.snapshot });
      }
    }
    flushBatch();
  }

  function render(post: TrackedPost): void {
    if (!post.result) return;
    const level = postLevel({ verdicts: visibleVerdicts(post.result, dismissed) });
    post.level = level;
    post.element.setAttribute(LEVEL_ATTRIBUTE, level);
    overlay.setBadge(post.key, level);
    if (overlay.panelKey === post.key) openPanel(post);
  }

  function forget(post: TrackedPost): void {
    visibility.unobserve(post.element);
    overlay.removeBadge(post.key);
    state.forget(post);
  }

  function requestReposition(): void {
    if (repositionPending) return;
    repositionPending = true;
    env.ensureOverlayAttached?.();
    (env.afterLayout ?? env.nextFrame)(() => {
      repositionPending = false;
      repositionNow();
    });
  }

  function repositionNow(): void {
    env.ensureOverlayAttached?.();
    const shown: TrackedPost[] = [];
    for (const post of state.near) {
      if (!post.element.isConnected) forget(post);
      else if (post.level) shown.push(post);
    }
    overlay.reposition(shown);
  }

  function togglePanel(key: string): void {
    if (overlay.panelKey === key) return overlay.closePanel();
    const post = state.posts.get(key);
    if (post) openPanel(post);
  }

  function openPanel(post: TrackedPost): void {
    const result = post.result;
    if (!result || !post.level) return;
    const visible = visibleVerdicts(result, dismissed);
    overlay.openPanel(
      {
        key: post.key,
        level: post.level,
        result,
        verdicts: visible,
        dismissed: result.verdicts.filter((v) => !visible.includes(v)),
      },
      {
        onDismiss: (verdict) => {
          const ref = { post: postIdentity(result), contractId: verdict.contractId, clause: verdict.clause };
          // Shown at once; the storage change then reaches every other tab and the popup.
          dismissed = new Set(dismissed).add(dismissalId(ref));
          rerenderAll();
          void env.dismissals?.dismiss(result, verdict);
        },
        onUndo: (verdict) => {
          const ref = { post: postIdentity(result), contractId: verdict.contractId, clause: verdict.clause };
          dismissed = new Set(dismissed);
          dismissed.delete(dismissalId(ref));
          rerenderAll();
          void env.dismissals?.undo(ref);
        },
      },
    );
  }

  function rerenderAll(): void {
    for (const post of state.posts.values()) if (post.result) render(post);
    requestReposition();
  }

  function findings(): TabFindings {
    const posts = state.inPageOrder();
    const scanned = posts.filter((p) => p.result).length;
    const list: TabFindings['findings'] = [];
    for (const post of posts) {
      if (!post.result || !post.level || post.level === 'clear') continue;
      list.push({ key: post.key, level: post.level, result: { ...post.result, verdicts: visibleVerdicts(post.result, dismissed) } });
    }
    return { ok: true, page: state.page, scanned, findings: list, diagnostics: diagnostics(posts) };
  }

  function diagnostics(posts: TrackedPost[]): string[] {
    const out: string[] = [];
    const { platform, kind } = state.page;
    const where = `${PLATFORM_NAMES[platform]} ${kind} page`;
    if (!adapter || kind === 'unknown') {
      out.push(`this ${PLATFORM_NAMES[platform]} page is not one Conflict Lens scans (feeds, profiles, posts, videos, search)`);
      return out;
    }
    if (posts.length === 0) {
      const waited = env.now() - state.startedAt >= (env.emptyPageGraceMs ?? 3_000);
      // Same sentence as lib/sites' extractPage (command line), with the article fitted to the site name.
      out.push(waited ? `no posts found on ${article(where)}: the site's markup may have changed` : `still looking for posts on this ${where}`);
    }
    const unreadable = posts.filter((p) => p.status === 'unreadable').length;
    if (unreadable > 0) out.push(`${unreadable} post${unreadable === 1 ? '' : 's'} found but not readable on this ${where}`);
    if (state.lastError) out.push(`the extension could not check posts: ${state.lastError}`);
    return out;
  }

  function focusPost(key: string): FocusResponse {
    const post = state.posts.get(key);
    if (!post || !post.element.isConnected) return { ok: false, error: 'that post is no longer on this page' };
    post.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    overlay.flash(post.element);
    requestReposition();
    // Keyboard and screen-reader users land on the post's badge.
    env.nextFrame(() => overlay.badge(post.key)?.focus({ preventScroll: true }));
    return { ok: true };
  }

  function syncLocation(): boolean {
    const url = env.location();
    if (withoutHash(url) === withoutHash(state.url)) return false;
    reset();
    return true;
  }

  function reset(): void {
    scheduler.clear();
    pendingRoots.clear();
    batch = [];
    visibility.disconnect();
    for (const post of state.posts.values()) post.element.removeAttribute(LEVEL_ATTRIBUTE);
    overlay.clear();
    state = newState();
    visibility = env.watchVisibility(onVisibility);
    queueRoot(doc);
  }

  return {
    handleTabRequest(message) {
      const parsed = TabRequestSchema.safeParse(message);
      if (!parsed.success) {
        const type = typeof message === 'object' && message && 'type' in message ? message.type : undefined;
        // Malformed popup messages get an error; messages meant for someone else get no answer.
        if (type === 'tab-findings' || type === 'focus-post') return Promise.resolve({ ok: false, error: 'invalid tab request' });
        return undefined;
      }
      if (parsed.data.type === 'tab-findings') return Promise.resolve(findings());
      return Promise.resolve(focusPost(parsed.data.key));
    },
    findings,
    recheckAll() {
      state.retries = 0;
      resend((post) => post.status === 'done' || post.status === 'failed');
    },
    setDismissals(list) {
      dismissed = new Set(list.map(dismissalId));
      rerenderAll();
    },
    reset,
    syncLocation: () => void syncLocation(),
    get state() {
      return state;
    },
    overlay,
  };
}

function withoutHash(url: URL): string {
  return url.href.split('#')[0]!;
}

function platformFromHost(hostname: string): Platform {
  return PLATFORMS.find((p) => hostname.includes(p)) ?? 'instagram';
}

function article(text: string): string {
  return /^[aeiou]/i.test(text) ? `an ${text}` : `a ${text}`;
}

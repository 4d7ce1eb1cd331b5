/**
 * Per-page state: which containers the runtime knows, under which key, and what the background said
 * about each. Reset on SPA navigation; keys are content-script-local and never reused within a page.
 */
import type { PageInfo, PostLevel, PostResult, PostSnapshot } from '@/lib/schema/post';

export type PostStatus =
  /** found, waiting to come near the viewport */
  | 'waiting'
  /** near the viewport, extraction queued */
  | 'queued'
  /** the adapter could not read it yet (loading skeleton); retried when its subtree changes */
  | 'unreadable'
  /** snapshot sent to the background */
  | 'sent'
  /** result shown */
  | 'done'
  /** the background failed; retried on the next data change */
  | 'failed';

export interface TrackedPost {
  readonly key: string;
  readonly element: Element;
  status: PostStatus;
  near: boolean;
  snapshot: PostSnapshot | null;
  result: PostResult | null;
  level: PostLevel | null;
}

export class PageState {
  readonly posts = new Map<string, TrackedPost>();
  readonly byElement = new WeakMap<Element, TrackedPost>();
  /** Posts near the viewport: the only ones whose badges are placed. */
  readonly near = new Set<TrackedPost>();
  readonly startedAt: number;
  lastError: string | null = null;
  /** Retries after background failures since the last success or data change. */
  retries = 0;
  private nextKey = 0;

  constructor(
    readonly page: PageInfo,
    readonly url: URL,
    now: number,
    /** Distinguishes keys across navigations so that a late answer for an old page is ignored. */
    readonly generation: number,
  ) {
    this.startedAt = now;
  }

  track(element: Element): TrackedPost {
    const existing = this.byElement.get(element);
    if (existing) return existing;
    this.nextKey += 1;
    const post: TrackedPost = {
      key: `g${this.generation}p${this.nextKey}`,
      element,
      status: 'waiting',
      near: false,
      snapshot: null,
      result: null,
      level: null,
    };
    this.posts.set(post.key, post);
    this.byElement.set(element, post);
    return post;
  }

  forget(post: TrackedPost): void {
    this.posts.delete(post.key);
    this.byElement.delete(post.element);
    this.near.delete(post);
  }

  /** The tracked post whose container is `node` or one of its ancestors. */
  containing(node: Node, maxDepth = 60): TrackedPost | undefined {
    let current: Node | null = node;
    for (let depth = 0; current && depth < maxDepth; depth += 1) {
      if (current instanceof Element) {
        const post = this.byElement.get(current);
        if (post) return post;
      }
      current = current.parentNode;
    }
    return undefined;
  }

  /** Posts in the order they appear in the page (discovery order can differ after lazy loading). */
  inPageOrder(): TrackedPost[] {
    return [...this.posts.values()].sort((a, b) => {
      if (a.element === b.element) return 0;
      const position = a.element.compareDocumentPosition(b.element);
      return position & 4 /* FOLLOWING */ ? -1 : position & 2 /* PRECEDING */ ? 1 : 0;
    });
  }
}

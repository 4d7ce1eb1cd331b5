/**
 * What the runtime needs from a site adapter (lib/sites). Declared here structurally, so the runtime is
 * tested with tiny fake adapters and does not care which site it runs on; lib/sites' SiteAdapter
 * satisfies it.
 */
import type { Platform } from '@/lib/schema/contracts';
import type { PageInfo, PostSnapshot } from '@/lib/schema/post';

export interface PageAdapter {
  readonly platform: Platform;
  pageKind(url: URL, doc: Document): PageInfo['kind'];
  /**
   * Post containers in `root`, root itself and the container enclosing it included: the runtime hands
   * over each added subtree, which is often the new post container itself.
   */
  findPosts(root: ParentNode, url: URL): Element[];
  /** null when the container holds no readable post yet (e.g. still loading). */
  extract(container: Element, url: URL): PostSnapshot | null;
}

export type AdapterLookup = (url: URL) => PageAdapter | null | undefined;

/** Marks our own UI; adapters and the observer skip everything inside it. */
export const UI_ATTRIBUTE = 'data-conflict-lens-ui';
/** Set on every scanned post container: conflict | warning | clear. */
export const LEVEL_ATTRIBUTE = 'data-conflict-lens';

export const PLATFORM_NAMES: Record<Platform, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
};

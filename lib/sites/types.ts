/**
 * The contract every site adapter fulfils (issue 4). The in-page runtime and the command line both go
 * through it, so an adapter never touches storage, messaging or timers: it only reads the DOM it is given.
 */
import type { Platform } from '@/lib/schema/contracts';
import type { PageInfo, PostSnapshot } from '@/lib/schema/post';

export interface SiteAdapter {
  platform: Platform;
  pageKind(url: URL, doc: Document): PageInfo['kind'];
  /** Post containers under root, in document order, never inside our own UI. */
  findPosts(root: ParentNode, url: URL): Element[];
  /** null when the container is not (yet) a readable post, e.g. a loading skeleton. */
  extract(container: Element, url: URL): PostSnapshot | null;
}

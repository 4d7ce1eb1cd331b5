/**
 * Page mode of the command line (`npm run scan -- <page.html> --url <url>`): the same site adapters as
 * the extension, over a saved page in Node, then the same engine. The page's scripts are never run.
 */
import type { EngineIndex } from '@/lib/engine';
import { analysePost } from '@/lib/engine';
import type { PageInfo, PostResult } from '@/lib/schema/post';
import { adapterFor, extractPage } from '@/lib/sites/index';
import { loadPage } from './html-document';

export interface PageScan {
  page: PageInfo;
  posts: PostResult[];
  diagnostics: string[];
}

export function scanPage(html: string, url: string, index: EngineIndex, now: Date): PageScan {
  if (!url) throw new Error('page mode needs --url <the address the page was saved from>');
  if (!adapterFor(url)) throw new Error(`--url ${url}: not an Instagram, TikTok or YouTube address`);
  const loaded = loadPage(html, url);
  try {
    const { page, posts, diagnostics } = extractPage(loaded.document, url);
    return { page, posts: posts.map(({ snapshot }) => analysePost(snapshot, index, now)), diagnostics };
  } finally {
    loaded.close();
  }
}

/**
 * TikTok's rehydration JSON, reduced to what the adapter needs, keyed by video id. The JSON is written
 * for the page's first render: it names the video of a video page (and, on old pages, the items of
 * SIGI_STATE.ItemModule), never the items loaded later. So it is only ever looked up by the id a post
 * container shows, and never used to label anything else (it also carries the whole translation table,
 * "Paid partnership" included).
 */
import { dig, isRecord, parseJsonScript } from '../dom';
import { REHYDRATION_SCRIPT } from './selectors';

export interface RehydratedItem {
  id: string;
  desc: string | null;
  createTime: string | null;
  author: string | null;
  isAd: boolean;
}

function itemOf(raw: unknown): RehydratedItem | null {
  if (!isRecord(raw)) return null;
  const id = raw.id;
  if (typeof id !== 'string' || !/^\d+$/.test(id)) return null;
  const author = typeof raw.author === 'string' ? raw.author : dig(raw, 'author', 'uniqueId');
  const createTime = raw.createTime;
  return {
    id,
    desc: typeof raw.desc === 'string' ? raw.desc : null,
    createTime: typeof createTime === 'string' || typeof createTime === 'number' ? String(createTime) : null,
    author: typeof author === 'string' ? author.toLowerCase() : null,
    isAd: raw.isAd === true,
  };
}

const cache = new WeakMap<Document, Map<string, RehydratedItem>>();

export function rehydratedItems(doc: Document): Map<string, RehydratedItem> {
  const cached = cache.get(doc);
  if (cached) return cached;
  const items = new Map<string, RehydratedItem>();
  for (const selector of REHYDRATION_SCRIPT) {
    const json = parseJsonScript(doc.querySelector(selector));
    if (!json) continue;
    const detail = itemOf(dig(json, '__DEFAULT_SCOPE__', 'webapp.video-detail', 'itemInfo', 'itemStruct'));
    if (detail) items.set(detail.id, detail);
    const module = dig(json, 'ItemModule');
    if (isRecord(module)) {
      for (const raw of Object.values(module)) {
        const item = itemOf(raw);
        if (item) items.set(item.id, item);
      }
    }
  }
  cache.set(doc, items);
  return items;
}

/**
 * `ytInitialPlayerResponse`, the player data YouTube writes into the server HTML of a watch page. It is
 * written once, for the first video of the session: after SPA navigation it still describes that first
 * video, so it is only used when its videoDetails.videoId is the video being read.
 */
import { dig, isRecord } from '../dom';
import { INLINE_SCRIPT } from './selectors';

export interface PlayerResponseFacts {
  videoId: string;
  title: string | null;
  description: string | null;
  channelId: string | null;
  /** Handle or legacy path from ownerProfileUrl, when present. */
  ownerUrl: string | null;
  publishDate: string | null;
  paidOverlayText: string | null;
}

/** The JSON object that starts at `start` (a "{"), cut out by matching braces outside strings. */
function balancedObjectAt(text: string, start: number): string | null {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return null;
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  const simple = dig(value, 'simpleText');
  if (typeof simple === 'string') return simple;
  const runs = dig(value, 'runs');
  if (Array.isArray(runs)) return runs.map((r) => (isRecord(r) && typeof r.text === 'string' ? r.text : '')).join('');
  return null;
}

const cache = new WeakMap<Document, PlayerResponseFacts | null>();

export function playerResponseOf(doc: Document): PlayerResponseFacts | null {
  if (cache.has(doc)) return cache.get(doc) ?? null;
  let facts: PlayerResponseFacts | null = null;
  for (const script of Array.from(doc.querySelectorAll(INLINE_SCRIPT.join(',')))) {
    const text = script.textContent ?? '';
    const at = text.indexOf('ytInitialPlayerResponse');
    if (at < 0) continue;
    const brace = text.indexOf('{', at);
    const json = brace >= 0 ? balancedObjectAt(text, brace) : null;
    if (!json) continue;
    try {
      const data = JSON.parse(json) as unknown;
      const videoId = dig(data, 'videoDetails', 'videoId');
      if (typeof videoId !== 'string') continue;
      const micro = dig(data, 'microformat', 'playerMicroformatRenderer');
      const overlay = dig(data, 'paidContentOverlay', 'paidContentOverlayRenderer');
      const str = (v: unknown) => (typeof v === 'string' ? v : null);
      facts = {
        videoId,
        title: str(dig(data, 'videoDetails', 'title')),
        description: str(dig(data, 'videoDetails', 'shortDescription')),
        channelId: str(dig(data, 'videoDetails', 'channelId')),
        ownerUrl: str(dig(micro, 'ownerProfileUrl')),
        publishDate: str(dig(micro, 'publishDate')) ?? str(dig(micro, 'uploadDate')),
        paidOverlayText: overlay === undefined ? null : (textOf(dig(overlay, 'text')) ?? 'Includes paid promotion'),
      };
      break;
    } catch {
      continue;
    }
  }
  cache.set(doc, facts);
  return facts;
}

/**
 * Instagram's server-rendered JSON (`script[type="application/json"][data-sjs]`), reduced to what a post
 * snapshot needs, keyed by shortcode. It holds only the first posts of a page (later ones arrive by GraphQL,
 * instagram-dom.md §5), and the whole UI translation table, so it is only ever looked up by the code of the
 * post being read, and only trusted when its author is the author the post shows.
 */
import { dig, isRecord, parseJsonScript } from '../dom';
import { EMBEDDED_JSON } from './selectors';

export interface EmbeddedMedia {
  code: string;
  owner: string | null;
  caption: string | null;
  takenAt: number | null;
  coauthors: string[];
  paidPartnership: boolean;
  sponsors: string[];
  isAd: boolean;
}

function usernameOf(value: unknown): string | null {
  const direct = dig(value, 'username');
  if (typeof direct === 'string') return direct.toLowerCase();
  const sponsor = dig(value, 'sponsor', 'username');
  return typeof sponsor === 'string' ? sponsor.toLowerCase() : null;
}

function usernames(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.map(usernameOf).filter((u): u is string => u !== null);
}

function mediaOf(raw: Record<string, unknown>): EmbeddedMedia | null {
  const code = raw.code ?? raw.shortcode;
  if (typeof code !== 'string' || !('user' in raw || 'owner' in raw || 'caption' in raw || 'taken_at' in raw)) return null;
  const caption = dig(raw, 'caption', 'text') ?? dig(raw, 'edge_media_to_caption', 'edges', 0, 'node', 'text');
  const takenAt = raw.taken_at ?? raw.taken_at_timestamp;
  const oldSponsors = dig(raw, 'edge_media_to_sponsor_user', 'edges');
  return {
    code,
    owner: usernameOf(raw.user) ?? usernameOf(raw.owner),
    caption: typeof caption === 'string' ? caption : null,
    takenAt: typeof takenAt === 'number' ? takenAt : null,
    coauthors: usernames(raw.coauthor_producers),
    paidPartnership: raw.is_paid_partnership === true,
    sponsors: [
      ...usernames(raw.sponsor_tags),
      ...(Array.isArray(oldSponsors) ? oldSponsors.map((e) => usernameOf(dig(e, 'node'))).filter((u): u is string => u !== null) : []),
    ],
    isAd: raw.product_type === 'ad' || typeof raw.ad_id === 'string' || raw.is_sponsored === true,
  };
}

function collect(value: unknown, into: Map<string, EmbeddedMedia>, depth: number): void {
  if (depth > 60) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into, depth + 1);
    return;
  }
  if (!isRecord(value)) return;
  const media = mediaOf(value);
  if (media && !into.has(media.code)) into.set(media.code, media);
  for (const child of Object.values(value)) collect(child, into, depth + 1);
}

const cache = new WeakMap<Document, { scripts: number; media: Map<string, EmbeddedMedia> }>();

export function embeddedMedia(doc: Document): Map<string, EmbeddedMedia> {
  const scripts = Array.from(doc.querySelectorAll(EMBEDDED_JSON.join(',')));
  const cached = cache.get(doc);
  if (cached && cached.scripts === scripts.length) return cached.media;
  const media = new Map<string, EmbeddedMedia>();
  for (const script of scripts) collect(parseJsonScript(script), media, 0);
  cache.set(doc, { scripts: scripts.length, media });
  return media;
}

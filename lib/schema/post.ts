/**
 * What a post is on its way through the pipe (PRODUCT.md "What a post goes through"):
 *   page DOM --site adapter--> PostSnapshot --detect + evaluate--> PostResult
 * The PostResult is the object the overlay, the popup, the vetting export and the command line show.
 */
import { z } from 'zod';
import { normaliseHandle, PlatformSchema } from './contracts';

export const POST_KINDS = ['post', 'reel', 'video', 'short', 'ad'] as const;
/** "ad" is an ad the site itself sells, not a creator's sponsorship. */
export const PostKindSchema = z.enum(POST_KINDS);
export type PostKind = z.infer<typeof PostKindSchema>;

export const LABEL_KINDS = ['paid-partnership', 'promotional', 'paid-promotion', 'ad'] as const;
export const PlatformLabelSchema = z.object({
  kind: z.enum(LABEL_KINDS),
  /** The label as the page shows it, e.g. "Paid partnership" or "Bezahlte Partnerschaft mit". */
  text: z.string().max(500),
  /** Handle or name of the partner brand where the label names one (the first, when it names several). */
  partner: z.string().max(300).nullish(),
  /**
   * Every partner the label names, `partner` first, when there are several: Instagram's label reads
   * "Paid partnership with brand_a and brand_b" for a post made with two sponsors.
   */
  partners: z.array(z.string().max(300)).max(20).optional(),
});
export type PlatformLabel = z.infer<typeof PlatformLabelSchema>;

/** The label's partners, `partner` then `partners`, each once (compared as handles: without case and "@"). */
export function labelPartners(label: PlatformLabel | null | undefined): string[] {
  if (!label) return [];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of [label.partner, ...(label.partners ?? [])]) {
    const key = raw ? normaliseHandle(raw) : '';
    if (!raw || !key || seen.has(key)) continue;
    seen.add(key);
    out.push(raw);
  }
  return out;
}

/** Bounded so that a hostile or broken page cannot send unbounded data to the background. */
const MAX_TEXT = 20_000;
const shortList = (max: number) => z.array(z.string().max(2_000)).max(max);

export const PostSnapshotSchema = z.object({
  platform: PlatformSchema,
  kind: PostKindSchema,
  /** Canonical post URL, or null when the page does not give one. */
  url: z.string().max(2_000).nullable(),
  /** Handles without "@", lower case; collab co-authors too. YouTube: handle, else UC… id, c/ or user/ path. */
  authors: shortList(20),
  /** ISO 8601, or null when the page does not say. */
  publishedAt: z.string().max(40).nullable(),
  /** Caption, or title + description; the full text where the page has it. */
  text: z.string().max(MAX_TEXT),
  hashtags: shortList(200),
  mentions: shortList(200),
  /** Decoded links (redirect wrappers such as youtube.com/redirect?q= removed). */
  links: shortList(200),
  label: PlatformLabelSchema.nullable(),
});
export type PostSnapshot = z.infer<typeof PostSnapshotSchema>;

export const MARKER_KINDS = ['label', 'ad', 'partnership', 'affiliate', 'gifted', 'negation'] as const;
export const MarkerKindSchema = z.enum(MARKER_KINDS);
export type MarkerKind = z.infer<typeof MarkerKindSchema>;

/** `start`/`end` index into PostResult.text in UTF-16 code units, end exclusive. */
const span = { start: z.number().int().min(0), end: z.number().int().min(0) };

export const MarkerSchema = z.object({ kind: MarkerKindSchema, text: z.string(), ...span });
export type Marker = z.infer<typeof MarkerSchema>;

export const DiscountCodeSchema = z.object({ code: z.string(), ...span });
export const CommercialLinkSchema = z.object({ url: z.string(), kind: z.enum(['affiliate', 'tracked']) });
export const CommercialSchema = z.object({
  codes: z.array(DiscountCodeSchema),
  links: z.array(CommercialLinkSchema),
});
export type Commercial = z.infer<typeof CommercialSchema>;

export const MENTION_VIAS = ['label', 'handle', 'hashtag', 'name', 'domain', 'fuzzy'] as const;
export const BrandMentionSchema = z.object({
  brandId: z.string(),
  name: z.string(),
  via: z.enum(MENTION_VIAS),
  /** The text that matched as written in the post (for label/domain: the label text or the link). */
  text: z.string(),
  /** Offsets into PostResult.text; -1 when the evidence is not in the text (label, link list). */
  start: z.number().int().min(-1),
  end: z.number().int().min(-1),
  /** 0..1: how sure the match is that the brand is meant. */
  confidence: z.number().min(0).max(1),
});
export type BrandMention = z.infer<typeof BrandMentionSchema>;

export const EvidenceSchema = z.object({
  /** What this piece of evidence is. */
  kind: z.enum(['brand', 'marker', 'code', 'link', 'label', 'date', 'author']),
  /** One line a person can check at a glance, e.g. `@burgerking_es (handle, 0.98)`. */
  text: z.string(),
  start: z.number().int().min(-1).optional(),
  end: z.number().int().min(-1).optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const VERDICT_LEVELS = ['conflict', 'warning'] as const;
export const VerdictSchema = z.object({
  level: z.enum(VERDICT_LEVELS),
  contractId: z.string(),
  /** Index of the clause within its contract's `clauses`. */
  clause: z.number().int().min(0),
  brandId: z.string(),
  /** Which rule fired, as a stable id plus a sentence, e.g. "competitor-paid: …". */
  rule: z.string(),
  evidence: z.array(EvidenceSchema),
});
export type Verdict = z.infer<typeof VerdictSchema>;

export const PostResultSchema = PostSnapshotSchema.extend({
  markers: z.array(MarkerSchema),
  commercial: CommercialSchema,
  brands: z.array(BrandMentionSchema),
  verdicts: z.array(VerdictSchema),
});
export type PostResult = z.infer<typeof PostResultSchema>;

/** The level a post shows: the worst of its verdicts, or clear. */
export type PostLevel = 'conflict' | 'warning' | 'clear';
export function postLevel(result: Pick<PostResult, 'verdicts'>): PostLevel {
  if (result.verdicts.some((v) => v.level === 'conflict')) return 'conflict';
  if (result.verdicts.length > 0) return 'warning';
  return 'clear';
}

/** Kinds of page a site adapter recognises; "unknown" pages are not scanned. */
export const PAGE_KINDS = [
  'feed',
  'profile',
  'post',
  'reel',
  'video',
  'short',
  'search',
  'home',
  'channel',
  'unknown',
] as const;
export const PageInfoSchema = z.object({
  platform: PlatformSchema,
  kind: z.enum(PAGE_KINDS),
  url: z.string().max(2_000),
});
export type PageInfo = z.infer<typeof PageInfoSchema>;

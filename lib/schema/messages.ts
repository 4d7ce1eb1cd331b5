/**
 * Every message that crosses a context boundary, as zod schemas. Receivers `safeParse` each message
 * and answer a malformed one with an error, never with data: a content script runs next to page code
 * and is treated as untrusted by the background.
 *
 *   content script ──BackgroundRequest──▶ background   (analyse posts, read stats)
 *   popup          ──TabRequest─────────▶ content script (what did this tab find, jump to a post)
 */
import { z } from 'zod';
import { PageInfoSchema, PostLevel, PostResultSchema, PostSnapshotSchema } from './post';

/** A content-script-local id for a post container; never a DOM reference. */
export const PostKeySchema = z.string().min(1).max(100);

/** At most this many posts go in one batch: a page cannot make the background do unbounded work. */
export const MAX_BATCH = 200;

export const AnalyseRequestSchema = z.object({
  type: z.literal('analyse'),
  page: PageInfoSchema,
  posts: z.array(z.object({ key: PostKeySchema, snapshot: PostSnapshotSchema })).max(MAX_BATCH),
});
export const StatsRequestSchema = z.object({ type: z.literal('stats') });

export const BackgroundRequestSchema = z.discriminatedUnion('type', [AnalyseRequestSchema, StatsRequestSchema]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;
export type AnalyseRequest = z.infer<typeof AnalyseRequestSchema>;

export const AnalyseResponseSchema = z.object({
  ok: z.literal(true),
  results: z.array(z.object({ key: PostKeySchema, result: PostResultSchema })),
});
export const StatsSchema = z.object({
  creators: z.number().int(),
  brands: z.number().int(),
  contracts: z.number().int(),
  clauses: z.number().int(),
});
export type Stats = z.infer<typeof StatsSchema>;
export const StatsResponseSchema = z.object({ ok: z.literal(true), stats: StatsSchema });
export const ErrorResponseSchema = z.object({ ok: z.literal(false), error: z.string() });

export type AnalyseResponse = z.infer<typeof AnalyseResponseSchema>;
export type StatsResponse = z.infer<typeof StatsResponseSchema>;
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

export interface BackgroundResponses {
  analyse: AnalyseResponse;
  stats: StatsResponse;
}

/** Popup → content script of the active tab. */
export const TabRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab-findings') }),
  z.object({ type: z.literal('focus-post'), key: PostKeySchema }),
]);
export type TabRequest = z.infer<typeof TabRequestSchema>;

export const LEVELS = ['conflict', 'warning', 'clear'] as const satisfies readonly PostLevel[];
export const TabFindingsSchema = z.object({
  ok: z.literal(true),
  page: PageInfoSchema,
  /** Posts the runtime has analysed on this page so far. */
  scanned: z.number().int(),
  /** Posts with a conflict or warning, in page order. */
  findings: z.array(z.object({ key: PostKeySchema, level: z.enum(LEVELS), result: PostResultSchema })),
  /** Human-readable problems, e.g. "no posts found on an Instagram profile page: the markup may have changed". */
  diagnostics: z.array(z.string()),
});
export type TabFindings = z.infer<typeof TabFindingsSchema>;

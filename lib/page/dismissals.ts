/**
 * "Not a conflict": a person's decision that one verdict (post + contract clause) is wrong.
 * Remembered in browser.storage.local under one key so that the content script of every tab and the
 * popup (which lists and undoes them) share it; storage.onChanged tells open pages to re-render.
 *
 * A post is identified by its canonical URL where the page gives one, else by platform, authors and a
 * hash of its text, so a dismissal survives reloads and infinite-scroll re-renders.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { PlatformSchema } from '@/lib/schema/contracts';
import type { PostResult, Verdict } from '@/lib/schema/post';

export const DISMISSALS_KEY = 'dismissals';
const MAX_DISMISSALS = 5_000;

export const DismissalSchema = z.object({
  /** postIdentity() of the post. */
  post: z.string().min(1).max(2_100),
  contractId: z.string(),
  clause: z.number().int().min(0),
  brandId: z.string(),
  level: z.enum(['conflict', 'warning']),
  platform: PlatformSchema,
  /** Canonical post URL, for the popup's link; null when the page gave none. */
  postUrl: z.string().nullable(),
  /** The start of the caption, so the popup can say which post without the page. */
  excerpt: z.string().max(200),
  dismissedAt: z.string(),
});
export type Dismissal = z.infer<typeof DismissalSchema>;
export type DismissalRef = Pick<Dismissal, 'post' | 'contractId' | 'clause'>;

type PostIdentityInput = Pick<PostResult, 'url' | 'platform' | 'authors' | 'text'>;

export function postIdentity(post: PostIdentityInput): string {
  if (post.url) return post.url;
  return `${post.platform}:${post.authors.join(',')}:${fnv1a(post.text)}`;
}

export function dismissalId(ref: DismissalRef): string {
  return `${ref.post}\u0000${ref.contractId}\u0000${ref.clause}`;
}

/** Verdicts still shown for a post: those nobody dismissed. */
export function visibleVerdicts(result: PostResult, dismissed: ReadonlySet<string>): Verdict[] {
  if (dismissed.size === 0 || result.verdicts.length === 0) return result.verdicts;
  const post = postIdentity(result);
  return result.verdicts.filter((v) => !dismissed.has(dismissalId({ post, contractId: v.contractId, clause: v.clause })));
}

/** Stored dismissals, newest first; unreadable entries are dropped rather than trusted. */
export async function listDismissals(): Promise<Dismissal[]> {
  const stored = await browser.storage.local.get(DISMISSALS_KEY);
  return parseDismissals(stored[DISMISSALS_KEY]);
}

export function parseDismissals(value: unknown): Dismissal[] {
  if (!Array.isArray(value)) return [];
  const out: Dismissal[] = [];
  for (const entry of value) {
    const parsed = DismissalSchema.safeParse(entry);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

export async function dismiss(result: PostResult, verdict: Verdict, now: Date = new Date()): Promise<Dismissal> {
  const entry: Dismissal = {
    post: postIdentity(result),
    contractId: verdict.contractId,
    clause: verdict.clause,
    brandId: verdict.brandId,
    level: verdict.level,
    platform: result.platform,
    postUrl: result.url,
    excerpt: result.text.slice(0, 200),
    dismissedAt: now.toISOString(),
  };
  const id = dismissalId(entry);
  const current = await listDismissals();
  const next = [entry, ...current.filter((d) => dismissalId(d) !== id)].slice(0, MAX_DISMISSALS);
  await browser.storage.local.set({ [DISMISSALS_KEY]: next });
  return entry;
}

export async function undoDismissal(ref: DismissalRef): Promise<void> {
  const id = dismissalId(ref);
  const current = await listDismissals();
  const next = current.filter((d) => dismissalId(d) !== id);
  if (next.length !== current.length) await browser.storage.local.set({ [DISMISSALS_KEY]: next });
}

/** 32-bit FNV-1a, hex: a stable, short id for a caption (not a security hash). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

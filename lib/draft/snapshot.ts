/**
 * A draft caption as the PostSnapshot a page adapter would have produced for it once published, so that
 * the background runs it through exactly the engine the pages use.
 */
import { isRealCalendarDate, normaliseHandle, type Platform } from '@/lib/schema/contracts';
import type { PostSnapshot } from '@/lib/schema/post';

/** The engine bounds post text (PostSnapshotSchema); a longer draft is refused, not cut. */
export const MAX_DRAFT_CHARS = 20_000;

export interface DraftInput {
  caption: string;
  platform: Platform;
  /** With or without "@". */
  handle: string;
  /** YYYY-MM-DD. */
  plannedDate: string;
  /** The creator will switch on the platform's paid-partnership / paid-promotion label. */
  withPlatformLabel: boolean;
}

export type DraftField = 'caption' | 'handle' | 'plannedDate';

/** Field problems in a person's words, keyed by field; empty when the draft can be checked. */
export function draftProblems(input: DraftInput): Partial<Record<DraftField, string>> {
  const problems: Partial<Record<DraftField, string>> = {};
  if (input.caption.trim() === '') problems.caption = 'Paste the caption to check.';
  else if (input.caption.length > MAX_DRAFT_CHARS) problems.caption = `The caption is longer than ${MAX_DRAFT_CHARS.toLocaleString('en')} characters.`;
  if (normaliseHandle(input.handle) === '') problems.handle = 'Choose a creator or type a handle.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.plannedDate) || !isRealCalendarDate(input.plannedDate)) {
    problems.plannedDate = 'Choose the planned date.';
  }
  return problems;
}

const LABELS: Record<Platform, NonNullable<PostSnapshot['label']>> = {
  instagram: { kind: 'paid-partnership', text: 'Paid partnership' },
  tiktok: { kind: 'paid-partnership', text: 'Paid partnership' },
  youtube: { kind: 'paid-promotion', text: 'Includes paid promotion' },
};

export function draftSnapshot(input: DraftInput): PostSnapshot {
  return {
    platform: input.platform,
    kind: input.platform === 'instagram' ? 'post' : 'video',
    url: null,
    authors: [normaliseHandle(input.handle)],
    // The engine numbers days in UTC; midday keeps the planned day whatever the reader's time zone.
    publishedAt: `${input.plannedDate}T12:00:00.000Z`,
    text: input.caption,
    hashtags: [],
    mentions: [],
    links: [],
    label: input.withPlatformLabel ? LABELS[input.platform] : null,
  };
}

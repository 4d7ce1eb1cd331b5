/**
 * `scan --jsonl`: one `{ "text", "platform"?, "author"?, "date"? }` per line in, one PostResult per line
 * out, in order. Every line is checked before anything is printed, so bad input never leaves half a result.
 */
import { z } from 'zod';
import { normaliseHandle, PlatformSchema } from '@/lib/schema/contracts';
import type { PostResult, PostSnapshot } from '@/lib/schema/post';
import { analysePost, type EngineIndex } from '@/lib/engine';

export const JsonlLineSchema = z
  .object({
    text: z.string({ error: 'needs "text" (a string)' }).max(20_000),
    platform: PlatformSchema.optional(),
    author: z.string().max(300).optional(),
    date: z.string().max(40).optional(),
  })
  .loose();
export type JsonlLine = z.infer<typeof JsonlLineSchema>;

export class ScanInputError extends Error {}

/** A `YYYY-MM-DD` day or a full ISO instant, as ISO 8601; throws on anything else. */
export function isoFromDateInput(value: string, where: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00.000Z` : value;
  const ms = Date.parse(day);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(ms)) throw new ScanInputError(`${where}: "${value}" is not a date (use YYYY-MM-DD or ISO 8601)`);
  return new Date(ms).toISOString();
}

export function snapshotFromLine(line: JsonlLine, lineNumber: number): PostSnapshot {
  const platform = line.platform ?? 'instagram';
  return {
    platform,
    kind: platform === 'youtube' ? 'video' : 'post',
    url: null,
    authors: line.author ? [normaliseHandle(line.author)] : [],
    publishedAt: line.date === undefined ? null : isoFromDateInput(line.date, `line ${lineNumber}, "date"`),
    text: line.text,
    hashtags: [],
    mentions: [],
    links: [],
    label: null,
  };
}

/** Parses every non-blank line; throws ScanInputError naming the first bad line. */
export function parseJsonl(input: string): PostSnapshot[] {
  const snapshots: PostSnapshot[] = [];
  const lines = input.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]?.trim() ?? '';
    if (raw === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      throw new ScanInputError(`line ${i + 1}: not JSON (${(error as Error).message})`);
    }
    const parsed = JsonlLineSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.length ? `"${issue.path.join('.')}" ` : '';
      throw new ScanInputError(`line ${i + 1}: ${field}${issue?.message ?? 'invalid'}`);
    }
    snapshots.push(snapshotFromLine(parsed.data, i + 1));
  }
  return snapshots;
}

export function scanJsonl(input: string, index: EngineIndex, now: Date): PostResult[] {
  return parseJsonl(input).map((snapshot) => analysePost(snapshot, index, now));
}

/**
 * Turns a caption and the evidence offsets into segments the evidence panel renders as text nodes:
 * the caption never becomes HTML, and characters that could rewrite what the reader sees (bidi
 * controls, invisible joiners) are shown as visible placeholders instead of being obeyed.
 */
import type { PostResult } from '@/lib/schema/post';

export type HighlightKind = 'brand' | 'marker' | 'code';

export interface Span {
  start: number;
  end: number;
  kind: HighlightKind;
}

export interface Segment {
  text: string;
  /** Kinds covering this segment; empty for plain text. */
  kinds: HighlightKind[];
  /** A control character shown as its code point, e.g. "U+202E". */
  control?: boolean;
}

/** Offsets that point outside the text (stale result, hostile input) are ignored, not trusted. */
export function evidenceSpans(result: Pick<PostResult, 'text' | 'brands' | 'markers' | 'commercial'>): Span[] {
  const length = result.text.length;
  const spans: Span[] = [];
  const add = (start: number, end: number, kind: HighlightKind) => {
    if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= length) {
      spans.push({ start, end, kind });
    }
  };
  for (const brand of result.brands) add(brand.start, brand.end, 'brand');
  for (const marker of result.markers) add(marker.start, marker.end, 'marker');
  for (const code of result.commercial.codes) add(code.start, code.end, 'code');
  return spans;
}

// Bidi embeddings/overrides/isolates and marks, plus zero-width characters that hide text.
const CONTROL = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Splits `text` at every span boundary; overlapping spans give a segment several kinds. */
export function highlightSegments(text: string, allSpans: readonly Span[]): Segment[] {
  const spans = allSpans.filter((s) => s.start >= 0 && s.end > s.start && s.end <= text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const span of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const kinds = [
      ...new Set(spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.kind)),
    ];
    segments.push(...splitControls(text.slice(start, end), kinds));
  }
  return segments;
}

function splitControls(text: string, kinds: HighlightKind[]): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(CONTROL)) {
    const at = match.index;
    if (at > last) out.push({ text: text.slice(last, at), kinds });
    const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    out.push({ text: `U+${code}`, kinds, control: true });
    last = at + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), kinds });
  return out;
}

/** Strips the same controls from a one-line label (brand names, rule texts) before it is shown. */
export function inertLine(text: string, max = 300): string {
  const clean = text.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

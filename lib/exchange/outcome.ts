import type { ExchangeV1 } from '@/lib/schema/contracts';

/** One problem with an imported file: `where` names the record and field (or row and column). */
export interface ImportProblem {
  where: string;
  message: string;
}

export type ParseOutcome =
  | { ok: true; data: ExchangeV1; warnings: string[] }
  | { ok: false; errors: ImportProblem[] };

/** Files larger than this are refused before parsing: a browser tab would stall on them. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export function failure(errors: ImportProblem[]): ParseOutcome {
  return { ok: false, errors };
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The refusal for a file over the limit; the options page uses it too, before reading the file. */
export function tooLargeProblem(bytes: number): ImportProblem {
  return {
    where: 'file',
    message: `is ${formatMegabytes(bytes)}; the limit is ${formatMegabytes(MAX_IMPORT_BYTES)}`,
  };
}

/**
 * UTF-8 size of a text without allocating a copy of it. A string of n UTF-16 units takes between n
 * and 3n bytes, so most texts are decided without walking them.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function sizeProblem(text: string): ImportProblem | null {
  if (text.length * 3 <= MAX_IMPORT_BYTES) return null;
  const bytes = utf8ByteLength(text);
  return bytes > MAX_IMPORT_BYTES ? tooLargeProblem(bytes) : null;
}

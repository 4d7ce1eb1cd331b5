/**
 * The vetting report: a page's findings as rows a person can file, sort and forward.
 *
 *   TabFindings ──vettingRows──▶ one row per verdict ──vettingJson / vettingCsv──▶ file text
 *
 * Pure: the popup turns the text into a Blob download. Captions come from the page, so every cell is
 * treated as hostile (quoted for CSV, and defused when a spreadsheet would run it as a formula).
 */
import type { TabFindings } from '@/lib/schema/messages';
import type { PageInfo } from '@/lib/schema/post';

export interface VettingRow {
  postUrl: string | null;
  /** ISO 8601 as the page gave it, or null when the page shows no date. */
  date: string | null;
  /** The first author's handle, without "@". */
  author: string;
  level: 'conflict' | 'warning';
  contract: string;
  /** 1-based, as the popup and the options page number clauses. */
  clause: number;
  brand: string;
  rule: string;
  /** The verdict's evidence lines joined with " | ". */
  evidence: string;
}

export interface VettingReport {
  page: PageInfo;
  generatedAt: string;
  scanned: number;
  rows: VettingRow[];
}

export const VETTING_COLUMNS = ['post_url', 'date', 'author', 'level', 'contract', 'clause', 'brand', 'rule', 'evidence'] as const;

export function vettingReport(findings: TabFindings, generatedAt: Date): VettingReport {
  const rows: VettingRow[] = [];
  for (const finding of findings.findings) {
    const { result } = finding;
    for (const verdict of result.verdicts) {
      rows.push({
        postUrl: result.url,
        date: result.publishedAt,
        author: result.authors.join(' '),
        level: verdict.level,
        contract: verdict.contractId,
        clause: verdict.clause + 1,
        brand: result.brands.find((b) => b.brandId === verdict.brandId)?.name ?? verdict.brandId,
        rule: verdict.rule,
        evidence: verdict.evidence.map((e) => e.text).join(' | '),
      });
    }
  }
  return { page: findings.page, generatedAt: generatedAt.toISOString(), scanned: findings.scanned, rows };
}

export function vettingJson(report: VettingReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** RFC 4180 CSV with a header row; CRLF line ends, as spreadsheets expect. */
export function vettingCsv(report: VettingReport): string {
  const lines = [VETTING_COLUMNS.join(',')];
  for (const row of report.rows) {
    const cells = [row.postUrl ?? '', row.date ?? '', row.author, row.level, row.contract, String(row.clause), row.brand, row.rule, row.evidence];
    lines.push(cells.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab / carriage return before one) as a formula:
 * a caption like `=HYPERLINK("http://evil","click")` would become live. A leading apostrophe keeps it text
 * (OWASP "CSV Injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A file name that says which page and when, e.g. conflict-lens-instagram-marta.runs-2026-11-28.csv. */
export function vettingFileName(report: VettingReport, extension: 'json' | 'csv'): string {
  let where: string = report.page.kind;
  try {
    const path = new URL(report.page.url).pathname.split('/').filter(Boolean)[0];
    if (path) where = path.replace(/^@/, '');
  } catch {
    // Keep the page kind when the URL does not parse.
  }
  const safe = where.replace(/[^a-z0-9._-]+/gi, '-').slice(0, 60);
  return `conflict-lens-${report.page.platform}-${safe}-${report.generatedAt.slice(0, 10)}.${extension}`;
}

import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvCell, vettingCsv, vettingFileName, vettingJson, vettingReport, VETTING_COLUMNS } from '@/lib/report/vetting';
import type { TabFindings } from '@/lib/schema/messages';
import { analyseDraft } from '../draft/demo-engine';

/** A page with one real conflict (the engine's own verdict) and one post with a hostile caption and rule text. */
function pageFindings(): TabFindings {
  const conflict = { ...analyseDraft({ caption: '#ad loving my new @adidas runners', plannedDate: '2026-06-01' }), url: 'https://www.instagram.com/p/A1/' };
  const hostile = {
    ...conflict,
    url: 'https://www.instagram.com/p/B2/',
    publishedAt: null,
    authors: ['=cmd|calc'],
    verdicts: conflict.verdicts.map((v) => ({ ...v, rule: '=HYPERLINK("http://evil.example","click")', evidence: [{ kind: 'brand' as const, text: '+1, "quoted", line\nbreak' }] })),
  };
  return {
    ok: true,
    page: { platform: 'instagram', kind: 'profile', url: 'https://www.instagram.com/marta.runs/' },
    scanned: 3,
    findings: [
      { key: 'a', level: 'conflict', result: conflict },
      { key: 'b', level: 'conflict', result: hostile },
    ],
    diagnostics: [],
  };
}

const now = new Date('2026-11-28T02:00:00Z');

describe('vetting report', () => {
  it('has one row per verdict with URL, date, author, level, contract, clause, brand, rule and evidence', () => {
    const report = vettingReport(pageFindings(), now);
    expect(report.rows).toHaveLength(2);
    expect(report.rows[0]).toMatchObject({
      postUrl: 'https://www.instagram.com/p/A1/',
      date: '2026-06-01T12:00:00.000Z',
      author: 'marta.runs',
      level: 'conflict',
      contract: 'c-002',
      clause: 1,
      brand: 'Adidas',
    });
    expect(report.rows[0]?.rule).toMatch(/^competitor-mention/);
    expect(report.rows[0]?.evidence).toContain('@adidas');
  });

  it('writes JSON that reads back to the same report', () => {
    const report = vettingReport(pageFindings(), now);
    expect(JSON.parse(vettingJson(report))).toEqual(report);
  });

  it('writes CSV whose hostile cells parse back as the same text, defused against formulas', () => {
    const report = vettingReport(pageFindings(), now);
    const parsed = Papa.parse<string[]>(vettingCsv(report).trimEnd(), { newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    const [header, first, second] = parsed.data;
    expect(header).toEqual([...VETTING_COLUMNS]);
    expect(first?.[0]).toBe('https://www.instagram.com/p/A1/');
    expect(second?.[2]).toBe("'=cmd|calc");
    expect(second?.[7]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(second?.[8]).toBe('\'+1, "quoted", line\nbreak');
    expect(second?.[1]).toBe('');
    // No cell a spreadsheet would evaluate.
    for (const row of parsed.data.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('guards each formula start and leaves ordinary text alone', () => {
    for (const start of ['=', '+', '-', '@', '\t']) expect(csvCell(`${start}x`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('Adidas')).toBe('Adidas');
    expect(csvCell('a,b')).toBe('"a,b"');
  });

  it('names the file after the profile and the day', () => {
    const report = vettingReport(pageFindings(), now);
    expect(vettingFileName(report, 'csv')).toBe('conflict-lens-instagram-marta.runs-2026-11-28.csv');
  });
});

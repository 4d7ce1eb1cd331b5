/** The page's findings as a vetting report file, saved through a Blob URL. */
import { downloadText } from '@/lib/download';
import { vettingCsv, vettingFileName, vettingJson, vettingReport } from '@/lib/report/vetting';
import type { TabFindings } from '@/lib/schema/messages';

export function downloadVettingReport(findings: TabFindings, format: 'json' | 'csv', now: Date = new Date()): void {
  const report = vettingReport(findings, now);
  if (format === 'csv') downloadText(vettingCsv(report), vettingFileName(report, 'csv'), 'text/csv;charset=utf-8');
  else downloadText(vettingJson(report), vettingFileName(report, 'json'), 'application/json');
}

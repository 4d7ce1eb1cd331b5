import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadVettingReport } from '@/lib/popup/report-download';
import type { TabFindings } from '@/lib/schema/messages';
import { analyseDraft } from '../draft/demo-engine';

afterEach(() => vi.restoreAllMocks());

describe('downloadVettingReport', () => {
  it('saves the CSV through a Blob URL under a file name naming the page', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:report';
    });
    let downloaded = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded = `${this.download} ${this.href}`;
    });
    const result = { ...analyseDraft({ caption: '#ad loving my new @adidas runners' }), url: 'https://www.instagram.com/p/A1/' };
    const findings: TabFindings = {
      ok: true,
      page: { platform: 'instagram', kind: 'profile', url: 'https://www.instagram.com/marta.runs/' },
      scanned: 1,
      findings: [{ key: 'a', level: 'conflict', result }],
      diagnostics: [],
    };
    downloadVettingReport(findings, 'csv', new Date('2026-11-28T02:00:00Z'));
    expect(downloaded).toBe('conflict-lens-instagram-marta.runs-2026-11-28.csv blob:report');
    const text = await blobs[0]!.text();
    expect(text.split('\r\n')[1]).toMatch(/^https:\/\/www\.instagram\.com\/p\/A1\/,2026-06-01T12:00:00\.000Z,marta\.runs,conflict,c-002,1,Adidas,/);
  });
});

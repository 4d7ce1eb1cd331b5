// Behaviour on real labelled text from ../shared/datasets (read in place, never copied into the repo).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analysePost, compileIndex } from '@/lib/engine';
import type { PostSnapshot } from '@/lib/schema/post';

const DATASETS = resolve(import.meta.dirname, '../../../shared/datasets');
const LABELLED = resolve(DATASETS, 'mathur2018_dev_labelled.csv');
const missing = !existsSync(LABELLED);
if (missing) console.warn(`skipping dataset tests: ${LABELLED} not found (../shared is not part of the repo)`);

const index = compileIndex({ version: 1, brands: [], creators: [], contracts: [] });
const snapshot = (text: string): PostSnapshot => ({
  platform: 'youtube', kind: 'video', url: null, authors: [], publishedAt: null, text, hashtags: [], mentions: [], links: [], label: null,
});
const disclosureKinds = (text: string) => analysePost(snapshot(text), index, new Date('2026-01-01')).markers.filter((m) => m.kind !== 'negation');

describe.skipIf(missing)('hand-labelled YouTube description sentences (Mathur et al. 2018)', () => {
  const rows = missing ? [] : Papa.parse<Record<string, string>>(readFileSync(LABELLED, 'utf8'), { header: true, skipEmptyLines: true }).data;

  it('never reads a negated disclosure as a disclosure', () => {
    const negated = rows.filter((r) => r.disclosure === 'negated');
    expect(negated.length).toBeGreaterThan(0);
    expect(negated.filter((r) => disclosureKinds(r.sentence ?? '').length > 0).map((r) => r.sentence)).toEqual([]);
  });

  it('finds at least 9 in 10 affiliate and channel-support disclosures', () => {
    const disclosed = rows.filter((r) => r.disclosure === 'affiliate' || r.disclosure === 'support');
    const found = disclosed.filter((r) => disclosureKinds(r.sentence ?? '').length > 0);
    expect(found.length / disclosed.length).toBeGreaterThanOrEqual(0.9);
  });

  it('finds a commercial signal in at least 9 in 10 sentences that hold a code or affiliate link', () => {
    const commercial = rows.filter((r) => r.commercial === '1');
    const found = commercial.filter((r) => {
      const result = analysePost(snapshot(r.sentence ?? ''), index, new Date('2026-01-01'));
      return result.commercial.codes.length + result.commercial.links.length > 0;
    });
    expect(found.length / commercial.length).toBeGreaterThanOrEqual(0.9);
  });
});

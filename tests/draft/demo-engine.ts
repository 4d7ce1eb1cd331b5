/** The engine compiled over the bundled sample contracts (no catalogue), as the background would compile it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analysePost, compileIndex } from '@/lib/engine';
import { ExchangeV1Schema } from '@/lib/schema/contracts';
import { draftSnapshot, type DraftInput } from '@/lib/draft/snapshot';
import type { PostResult } from '@/lib/schema/post';

export const sampleContracts = ExchangeV1Schema.parse(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../assets/demo/sample-contracts.json'), 'utf8')),
);
const index = compileIndex(sampleContracts);

export function analyseDraft(input: Partial<DraftInput> & Pick<DraftInput, 'caption'>): PostResult {
  const full: DraftInput = { platform: 'instagram', handle: 'marta.runs', plannedDate: '2026-06-01', withPlatformLabel: false, ...input };
  return analysePost(draftSnapshot(full), index, new Date('2026-05-01T00:00:00Z'));
}

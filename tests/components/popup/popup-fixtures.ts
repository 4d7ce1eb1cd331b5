/** Shared setup for the popup's component tests: the bundled sample contracts, stored and compiled. */
import { createBackgroundService } from '@/lib/background/service';
import { getDataVersion, getStats, importExchange, loadExchange, wipeAllData } from '@/lib/db';
import type { SendToBackground } from '@/lib/popup/draft-check';
import { sampleContracts } from '../../draft/demo-engine';

export { sampleContracts };

export async function storeSampleContracts(): Promise<void> {
  await wipeAllData();
  await importExchange(sampleContracts, 'replace');
}

/** The real background service over the stored data (no catalogue), as the popup's draft check reaches it. */
export function backgroundOverDatabase(now = new Date('2026-05-01T00:00:00Z')): SendToBackground {
  const service = createBackgroundService({ loadExchange, getDataVersion, getStats, loadCatalogue: async () => ({ brands: [], words: [] }), now: () => now });
  return (request) => service.handleMessage(request);
}

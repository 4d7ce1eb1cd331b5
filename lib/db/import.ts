/** Import of validated exchange data: one read-write transaction, all or nothing. */
import { isValidated, validateExchange, type ImportProblem } from '@/lib/exchange';
import type { ExchangeV1 } from '@/lib/schema/contracts';
import { allTables, db } from './database';
import { planImport, type ImportMode, type ImportPreview, type ImportSummary, type StoredData } from './plan';
import { announceDataVersion, bumpDataVersion } from './version';

/** Thrown when data handed to the database does not pass the exchange checks; nothing was written. */
export class ImportRejectedError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    const first = problems[0];
    super(first ? `import refused: ${first.where}: ${first.message}` : 'import refused');
    this.name = 'ImportRejectedError';
  }
}

async function readStored(): Promise<StoredData> {
  const [brands, creators, contracts] = await Promise.all([
    db.brands.toArray(),
    db.creators.toArray(),
    db.contracts.toArray(),
  ]);
  return { brands, creators, contracts };
}

/** The database is a boundary too: callers other than the options page (sync, tests) pass data here. */
function checked(data: ExchangeV1): ExchangeV1 {
  if (isValidated(data)) return data;
  const outcome = validateExchange(data);
  if (!outcome.ok) throw new ImportRejectedError(outcome.errors);
  return outcome.data;
}

/** What an import would add, change and remove; writes nothing. */
export async function previewImport(data: ExchangeV1, mode: ImportMode): Promise<ImportPreview> {
  const valid = checked(data);
  const stored = await db.transaction('r', [db.brands, db.creators, db.contracts], readStored);
  return planImport(stored, valid, mode).preview;
}

export async function importExchange(data: ExchangeV1, mode: ImportMode): Promise<ImportSummary> {
  const valid = checked(data);
  const summary = await db.transaction('rw', allTables(), async () => {
    // Planned inside the transaction, so the diff is against exactly the data being replaced.
    const plan = planImport(await readStored(), valid, mode);
    if (mode === 'replace') {
      await Promise.all([db.brands.clear(), db.creators.clear(), db.contracts.clear()]);
    }
    await Promise.all([
      db.brands.bulkPut(plan.put.brands),
      db.creators.bulkPut(plan.put.creators),
      db.contracts.bulkPut(plan.put.contracts),
    ]);
    await db.meta.put({ key: 'clauseCount', value: plan.preview.clausesAfter });
    const dataVersion = await bumpDataVersion();
    return { ...plan.preview, dataVersion };
  });
  await announceDataVersion(summary.dataVersion);
  return summary;
}

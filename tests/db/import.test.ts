import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import {
  DATA_VERSION_KEY,
  db,
  ImportRejectedError,
  exportExchange,
  getDataVersion,
  getStats,
  importExchange,
  loadExchange,
  previewImport,
  wipeAllData,
} from '@/lib/db';
import { parseExchangeJson, serialiseExchangeJson } from '@/lib/exchange';
import type { ExchangeV1 } from '@/lib/schema/contracts';
import { json, sampleExchange } from '../exchange/sample';

function valid(input: unknown = sampleExchange()): ExchangeV1 {
  const outcome = parseExchangeJson(json(input));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.data;
}

beforeEach(async () => {
  await wipeAllData();
});

describe('importExchange', () => {
  it('stores the file and counts what was added', async () => {
    const summary = await importExchange(valid(), 'merge');
    expect(summary.brands).toMatchObject({ added: 4, changed: 0, removed: 0 });
    expect(summary.creators.added).toBe(1);
    expect(summary.contracts.added).toBe(1);
    expect(await getStats()).toEqual({ creators: 1, brands: 4, contracts: 1, clauses: 1 });
  });

  it('bumps the data version and mirrors it to browser.storage.local after each commit', async () => {
    const before = await getDataVersion();
    const summary = await importExchange(valid(), 'merge');
    expect(summary.dataVersion).toBe(before + 1);
    expect(await getDataVersion()).toBe(before + 1);
    expect((await browser.storage.local.get(DATA_VERSION_KEY))[DATA_VERSION_KEY]).toBe(before + 1);
    await wipeAllData();
    expect((await browser.storage.local.get(DATA_VERSION_KEY))[DATA_VERSION_KEY]).toBe(before + 2);
  });

  it('exports what was imported, and re-importing the export changes nothing', async () => {
    const data = valid();
    await importExchange(data, 'replace');
    const exported = await exportExchange();
    expect(parseExchangeJson(serialiseExchangeJson(exported))).toMatchObject({ ok: true });
    expect(new Set(exported.brands.map((b) => b.id))).toEqual(new Set(data.brands.map((b) => b.id)));
    expect(exported.contracts).toEqual(data.contracts);
    const again = await previewImport(exported, 'merge');
    expect([again.brands.changed, again.creators.changed, again.contracts.changed]).toEqual([0, 0, 0]);
    expect(again.brands.unchanged).toBe(4);
  });

  it('refuses invalid data without touching what is stored', async () => {
    await importExchange(valid(), 'replace');
    const versionBefore = await getDataVersion();
    // Data built in code (as the sync does) rather than parsed from a file is checked by the database.
    const good = valid();
    const broken: ExchangeV1 = { ...good, contracts: [{ ...good.contracts[0]!, brandId: 'nobody' }] };
    await expect(importExchange(broken, 'replace')).rejects.toBeInstanceOf(ImportRejectedError);
    await expect(importExchange(broken, 'replace')).rejects.toThrow(/contracts\[0\] \(id c-001\)\.brandId: unknown brand "nobody"/);
    expect(await getDataVersion()).toBe(versionBefore);
    expect((await loadExchange()).contracts[0]?.brandId).toBe('mcdonalds');
  });

  it('rolls the whole import back when a write fails half-way', async () => {
    await importExchange(valid(), 'replace');
    const before = await loadExchange();
    const data = valid();
    data.brands.push({ ...data.brands[0]!, id: 'new-brand' });
    // A write failing after the brands were written (a quota error, say) must undo the brands too.
    const failContracts = () => {
      throw new Error('disk full');
    };
    db.contracts.hook('creating', failContracts);
    try {
      await expect(importExchange(data, 'replace')).rejects.toThrow(/disk full/);
    } finally {
      db.contracts.hook('creating').unsubscribe(failContracts);
    }
    expect(await loadExchange()).toEqual(before);
  });

  it('replace removes stored records missing from the file; merge keeps them', async () => {
    await importExchange(valid(), 'replace');
    const smaller = sampleExchange();
    smaller.brands = smaller.brands.filter((b) => b.id !== 'rbi').map((b) => ({ ...b, parentId: undefined }));
    const replacePreview = await previewImport(valid(smaller), 'replace');
    expect(replacePreview.brands).toMatchObject({ removed: 1, changed: 1, examples: { removed: ['rbi'], changed: ['burger-king'] } });
    const mergePreview = await previewImport(valid(smaller), 'merge');
    expect(mergePreview.brands).toMatchObject({ removed: 0, changed: 0, unchanged: 3 });
    await importExchange(valid(smaller), 'replace');
    expect((await getStats()).brands).toBe(3);
  });

  it('merge keeps stored brand details that a file leaves empty, and takes what it sets', async () => {
    await importExchange(valid(), 'replace');
    const update = valid({
      version: 1,
      brands: [{ id: 'burger-king', name: 'Burger King', domains: ['burgerking.es'] }],
    });
    const summary = await importExchange(update, 'merge');
    expect(summary.brands).toMatchObject({ changed: 1, added: 0 });
    const stored = (await loadExchange()).brands.find((b) => b.id === 'burger-king');
    expect(stored).toMatchObject({ aliases: ['BK'], domains: ['burgerking.es'], parentId: 'rbi', handles: { instagram: ['burgerking'] } });
    expect(await getStats()).toMatchObject({ contracts: 1, clauses: 1 });
  });

  it('keeps the clause count right when merge replaces a contract', async () => {
    await importExchange(valid(), 'replace');
    const file = sampleExchange();
    const clause = file.contracts[0]!.clauses[0]!;
    file.contracts = [
      { ...file.contracts[0]!, clauses: [clause, { ...clause, kind: 'full' }, { ...clause, coverage: 'any' }] },
      { ...file.contracts[0]!, id: 'c-002' },
    ];
    const summary = await importExchange(valid(file), 'merge');
    expect(summary.contracts).toMatchObject({ added: 1, changed: 1 });
    expect(await getStats()).toMatchObject({ contracts: 2, clauses: 4 });
  });
});

describe('previewImport', () => {
  it('writes nothing', async () => {
    const version = await getDataVersion();
    const preview = await previewImport(valid(), 'replace');
    expect(preview.contracts.added).toBe(1);
    expect(preview.clauses).toBe(1);
    expect(await getStats()).toEqual({ creators: 0, brands: 0, contracts: 0, clauses: 0 });
    expect(await getDataVersion()).toBe(version);
  });
});

describe('wipeAllData', () => {
  it('empties every table', async () => {
    await importExchange(valid(), 'replace');
    await wipeAllData();
    expect(await getStats()).toEqual({ creators: 0, brands: 0, contracts: 0, clauses: 0 });
    expect(await loadExchange()).toEqual({ version: 1, brands: [], creators: [], contracts: [] });
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { importExchange, searchContracts, wipeAllData } from '@/lib/db';
import { parseContractsCsv, CSV_COLUMNS } from '@/lib/exchange';

beforeEach(async () => {
  await wipeAllData();
  const rows = Array.from({ length: 150 }, (_, i) => {
    const brand = i % 2 === 0 ? "McDonald's" : 'KFC';
    return `c-${String(i).padStart(3, '0')},Creator ${i % 7},,,,${brand},2025-01-01,2025-12-31,,,Burger King,,,,,`;
  });
  const outcome = parseContractsCsv([CSV_COLUMNS.join(','), ...rows].join('\n'));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  await importExchange(outcome.data, 'replace');
});

describe('searchContracts', () => {
  it('returns one page of a large table with the totals', async () => {
    const page = await searchContracts('', 100);
    expect(page).toMatchObject({ total: 150, matching: 150 });
    expect(page.rows).toHaveLength(100);
    expect(page.rows[0]?.id).toBe('c-000');
  });

  it('finds contracts by brand and creator names, every word required', async () => {
    const kfc = await searchContracts('kfc', 100);
    expect([kfc.matching, kfc.rows.length]).toEqual([75, 75]);
    const both = await searchContracts('KFC creator-3', 100);
    expect(both.rows.every((c) => c.brandId === 'kfc' && c.creatorId === 'creator-3')).toBe(true);
    expect(both.matching).toBe(11);
    expect((await searchContracts('burger king', 10)).matching).toBe(150);
    expect((await searchContracts('telepizza', 10)).matching).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, parseContractsCsv, parseContractsFile, serialiseContractsCsv, validateExchange } from '@/lib/exchange';
import { syntheticCsv } from '../bench/import.bench';
import { json, sampleExchange } from './sample';

const HEADER = CSV_COLUMNS.join(',');
type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string>>;

/** A CSV with every column, in PRODUCT.md's order, rows given by the columns they set. */
function csv(rows: Row[], columns: readonly string[] = CSV_COLUMNS): string {
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const lines = rows.map((row) => columns.map((c) => quote(row[c as keyof Row] ?? '')).join(','));
  return [columns.join(','), ...lines].join('\n');
}

const base: Row = {
  contract_id: 'c-001',
  creator: 'IlloJuan',
  creator_tiktok: '@illojuan',
  creator_youtube: '@illojuan',
  brand: "McDonald's",
  start: '2025-11-01',
  end: '2026-01-31',
  categories: 'fast-food',
  competitors: 'Burger King; KFC',
  post_days: '30',
};

function parsed(text: string) {
  const outcome = parseContractsCsv(text);
  if (!outcome.ok) throw new Error(`expected the CSV to be accepted: ${JSON.stringify(outcome.errors)}`);
  return outcome;
}
function errorsOf(text: string) {
  const outcome = parseContractsCsv(text);
  if (outcome.ok) throw new Error('expected the CSV to be refused');
  return outcome.errors;
}

describe('parseContractsCsv', () => {
  it('turns rows sharing contract_id into clauses of one contract, with ids derived from names', () => {
    const { data } = parsed(csv([base, { ...base, kind: 'full', categories: '', competitors: '', platforms: 'tiktok;YouTube', coverage: 'any', pre_days: '7', post_days: '' }]));
    expect(data.contracts).toHaveLength(1);
    const contract = data.contracts[0]!;
    expect(contract).toMatchObject({ id: 'c-001', creatorId: 'illojuan', brandId: 'mcdonalds', start: '2025-11-01', end: '2026-01-31' });
    expect(contract.clauses[0]).toEqual({
      kind: 'category',
      categories: ['fast-food'],
      competitorIds: ['burger-king', 'kfc'],
      platforms: [],
      coverage: 'paid',
      preDays: 0,
      postDays: 30,
      exceptions: [],
    });
    expect(contract.clauses[1]).toMatchObject({ kind: 'full', platforms: ['tiktok', 'youtube'], coverage: 'any', preDays: 7, postDays: 0 });
  });

  it('makes brands of competitor and exception names and a creator with handles with or without @', () => {
    const { data, warnings } = parsed(csv([{ ...base, exceptions: 'Burger King Spain', creator_instagram: 'illojuan;@IlloJuan' }]));
    expect(data.brands.map((b) => [b.id, b.name])).toEqual([
      ['mcdonalds', "McDonald's"],
      ['burger-king', 'Burger King'],
      ['kfc', 'KFC'],
      ['burger-king-spain', 'Burger King Spain'],
    ]);
    expect(data.creators).toEqual([
      { id: 'illojuan', name: 'IlloJuan', handles: { instagram: ['illojuan'], tiktok: ['illojuan'], youtube: ['@illojuan'] } },
    ]);
    expect(warnings.join('\n')).toMatch(/3 brand\(s\) exist only as competitor or exception names/);
  });

  it('defaults an empty kind to competitors when no categories are given', () => {
    const { data } = parsed(csv([{ ...base, categories: '' }]));
    expect(data.contracts[0]?.clauses[0]?.kind).toBe('competitors');
  });

  it('accepts the columns in any order and leaves optional columns out', () => {
    const columns = ['end', 'start', 'brand', 'creator', 'contract_id', 'competitors'];
    const { data } = parsed(csv([base], columns));
    expect(data.contracts[0]).toMatchObject({ brandId: 'mcdonalds', start: '2025-11-01' });
    expect(data.creators[0]?.handles).toEqual({ instagram: [], tiktok: [], youtube: [] });
  });

  it('ignores blank lines and a byte-order mark', () => {
    const { data } = parsed(`\uFEFF${csv([base, base].map((row, i) => ({ ...row, contract_id: `c-00${i + 1}` })))}\n\n`);
    expect(data.contracts.map((c) => c.id)).toEqual(['c-001', 'c-002']);
  });

  it('refuses unknown, misspelt and missing header names', () => {
    const errors = errorsOf(csv([base], ['contract_id', 'Creator', 'brand', 'start', 'end']));
    expect(errors.map((e) => e.where)).toEqual(['row 1, column Creator', 'row 1']);
    expect(errors[1]?.message).toMatch(/no creator column/);
  });

  it('names the row (a spreadsheet row number) and column of a bad cell', () => {
    const rows = Array.from({ length: 16 }, (_, i) => ({ ...base, contract_id: `c-${i}` }));
    rows[15] = { ...rows[15]!, end: '2025-02-30' };
    const errors = errorsOf(csv(rows));
    expect(errors).toEqual([{ where: 'row 17, column end', message: '"2025-02-30" is not a real calendar date' }]);
  });

  it.each<[Row, string, RegExp]>([
    [{ start: 'next week' }, 'column start', /"next week" must be a date written YYYY-MM-DD/],
    [{ end: '2025-10-01' }, 'column end', /2025-10-01 is before the start 2025-11-01/],
    [{ kind: 'exclusive' }, 'column kind', /"exclusive" is not one of category, competitors, full/],
    [{ platforms: 'instagram;twitter' }, 'column platforms', /"twitter" is not one of instagram, tiktok, youtube/],
    [{ coverage: 'organic' }, 'column coverage', /"organic" is not one of paid, any/],
    [{ pre_days: 'two' }, 'column pre_days', /not a whole number of days/],
    [{ post_days: '-3' }, 'column post_days', /not a whole number of days/],
    [{ creator: '' }, 'column creator', /every row needs a creator name/],
    [{ brand: '!!!' }, 'column brand', /no letters or digits/],
    [{ kind: 'competitors', competitors: '' }, 'column competitors', /needs at least one competitor/],
    [{ kind: 'category', categories: '', competitors: '' }, 'column categories', /needs at least one category/],
  ])('refuses %o with a message for that cell', (change, column, message) => {
    const errors = errorsOf(csv([{ ...base, ...change }]));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.where).toBe(`row 2, ${column}`);
    expect(errors[0]?.message).toMatch(message);
  });

  it('refuses a row of a contract that disagrees with the contract’s first row', () => {
    const errors = errorsOf(csv([base, { ...base, start: '2025-12-01' }]));
    expect(errors).toEqual([
      {
        where: 'row 3, column start',
        message: '"2025-12-01" differs from row 2 of contract c-001 ("2025-11-01"); every row of a contract must give the same start',
      },
    ]);
  });

  it('refuses a row with the wrong number of cells, and a header with no rows', () => {
    expect(errorsOf(`${HEADER}\nc-001,IlloJuan`)[0]).toEqual({ where: 'row 2', message: 'has 2 cells but the header has 16' });
    expect(errorsOf(`${HEADER}\n`)[0]?.message).toMatch(/no rows/);
  });

  it('reports every bad row, not only the first', () => {
    const errors = errorsOf(csv([{ ...base, start: 'x' }, base, { ...base, contract_id: 'c-2', coverage: 'no' }]));
    expect(errors.map((e) => e.where)).toEqual(['row 2, column start', 'row 4, column coverage']);
  });
});

describe('CSV and JSON agree', () => {
  it('every CSV the parser accepts passes the full exchange schema unchanged', () => {
    // The CSV parser checks contract cells itself instead of running zod over every clause again.
    const files = [
      csv([base, { ...base, kind: 'full', categories: '', competitors: '', platforms: 'tiktok', coverage: 'any', pre_days: '3650' }]),
      csv([{ ...base, exceptions: 'Burger King Spain', creator_instagram: 'a;@b' }, { ...base, contract_id: 'c-2', categories: 'Soft Drinks;gaming' }]),
      syntheticCsv(2_000),
    ];
    for (const text of files) {
      const accepted = parsed(text);
      const again = validateExchange(JSON.parse(JSON.stringify(accepted.data)));
      expect(again.ok && again.data).toEqual(accepted.data);
    }
  });

  it('refuses in CSV what the schema refuses in JSON: over-long names', () => {
    const errors = errorsOf(csv([{ ...base, competitors: 'x'.repeat(301) }]));
    expect(errors[0]?.where).toBe('row 2, column competitors');
  });
});

describe('serialiseContractsCsv', () => {
  it('writes one row per clause that reads back as the same contracts', () => {
    const first = parsed(csv([base, { ...base, kind: 'full', categories: '', competitors: '', exceptions: 'KFC', platforms: 'tiktok' }]));
    const text = serialiseContractsCsv(first.data);
    expect(text.split('\n')[0]).toBe(HEADER);
    expect(text.trim().split('\n')).toHaveLength(3);
    expect(parsed(text).data).toEqual(first.data);
  });

  it('writes brand names for competitors of a JSON file and quotes cells with commas', () => {
    const file = sampleExchange();
    file.brands[3]!.name = 'Kentucky Fried Chicken, Inc.';
    const outcome = parseContractsFile(json(file), 'contracts.json');
    if (!outcome.ok) throw new Error('sample must be valid');
    const text = serialiseContractsCsv(outcome.data);
    expect(text).toContain('"Burger King;Kentucky Fried Chicken, Inc."');
    expect(parsed(text).data.contracts[0]?.clauses[0]?.competitorIds).toEqual(['burger-king', 'kentucky-fried-chicken-inc']);
  });
});

describe('parseContractsFile', () => {
  it('picks the format by file name, else by content', () => {
    const text = csv([base]);
    expect(parseContractsFile(text, 'contracts.CSV').ok).toBe(true);
    expect(parseContractsFile(text, 'export').ok).toBe(true);
    expect(parseContractsFile(json(sampleExchange()), 'export').ok).toBe(true);
    const asJson = parseContractsFile(text, 'contracts.json');
    expect(asJson.ok ? [] : asJson.errors[0]?.message).toMatch(/not valid JSON/);
  });
});

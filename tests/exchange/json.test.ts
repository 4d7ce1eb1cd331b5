import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, parseExchangeJson, serialiseExchangeJson } from '@/lib/exchange';
import { json, sampleExchange } from './sample';

function errorsOf(text: string) {
  const outcome = parseExchangeJson(text);
  if (outcome.ok) throw new Error('expected the file to be refused');
  return outcome.errors;
}

describe('parseExchangeJson', () => {
  it('accepts a valid file and fills in defaults', () => {
    const outcome = parseExchangeJson(json(sampleExchange()));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.data.contracts[0]?.clauses[0]).toMatchObject({ coverage: 'paid', preDays: 0, postDays: 30, platforms: [] });
    expect(outcome.data.brands.map((b) => b.id)).toEqual(['rbi', 'burger-king', 'mcdonalds', 'kfc']);
  });

  it('says on which line and column a non-JSON file breaks', () => {
    const errors = errorsOf('{\n  "version": 1,\n  "brands": [\n    { "id": "a", }\n  ]\n}');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.where).toBe('line 4, column 18');
    expect(errors[0]?.message).toMatch(/not valid JSON: expected a property name/);
  });

  it('refuses text that is not JSON at all, and an empty file', () => {
    expect(errorsOf('contract_id,creator\n')[0]).toMatchObject({ where: 'line 1, column 1' });
    expect(errorsOf('   ')[0]?.message).toMatch(/empty/);
    expect(errorsOf('[1, 2')[0]?.where).toBe('line 1, column 6');
  });

  it('refuses JSON that is not an exchange object', () => {
    expect(errorsOf('[]')[0]?.message).toMatch(/"version": 1/);
    expect(errorsOf(json({ ...sampleExchange(), version: 2 }))[0]).toMatchObject({ where: 'version' });
  });

  it('names the record by index and id and the field for a wrong shape', () => {
    const file = sampleExchange();
    file.contracts.push({ ...file.contracts[0]!, id: 'c-002' }, { ...file.contracts[0]!, id: 'c-003' });
    file.contracts.push({ ...file.contracts[0]!, id: 'c-004', clauses: [{ kind: 'exclusive' as 'full' }] });
    const errors = errorsOf(json(file));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.where).toBe('contracts[3] (id c-004).clauses[0].kind');
    expect(errors[0]?.message).toMatch(/category|competitors|full/);
  });

  it('rejects unknown fields rather than silently dropping them', () => {
    const file = sampleExchange();
    Object.assign(file.creators[0]!, { handle: 'illojuan' });
    expect(errorsOf(json(file))[0]?.where).toBe('creators[0] (id illojuan)');
  });

  it('refuses a file over 50 MB with its size and the limit', () => {
    const padding = ' '.repeat(MAX_IMPORT_BYTES + 1024 * 1024);
    const errors = errorsOf(`${json(sampleExchange())}${padding}`);
    expect(errors[0]?.message).toMatch(/is 51\.0 MB; the limit is 50\.0 MB/);
  });

  it('counts UTF-8 bytes, not characters, against the limit', () => {
    // "é" is one character but two bytes: 26 M of them are 52 MB, 20 M of them are 40 MB.
    const over = errorsOf(`"${'é'.repeat(26 * 1024 * 1024)}"`);
    expect(over[0]?.message).toMatch(/is 52\.0 MB; the limit is 50\.0 MB/);
    const under = errorsOf(`"${'é'.repeat(20 * 1024 * 1024)}"`);
    expect(under[0]?.message).not.toMatch(/limit/);
  });

  it('names both positions of a duplicate id', () => {
    const file = sampleExchange();
    file.brands.push({ id: 'kfc', name: 'Kentucky Fried Chicken' });
    const errors = errorsOf(json(file));
    expect(errors).toEqual([{ where: 'brands[4] (id kfc).id', message: 'duplicate id "kfc": brands[3] has the same id' }]);
  });

  it.each([
    ['2025-02-30', /not a real calendar date/],
    ['next week', /YYYY-MM-DD/],
    ['2025-2-3', /YYYY-MM-DD/],
  ])('refuses the date %s and names the field', (start, message) => {
    const file = sampleExchange();
    file.contracts[0]!.start = start;
    const errors = errorsOf(json(file));
    expect(errors[0]?.where).toBe('contracts[0] (id c-001).start');
    expect(errors[0]?.message).toMatch(message);
  });

  it('refuses a contract that ends before it starts', () => {
    const file = sampleExchange();
    file.contracts[0]!.end = '2025-10-31';
    expect(errorsOf(json(file))).toEqual([
      { where: 'contracts[0] (id c-001).end', message: 'ends (2025-10-31) before it starts (2025-11-01)' },
    ]);
  });

  it('refuses references to creators, brands, competitors, exceptions and parents that are not in the file', () => {
    const file = sampleExchange();
    file.brands[1]!.parentId = 'restaurant-brands';
    file.contracts[0] = {
      ...file.contracts[0]!,
      creatorId: 'ibai',
      brandId: 'mcd',
      clauses: [{ kind: 'competitors', competitorIds: ['kfc', 'popeyes'], exceptions: ['telepizza'] }],
    };
    const wheres = errorsOf(json(file)).map((e) => `${e.where}: ${e.message}`);
    expect(wheres).toEqual([
      'brands[1] (id burger-king).parentId: unknown parent brand "restaurant-brands": no brand in the file has this id',
      'contracts[0] (id c-001).creatorId: unknown creator "ibai": no creator in the file has this id',
      'contracts[0] (id c-001).brandId: unknown brand "mcd": no brand in the file has this id',
      'contracts[0] (id c-001).clauses[0].competitorIds[1]: unknown competitor "popeyes": no brand in the file has this id',
      'contracts[0] (id c-001).clauses[0].exceptions[0]: unknown exception "telepizza": no brand in the file has this id',
    ]);
  });

  it('refuses parent brands that loop', () => {
    const file = sampleExchange();
    file.brands[0]!.parentId = 'burger-king';
    const errors = errorsOf(json(file));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/loop: (rbi → burger-king → rbi|burger-king → rbi → burger-king)/);
  });

  it('round-trips through serialiseExchangeJson', () => {
    const first = parseExchangeJson(json(sampleExchange()));
    if (!first.ok) throw new Error('sample must be valid');
    const again = parseExchangeJson(serialiseExchangeJson(first.data));
    expect(again).toEqual(first);
  });
});

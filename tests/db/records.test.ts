import { beforeEach, describe, expect, it } from 'vitest';
import {
  deleteBrand,
  deleteContract,
  deleteCreator,
  getDataVersion,
  getStats,
  importExchange,
  loadExchange,
  saveBrand,
  saveContract,
  saveCreator,
  wipeAllData,
} from '@/lib/db';
import { parseExchangeJson } from '@/lib/exchange';
import { json, sampleExchange } from '../exchange/sample';

beforeEach(async () => {
  await wipeAllData();
  const outcome = parseExchangeJson(json(sampleExchange()));
  if (!outcome.ok) throw new Error('sample must be valid');
  await importExchange(outcome.data, 'replace');
});

const contract = () => ({ ...sampleExchange().contracts[0]!, id: 'c-002' });

describe('single-record edits', () => {
  it('adds a brand, refuses a second one with the same id, and names the bad field', async () => {
    expect(await saveBrand({ id: 'popeyes', name: 'Popeyes', handles: { instagram: ['popeyes'] } }, true)).toMatchObject({ ok: true });
    expect(await saveBrand({ id: 'popeyes', name: 'Popeyes 2' }, true)).toEqual({
      ok: false,
      errors: [{ where: 'id', message: 'a brand with id "popeyes" already exists' }],
    });
    const bad = await saveBrand({ id: 'x', name: 'X', handles: { instagram: [''] } }, true);
    expect(bad.ok ? [] : bad.errors.map((e) => e.where)).toEqual(['handles.instagram[0]']);
    expect((await getStats()).brands).toBe(5);
  });

  it('refuses a parent that does not exist or would make a loop', async () => {
    const rbi = { id: 'rbi', name: 'Restaurant Brands International' };
    expect(await saveBrand({ ...rbi, parentId: 'burger-king' }, false)).toMatchObject({
      ok: false,
      errors: [{ where: 'parentId', message: '"burger-king" is already a sub-brand of "rbi"' }],
    });
    expect(await saveBrand({ ...rbi, parentId: 'nestle' }, false)).toMatchObject({ ok: false, errors: [{ where: 'parentId' }] });
  });

  it('saves a contract only when its creator and brands exist, and keeps the clause count', async () => {
    const version = await getDataVersion();
    const unknown = await saveContract({ ...contract(), creatorId: 'ibai', clauses: [{ kind: 'competitors', competitorIds: ['popeyes'] }] }, true);
    expect(unknown.ok ? [] : unknown.errors.map((e) => e.where)).toEqual(['creatorId', 'clauses[0].competitorIds[0]']);
    expect(await getDataVersion()).toBe(version);

    const twoClauses = { ...contract(), clauses: [{ kind: 'full' }, { kind: 'competitors', competitorIds: ['kfc'] }] };
    expect(await saveContract(twoClauses, true)).toMatchObject({ ok: true });
    expect(await getStats()).toMatchObject({ contracts: 2, clauses: 3 });
    expect(await getDataVersion()).toBe(version + 1);
    expect(await saveContract({ ...twoClauses, end: '2025-01-01' }, false)).toMatchObject({
      ok: false,
      errors: [{ where: 'end', message: 'ends (2025-01-01) before it starts (2025-11-01)' }],
    });
    await deleteContract('c-002');
    expect(await getStats()).toMatchObject({ contracts: 1, clauses: 1 });
  });

  it('refuses to delete a brand or creator that a contract still names', async () => {
    expect(await deleteBrand('kfc')).toEqual({ ok: false, errors: [{ where: 'id', message: 'brand "kfc" is still used by contract c-001' }] });
    expect(await deleteBrand('rbi')).toEqual({ ok: false, errors: [{ where: 'id', message: 'brand "rbi" is still used by brand burger-king' }] });
    expect(await deleteCreator('illojuan')).toMatchObject({ ok: false });
    await deleteContract('c-001');
    expect(await deleteBrand('kfc')).toMatchObject({ ok: true });
    expect(await deleteCreator('illojuan')).toMatchObject({ ok: true });
    const left = await loadExchange();
    expect([left.brands.length, left.creators.length, left.contracts.length]).toEqual([3, 0, 0]);
  });

  it('edits a creator in place', async () => {
    expect(await saveCreator({ id: 'illojuan', name: 'Illo Juan', handles: { instagram: ['@illojuan'] } }, false)).toMatchObject({ ok: true });
    expect((await loadExchange()).creators[0]).toEqual({
      id: 'illojuan',
      name: 'Illo Juan',
      handles: { instagram: ['@illojuan'], tiktok: [], youtube: [] },
    });
    expect(await saveCreator({ id: 'ghost', name: 'Ghost' }, false)).toMatchObject({ ok: false, errors: [{ where: 'id' }] });
  });
});

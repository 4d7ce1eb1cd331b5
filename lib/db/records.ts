/**
 * Single-record edits from the options page tables: add, edit and delete a brand, creator or contract.
 * Each write is checked like an import (schema, then references against what is stored), runs in one
 * read-write transaction, keeps the clause count and bumps the data version.
 */
import type { z } from 'zod';
import { renderPath, type ImportProblem } from '@/lib/exchange';
import { BrandSchema, ContractSchema, CreatorSchema, type Brand, type Contract, type Creator } from '@/lib/schema/contracts';
import { allTables, db } from './database';
import { announceDataVersion, bumpDataVersion } from './version';

/** `where` is the field as the form names it, e.g. "name", "handles.instagram[0]", "clauses[1].categories". */
export type SaveOutcome<T> = { ok: true; record: T } | { ok: false; errors: ImportProblem[] };

type Refusal = { ok: false; errors: ImportProblem[] };
const refuse = (where: string, message: string): Refusal => ({ ok: false, errors: [{ where, message }] });

function shapeProblems<S extends z.ZodType>(schema: S, input: unknown): { ok: true; value: z.output<S> } | Refusal {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({ where: issue.path.length ? renderPath(issue.path, input) : 'record', message: issue.message })),
  };
}

/** Runs a checked write and announces the new data version once it has committed. */
async function commitWrite<T>(write: () => Promise<SaveOutcome<T> | Refusal>): Promise<SaveOutcome<T>> {
  const result = await db.transaction('rw', allTables(), async () => {
    const outcome = await write();
    if (!outcome.ok) return { outcome, version: null };
    return { outcome, version: await bumpDataVersion() };
  });
  if (result.version !== null) await announceDataVersion(result.version);
  return result.outcome as SaveOutcome<T>;
}

/** Stored records list every platform, as imported ones do (lib/exchange withAllPlatforms). */
function allPlatforms(handles: Brand['handles']): Brand['handles'] {
  return { instagram: handles.instagram ?? [], tiktok: handles.tiktok ?? [], youtube: handles.youtube ?? [] };
}

async function adjustClauseCount(delta: number): Promise<void> {
  if (delta === 0) return;
  const current = (await db.meta.get('clauseCount'))?.value ?? 0;
  await db.meta.put({ key: 'clauseCount', value: Math.max(0, current + delta) });
}

/**
 * Adds (`isNew`) or replaces a brand. A new brand's id must be free; an edited brand keeps its id,
 * because contracts refer to it.
 */
export async function saveBrand(input: unknown, isNew: boolean): Promise<SaveOutcome<Brand>> {
  const shape = shapeProblems(BrandSchema, input);
  if (!shape.ok) return shape;
  const brand = { ...shape.value, handles: allPlatforms(shape.value.handles) };
  return commitWrite(async () => {
    const existing = await db.brands.get(brand.id);
    if (isNew && existing) return refuse('id', `a brand with id "${brand.id}" already exists`);
    if (!isNew && !existing) return refuse('id', `no brand with id "${brand.id}" is stored (it may have been deleted)`);
    if (brand.parentId != null) {
      if (brand.parentId === brand.id) return refuse('parentId', 'a brand cannot be its own parent');
      // Walk up from the new parent: reaching this brand again would make a loop.
      let current: string | null | undefined = brand.parentId;
      const seen = new Set<string>();
      while (current != null && !seen.has(current)) {
        seen.add(current);
        const parent: Brand | undefined = await db.brands.get(current);
        if (!parent) return refuse('parentId', `unknown parent brand "${current}": no stored brand has this id`);
        if (parent.parentId === brand.id) return refuse('parentId', `"${brand.parentId}" is already a sub-brand of "${brand.id}"`);
        current = parent.parentId;
      }
    }
    await db.brands.put(brand);
    return { ok: true, record: brand };
  });
}

export async function saveCreator(input: unknown, isNew: boolean): Promise<SaveOutcome<Creator>> {
  const shape = shapeProblems(CreatorSchema, input);
  if (!shape.ok) return shape;
  const creator = { ...shape.value, handles: allPlatforms(shape.value.handles) };
  return commitWrite(async () => {
    const existing = await db.creators.get(creator.id);
    if (isNew && existing) return refuse('id', `a creator with id "${creator.id}" already exists`);
    if (!isNew && !existing) return refuse('id', `no creator with id "${creator.id}" is stored (it may have been deleted)`);
    await db.creators.put(creator);
    return { ok: true, record: creator };
  });
}

export async function saveContract(input: unknown, isNew: boolean): Promise<SaveOutcome<Contract>> {
  const shape = shapeProblems(ContractSchema, input);
  if (!shape.ok) return shape;
  const contract = shape.value;
  return commitWrite(async () => {
    const existing = await db.contracts.get(contract.id);
    if (isNew && existing) return refuse('id', `a contract with id "${contract.id}" already exists`);
    if (!isNew && !existing) return refuse('id', `no contract with id "${contract.id}" is stored (it may have been deleted)`);
    const errors: ImportProblem[] = [];
    if (!(await db.creators.get(contract.creatorId))) {
      errors.push({ where: 'creatorId', message: `unknown creator "${contract.creatorId}": no stored creator has this id` });
    }
    const brandIds = new Set([contract.brandId, ...contract.clauses.flatMap((c) => [...c.competitorIds, ...c.exceptions])]);
    const found = await db.brands.bulkGet([...brandIds]);
    const known = new Set(found.filter((b): b is Brand => b !== undefined).map((b) => b.id));
    if (!known.has(contract.brandId)) {
      errors.push({ where: 'brandId', message: `unknown brand "${contract.brandId}": no stored brand has this id` });
    }
    contract.clauses.forEach((clause, k) => {
      clause.competitorIds.forEach((id, j) => {
        if (!known.has(id)) errors.push({ where: `clauses[${k}].competitorIds[${j}]`, message: `unknown competitor "${id}": no stored brand has this id` });
      });
      clause.exceptions.forEach((id, j) => {
        if (!known.has(id)) errors.push({ where: `clauses[${k}].exceptions[${j}]`, message: `unknown exception "${id}": no stored brand has this id` });
      });
    });
    if (errors.length > 0) return { ok: false, errors };
    await db.contracts.put(contract);
    await adjustClauseCount(contract.clauses.length - (existing?.clauses.length ?? 0));
    return { ok: true, record: contract };
  });
}

/** Deleting a brand that contracts or sub-brands still name is refused, with who names it. */
export async function deleteBrand(id: string): Promise<SaveOutcome<null>> {
  return commitWrite(async () => {
    const users = await db.contracts
      .filter((c) => c.brandId === id || c.clauses.some((k) => k.competitorIds.includes(id) || k.exceptions.includes(id)))
      .primaryKeys();
    const children = await db.brands.filter((b) => b.parentId === id).primaryKeys();
    if (users.length + children.length > 0) {
      const named = [...users.map((c) => `contract ${c}`), ...children.map((b) => `brand ${b}`)];
      return refuse('id', `brand "${id}" is still used by ${named.slice(0, 5).join(', ')}${named.length > 5 ? ` and ${named.length - 5} more` : ''}`);
    }
    await db.brands.delete(id);
    return { ok: true, record: null };
  });
}

export async function deleteCreator(id: string): Promise<SaveOutcome<null>> {
  return commitWrite(async () => {
    const users = await db.contracts.where('creatorId').equals(id).primaryKeys();
    if (users.length > 0) {
      return refuse('id', `creator "${id}" still has ${users.length} contract(s): ${users.slice(0, 5).join(', ')}; delete those first`);
    }
    await db.creators.delete(id);
    return { ok: true, record: null };
  });
}

export async function deleteContract(id: string): Promise<SaveOutcome<null>> {
  return commitWrite(async () => {
    const existing = await db.contracts.get(id);
    if (!existing) return refuse('id', `no contract with id "${id}" is stored`);
    await db.contracts.delete(id);
    await adjustClauseCount(-existing.clauses.length);
    return { ok: true, record: null };
  });
}

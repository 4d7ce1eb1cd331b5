/**
 * The checks every import goes through, whatever its format: shape (zod), then what zod cannot see
 * across records — duplicate ids and references to records that are not in the file.
 */
import type { z } from 'zod';
import { ExchangeV1Schema, type ExchangeV1 } from '@/lib/schema/contracts';
import type { ImportProblem, ParseOutcome } from './outcome';
import { markValidated } from './trusted';

type Path = readonly PropertyKey[];

/**
 * Renders a zod path the way a person looks for the record: `contracts[3] (id c-004).clauses[0].kind`.
 * Array elements that carry an id in the raw input are named by it, because positions are hard to count
 * in a large file.
 */
export function renderPath(path: Path, input: unknown): string {
  let out = '';
  let node: unknown = input;
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const id = isRecord(node) ? node['id'] : undefined;
      if (typeof id === 'string' && id.trim() !== '') out += ` (id ${id.trim()})`;
    } else {
      const name = String(key);
      out += out === '' ? name : `.${name}`;
      node = isRecord(node) ? node[name] : undefined;
    }
  }
  return out === '' ? 'file' : out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function zodProblems(error: z.ZodError, input: unknown): ImportProblem[] {
  return error.issues.map((issue) => ({ where: renderPath(issue.path, input), message: issue.message }));
}

/** Validates untrusted data against exchange v1 and its cross-record rules. */
export function validateExchange(input: unknown): ParseOutcome {
  const parsed = ExchangeV1Schema.safeParse(input);
  // Duplicates are looked for even in a file of the wrong shape, so one pass reports both.
  const duplicates = duplicateIdProblems(input);
  if (!parsed.success) return { ok: false, errors: [...zodProblems(parsed.error, input), ...duplicates] };
  const data = withAllPlatforms(parsed.data);
  const errors = [...duplicates, ...referenceProblems(data)];
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, data: markValidated(data), warnings: exchangeWarnings(data) };
}

/**
 * Every brand and creator lists all three platforms' handles, so that data read back from an export
 * equals the data that was exported (zod fills a missing `handles` with {} but a present one per key).
 */
export function withAllPlatforms(data: ExchangeV1): ExchangeV1 {
  const fill = <T extends { handles: ExchangeV1['brands'][number]['handles'] }>(record: T): T => ({
    ...record,
    handles: {
      instagram: record.handles.instagram ?? [],
      tiktok: record.handles.tiktok ?? [],
      youtube: record.handles.youtube ?? [],
    },
  });
  return { ...data, brands: data.brands.map(fill), creators: data.creators.map(fill) };
}

const label = (table: string, index: number, id: string) => `${table}[${index}] (id ${id})`;

/** Works on raw input too: only records whose id is a string take part. */
export function duplicateIdProblems(input: unknown): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (!isRecord(input)) return problems;
  for (const table of ['brands', 'creators', 'contracts'] as const) {
    const records = input[table];
    if (!Array.isArray(records)) continue;
    const firstIndex = new Map<string, number>();
    records.forEach((record: unknown, index) => {
      const rawId = isRecord(record) ? record['id'] : undefined;
      if (typeof rawId !== 'string') return;
      const id = rawId.trim(); // ids are trimmed on import, so " kfc" and "kfc" collide
      const seen = firstIndex.get(id);
      if (seen === undefined) {
        firstIndex.set(id, index);
        return;
      }
      problems.push({
        where: `${label(table, index, id)}.id`,
        message: `duplicate id "${id}": ${table}[${seen}] has the same id`,
      });
    });
  }
  return problems;
}

export function referenceProblems(data: ExchangeV1): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const brandIds = new Set(data.brands.map((b) => b.id));
  const creatorIds = new Set(data.creators.map((c) => c.id));
  const unknownBrand = (id: string, role: string) => `unknown ${role} "${id}": no brand in the file has this id`;

  data.brands.forEach((brand, index) => {
    if (brand.parentId == null) return;
    const where = `${label('brands', index, brand.id)}.parentId`;
    if (brand.parentId === brand.id) problems.push({ where, message: 'a brand cannot be its own parent' });
    else if (!brandIds.has(brand.parentId)) problems.push({ where, message: unknownBrand(brand.parentId, 'parent brand') });
  });
  problems.push(...parentLoopProblems(data));

  data.contracts.forEach((contract, ci) => {
    const at = label('contracts', ci, contract.id);
    if (!creatorIds.has(contract.creatorId)) {
      problems.push({
        where: `${at}.creatorId`,
        message: `unknown creator "${contract.creatorId}": no creator in the file has this id`,
      });
    }
    if (!brandIds.has(contract.brandId)) {
      problems.push({ where: `${at}.brandId`, message: unknownBrand(contract.brandId, 'brand') });
    }
    contract.clauses.forEach((clause, k) => {
      clause.competitorIds.forEach((id, j) => {
        if (!brandIds.has(id)) {
          problems.push({ where: `${at}.clauses[${k}].competitorIds[${j}]`, message: unknownBrand(id, 'competitor') });
        }
      });
      clause.exceptions.forEach((id, j) => {
        if (!brandIds.has(id)) {
          problems.push({ where: `${at}.clauses[${k}].exceptions[${j}]`, message: unknownBrand(id, 'exception') });
        }
      });
    });
  });
  return problems;
}

/** A parent chain that loops would make "sub-brand of" undecidable for the engine. */
function parentLoopProblems(data: ExchangeV1): ImportProblem[] {
  const parentOf = new Map(data.brands.map((b) => [b.id, b.parentId ?? null]));
  const reported = new Set<string>();
  const problems: ImportProblem[] = [];
  data.brands.forEach((brand, index) => {
    const chain = [brand.id];
    let current = parentOf.get(brand.id) ?? null;
    while (current !== null && current !== brand.id && parentOf.has(current) && chain.length <= parentOf.size) {
      if (chain.includes(current)) return; // a loop that does not pass through this brand: reported from inside it
      chain.push(current);
      current = parentOf.get(current) ?? null;
    }
    if (current === brand.id && chain.length > 1) {
      const loopKey = [...chain].sort().join('\u0000');
      if (reported.has(loopKey)) return;
      reported.add(loopKey);
      problems.push({
        where: `${label('brands', index, brand.id)}.parentId`,
        message: `parent brands form a loop: ${[...chain, brand.id].join(' → ')}`,
      });
    }
  });
  return problems;
}

/** Legal but probably not what the author meant; shown in the import preview. */
export function exchangeWarnings(data: ExchangeV1): string[] {
  const warnings: string[] = [];
  data.creators.forEach((creator) => {
    const handles = Object.values(creator.handles).flat();
    if (handles.length === 0) {
      warnings.push(`creator "${creator.id}" has no handles, so no post can be matched to them`);
    }
  });
  data.contracts.forEach((contract) => {
    contract.clauses.forEach((clause, k) => {
      if (clause.competitorIds.includes(contract.brandId)) {
        warnings.push(
          `contract "${contract.id}" clause ${k} names its own brand "${contract.brandId}" as a competitor; it never counts as one`,
        );
      }
    });
  });
  return warnings;
}

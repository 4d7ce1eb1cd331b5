/**
 * Exchange format v1 (PRODUCT.md "Contracts: the data model"): the one source of the contract types.
 * Import, export, the sync feed and the command line all go through these schemas; every other type
 * of the data model is inferred from them.
 */
import { z } from 'zod';

export const PLATFORMS = ['instagram', 'tiktok', 'youtube'] as const;
export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;

/** Ids are short, trimmed, printable strings: they key IndexedDB rows and appear in verdicts. */
export const IdSchema = z
  .string({ error: 'must be a string id' })
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters');

/** A calendar date `YYYY-MM-DD` that really exists (2025-02-30 is rejected, not rolled over). */
export const IsoDateSchema = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => isRealCalendarDate(value), { message: 'is not a real calendar date' });

export function isRealCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const handleList = z.array(z.string().trim().min(1).max(200)).default([]);

/** Handles per platform. Stored as written; matching strips "@" and lower-cases (see normaliseHandle). */
export const HandlesSchema = z
  .object({ instagram: handleList, tiktok: handleList, youtube: handleList })
  .partial()
  .strict();
export type Handles = z.infer<typeof HandlesSchema>;

export const BrandSchema = z
  .object({
    id: IdSchema,
    name: z.string().trim().min(1, 'must not be empty').max(300),
    aliases: z.array(z.string().trim().min(1).max(300)).default([]),
    handles: HandlesSchema.default({}),
    domains: z.array(z.string().trim().toLowerCase().min(3).max(253)).default([]),
    categories: z.array(z.string().trim().toLowerCase().min(1).max(100)).default([]),
    parentId: IdSchema.nullish(),
  })
  .strict();
export type Brand = z.infer<typeof BrandSchema>;

export const CreatorSchema = z
  .object({
    id: IdSchema,
    name: z.string().trim().min(1, 'must not be empty').max(300),
    handles: HandlesSchema.default({}),
  })
  .strict();
export type Creator = z.infer<typeof CreatorSchema>;

export const CLAUSE_KINDS = ['category', 'competitors', 'full'] as const;
export const CoverageSchema = z.enum(['paid', 'any']);
const dayCount = z.number().int('must be a whole number of days').min(0).max(3650).default(0);

export const ClauseSchema = z
  .object({
    kind: z.enum(CLAUSE_KINDS),
    categories: z.array(z.string().trim().toLowerCase().min(1)).default([]),
    competitorIds: z.array(IdSchema).default([]),
    /** Empty means every platform. */
    platforms: z.array(PlatformSchema).default([]),
    coverage: CoverageSchema.default('paid'),
    preDays: dayCount,
    postDays: dayCount,
    /** Brand ids that never count as competitors under this clause. */
    exceptions: z.array(IdSchema).default([]),
  })
  .strict()
  .superRefine((clause, ctx) => {
    if (clause.kind === 'category' && clause.categories.length === 0 && clause.competitorIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['categories'], message: 'a category clause needs at least one category' });
    }
    if (clause.kind === 'competitors' && clause.competitorIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['competitorIds'], message: 'a competitors clause needs at least one competitor' });
    }
  });
export type Clause = z.infer<typeof ClauseSchema>;

export const ContractSchema = z
  .object({
    id: IdSchema,
    creatorId: IdSchema,
    brandId: IdSchema,
    start: IsoDateSchema,
    end: IsoDateSchema,
    clauses: z.array(ClauseSchema).min(1, 'a contract needs at least one clause'),
  })
  .strict()
  .superRefine((contract, ctx) => {
    // Dates are YYYY-MM-DD, so string order is date order.
    if (contract.end < contract.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `ends (${contract.end}) before it starts (${contract.start})` });
    }
  });
export type Contract = z.infer<typeof ContractSchema>;

export const ExchangeV1Schema = z
  .object({
    version: z.literal(1, { error: 'must be 1 (the only exchange format version)' }),
    brands: z.array(BrandSchema).default([]),
    creators: z.array(CreatorSchema).default([]),
    contracts: z.array(ContractSchema).default([]),
  })
  .strict();
export type ExchangeV1 = z.infer<typeof ExchangeV1Schema>;
/** What a caller writes before defaults are applied (optional lists may be left out). */
export type ExchangeV1Input = z.input<typeof ExchangeV1Schema>;

/** Handles are compared without "@" and case-insensitively (PRODUCT.md). */
export function normaliseHandle(handle: string): string {
  // Hot path (every author of every post): plain handles skip trim and the regex.
  const first = handle.charCodeAt(0);
  const last = handle.charCodeAt(handle.length - 1);
  if (first === 64 || first <= 32 || first >= 128 || last <= 32 || last >= 128) return handle.trim().replace(/^@+/, '').toLowerCase();
  return handle.toLowerCase();
}

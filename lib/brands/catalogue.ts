/**
 * The built-in brand catalogue at run time: the validated shape of public/brand-catalogue.json and the
 * pure operations on it. The file is produced by lib/brands/build-catalogue.ts from
 * name-suggestion-index and simple-icons; only the background reads it (content scripts never do).
 */
import { z } from 'zod';
import { BrandSchema, type Brand } from '@/lib/schema/contracts';

export { canonicalCategory, resolveCategory, normaliseCategoryInput } from '@/lib/brands/categories';
export { applyUserOverrides, categoriesWithCounts, type CatalogueOverrides } from '@/lib/brands/overrides';

/** Bumped whenever the file's shape changes, so an old build is rejected with a clear message. */
export const CATALOGUE_FORMAT_VERSION = 2;

/**
 * A brand from the catalogue. `commonWord` marks a name with an ordinary reading (Apple, Gap, Target)
 * or one shared by brands of different categories: the engine must see evidence of brand sense
 * (capitalisation, handle, hashtag, link, product words) before counting it as a mention.
 */
export type CatalogueBrand = Brand & { source: 'catalogue'; commonWord?: boolean };

export interface CatalogueCategory {
  /** The dataset's category value in kebab-case: amenity=fast_food is `fast-food`. */
  id: string;
  label: string;
  /** How many catalogue brands carry this category. */
  count: number;
}

export interface Catalogue {
  brands: CatalogueBrand[];
  categories: CatalogueCategory[];
  /** Normalised words people write ("jewellery", "apparel") to a category id. */
  synonyms: Record<string, string>;
  /**
   * English words of five letters or more, lower case (the fuzzy dictionary): a caption word that is one
   * ("Space", "Force") is no misspelling of a brand ("SpaceX", "Forex"), however close it is.
   */
  words: string[];
}

/** What the engine indexes of the catalogue: its brands (with the user's overrides applied) and its dictionary. */
export interface CatalogueForIndex {
  brands: readonly CatalogueBrand[];
  words: readonly string[];
}

/**
 * Catalogue ids are namespaced so that they never collide with ids the user types: nsi: (a Wikidata id
 * from name-suggestion-index), si: (a simple-icons slug), cl: (a sponsor brand of Conflict Lens's own list).
 */
export const CATALOGUE_ID_PATTERN = /^(nsi|si|cl):\S+$/;

export const CatalogueCategorySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case category id'),
    label: z.string().min(1),
    count: z.number().int().min(0),
  })
  .strict();

/** A brand as stored in the file: empty lists are left out, `source` is implied. */
export const CatalogueFileBrandSchema = BrandSchema.extend({
  id: z.string().regex(CATALOGUE_ID_PATTERN, 'must be a catalogue id such as nsi:Q483915'),
  commonWord: z.boolean().optional(),
}).strict();
export type CatalogueFileBrand = z.input<typeof CatalogueFileBrandSchema>;

export const CatalogueFileSchema = z
  .object({
    format: z.literal('conflict-lens/brand-catalogue', { error: 'is not a Conflict Lens brand catalogue' }),
    version: z.literal(CATALOGUE_FORMAT_VERSION, {
      error: `must be ${CATALOGUE_FORMAT_VERSION}: rebuild it with npm run build:catalogue`,
    }),
    /** Versions of the datasets it was built from, for the about page and bug reports. */
    sources: z.record(z.string(), z.string()),
    categories: z.array(CatalogueCategorySchema),
    synonyms: z.record(z.string(), z.string()),
    words: z.array(z.string().regex(/^[a-z]+$/, 'must be a lower-case word')),
    brands: z.array(CatalogueFileBrandSchema),
  })
  .strict();
export type CatalogueFile = z.input<typeof CatalogueFileSchema>;

/** Thrown when the catalogue file is missing pieces or was written by another version of the build. */
export class CatalogueFormatError extends Error {
  override name = 'CatalogueFormatError';
}

/**
 * Validates a parsed catalogue file and returns the catalogue. Throws a CatalogueFormatError naming
 * the first broken field (path and message) and how many problems there are.
 */
export function parseCatalogue(json: unknown): Catalogue {
  const result = CatalogueFileSchema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues;
    const first = issues[0];
    const where = first && first.path.length > 0 ? first.path.join('.') : '(root)';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : '';
    throw new CatalogueFormatError(`brand catalogue is broken at ${where}: ${first?.message ?? 'invalid'}${more}`);
  }
  const file = result.data;
  const categoryIds = new Set(file.categories.map((category) => category.id));
  const seenIds = new Set<string>();
  const brands: CatalogueBrand[] = file.brands.map((brand, index) => {
    if (seenIds.has(brand.id)) throw new CatalogueFormatError(`brand catalogue is broken at brands.${index}.id: duplicate id ${brand.id}`);
    seenIds.add(brand.id);
    for (const category of brand.categories) {
      if (!categoryIds.has(category)) {
        throw new CatalogueFormatError(`brand catalogue is broken at brands.${index}.categories: unknown category "${category}"`);
      }
    }
    // zod's output is a fresh object: tag it in place rather than copy 18,000 brands (saves ~4 MiB).
    return Object.assign(brand, { source: 'catalogue' as const });
  });
  for (const [synonym, target] of Object.entries(file.synonyms)) {
    if (!categoryIds.has(target)) {
      throw new CatalogueFormatError(`brand catalogue is broken at synonyms.${synonym}: unknown category "${target}"`);
    }
  }
  return { brands, categories: file.categories, synonyms: file.synonyms, words: file.words };
}

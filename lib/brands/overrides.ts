/**
 * The user's changes to the catalogue, made in the options page: hide a brand, or move it to other
 * categories. Overrides name brands by catalogue id; ids that a newer catalogue no longer has are
 * ignored rather than failing, because the catalogue changes with every dataset release.
 */
import type { Catalogue, CatalogueBrand, CatalogueCategory } from '@/lib/brands/catalogue';
import { categoryLabel, normaliseCategoryInput, resolveCategory } from '@/lib/brands/categories';

export interface CatalogueOverrides {
  /** Catalogue brand ids the user hid. */
  hidden: string[];
  /** Catalogue brand id → the categories it belongs to instead of the catalogue's. */
  moved: Record<string, string[]>;
}

/**
 * The catalogue's brands with the user's overrides applied, in catalogue order. Moved categories
 * are resolved like a contract's ("Jewellery" → jewelry); a category the catalogue does not know is
 * kept in normalised form so that it can match the user's own contracts. The catalogue is not changed.
 */
export function applyUserOverrides(catalogue: Catalogue, overrides: CatalogueOverrides): CatalogueBrand[] {
  const hidden = new Set(overrides.hidden);
  const result: CatalogueBrand[] = [];
  for (const brand of catalogue.brands) {
    if (hidden.has(brand.id)) continue;
    const moved = Object.hasOwn(overrides.moved, brand.id) ? overrides.moved[brand.id] : undefined;
    if (moved === undefined) {
      result.push(brand);
      continue;
    }
    const categories = [
      ...new Set(
        moved
          .map((category) => resolveCategory(category, catalogue) ?? normaliseCategoryInput(category))
          .filter((category) => category !== ''),
      ),
    ];
    result.push({ ...brand, categories });
  }
  return result;
}

/**
 * The categories the options page lists for a brand list (usually applyUserOverrides' result): the
 * catalogue's categories with counts of the given brands, plus categories only the user made, sorted
 * by label. Categories left empty by the user's changes stay listed with count 0 so that they can be
 * chosen again.
 */
export function categoriesWithCounts(brands: readonly CatalogueBrand[], catalogue: Catalogue): CatalogueCategory[] {
  const counts = new Map<string, number>(catalogue.categories.map((category) => [category.id, 0]));
  for (const brand of brands) for (const id of brand.categories) counts.set(id, (counts.get(id) ?? 0) + 1);
  const labels = new Map(catalogue.categories.map((category) => [category.id, category.label]));
  return [...counts]
    .map(([id, count]) => ({ id, label: labels.get(id) ?? categoryLabel(id), count }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

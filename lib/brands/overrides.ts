/**
 * The user's changes to the catalogue, made in the options page: hide a brand, or move it to other
 * categories. Overrides name brands by catalogue id; ids that a newer catalogue no longer has are
 * ignored rather than failing, because the catalogue changes with every dataset release.
 */
import type { Catalogue, CatalogueBrand } from '@/lib/brands/catalogue';
import { normaliseCategoryInput, resolveCategory } from '@/lib/brands/categories';

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

/**
 * The user's catalogue overrides (hide a brand, move it to other categories) in browser.storage.local
 * under one key. The options page writes them; the background applies them with applyUserOverrides
 * when it loads the catalogue, and drops its cached catalogue when the key changes. Content scripts
 * only watch the key (to re-check their posts), so this file stays free of the catalogue code.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { CatalogueOverrides } from '@/lib/brands/overrides';

export const CATALOGUE_OVERRIDES_KEY = 'catalogueOverrides';

export const CatalogueOverridesSchema = z
  .object({
    hidden: z.array(z.string().min(1).max(300)).max(100_000),
    moved: z.record(z.string().min(1).max(300), z.array(z.string().min(1).max(100)).max(50)),
  })
  .strict();

export function emptyCatalogueOverrides(): CatalogueOverrides {
  return { hidden: [], moved: {} };
}

/** A stored value that does not match the schema is ignored (no overrides) rather than failing. */
export function parseCatalogueOverrides(value: unknown): CatalogueOverrides {
  const parsed = CatalogueOverridesSchema.safeParse(value);
  return parsed.success ? parsed.data : emptyCatalogueOverrides();
}

export async function loadCatalogueOverrides(): Promise<CatalogueOverrides> {
  const stored = await browser.storage.local.get(CATALOGUE_OVERRIDES_KEY);
  return parseCatalogueOverrides(stored[CATALOGUE_OVERRIDES_KEY]);
}

/** Validates before writing; hidden ids are de-duplicated. */
export async function saveCatalogueOverrides(overrides: CatalogueOverrides): Promise<void> {
  const value = CatalogueOverridesSchema.parse({ hidden: [...new Set(overrides.hidden)], moved: overrides.moved });
  await browser.storage.local.set({ [CATALOGUE_OVERRIDES_KEY]: value });
}

import { browser } from 'wxt/browser';
import { parseCatalogue, type CatalogueBrand } from '@/lib/brands/catalogue';

/**
 * The catalogue ships inside the extension (public/brand-catalogue.json, built from
 * name-suggestion-index) and is read by the background only: content scripts never load it.
 */
export async function loadCatalogueFromExtension(): Promise<readonly CatalogueBrand[]> {
  const response = await fetch(browser.runtime.getURL('/brand-catalogue.json'));
  if (!response.ok) throw new Error(`brand catalogue not found (HTTP ${response.status})`);
  return parseCatalogue(await response.json()).brands;
}

/**
 * Loads the built catalogue from disk for the command line and benchmarks (Node only; the extension
 * fetches it in the background instead, see lib/background/catalogue.ts).
 */
import { readFileSync } from 'node:fs';
import { parseCatalogue, type Catalogue } from '@/lib/brands/catalogue';

export function loadCatalogueFile(path: string): Catalogue {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : String(error);
    throw new Error(`brand catalogue ${path}: ${reason} (build it with npm run build:catalogue)`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`brand catalogue ${path} is not JSON: ${(error as Error).message}`);
  }
  return parseCatalogue(json);
}

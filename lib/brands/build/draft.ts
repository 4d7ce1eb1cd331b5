/**
 * The working form of a catalogue brand during the build: full lists (the file leaves empty ones
 * out), alias candidates not yet filtered, and what the build needs to tell homonyms apart.
 */
import type { Handles } from '@/lib/schema/contracts';
import { nameKey } from '@/lib/brands/build/common-words';

export interface DraftBrand {
  id: string;
  name: string;
  /** Latin-script names first (what people type), checked and capped when the file is written. */
  aliases: string[];
  /** Names in other languages and scripts, kept after the Latin ones. */
  localAliases: string[];
  handles: Handles;
  domains: string[];
  categories: string[];
  /** A chain known everywhere (an NSI item mapped worldwide, or a simple-icons product). */
  worldwide: boolean;
}

/** `nameKey` without spaces and punctuation: "H & M" and "H&M" are one name, "Toys R Us" and "Toys"R"Us" too. */
export function compactKey(text: string): string {
  return nameKey(text).replace(/[^\p{L}\p{N}]/gu, '');
}

/** Brands grouped by nameKey of their name. */
export function groupByName(brands: readonly DraftBrand[]): Map<string, DraftBrand[]> {
  const byName = new Map<string, DraftBrand[]>();
  for (const brand of brands) {
    const key = nameKey(brand.name);
    const group = byName.get(key);
    if (group) group.push(brand);
    else byName.set(key, [brand]);
  }
  return byName;
}

/**
 * simple-icons (CC0) knows technology and media brands that NSI, a dataset of shops, does not
 * (NordVPN, Squarespace, Netflix), and other names of some that it does. An icon whose title is a
 * catalogue brand's name adds its aliases there; any other becomes a brand without a category, which
 * still resolves a name, a link domain or a "full" clause.
 */
import { getDomainWithoutSuffix } from 'tldts';
import { nameKey } from '@/lib/brands/build/common-words';
import type { SimpleIcon } from '@/lib/brands/build/dataset-types';
import { compactKey, type DraftBrand } from '@/lib/brands/build/draft';
import { registrableDomain } from '@/lib/brands/build/identities';

/**
 * The icon's source page is often the brand's own site; trust it only where the site is named like
 * the brand (netflix.com for Netflix), not a press kit on GitHub or a page on Wikimedia.
 */
function ownDomain(icon: SimpleIcon): string | null {
  const domain = icon.source ? registrableDomain(icon.source) : null;
  if (domain === null) return null;
  const label = compactKey(getDomainWithoutSuffix(domain) ?? '');
  return label !== '' && (label === compactKey(icon.slug) || label === compactKey(icon.title)) ? domain : null;
}

/** Adds the icons to `byName` (nameKey → brands) and returns the new brands and how many merged. */
export function mergeSimpleIcons(
  byName: Map<string, DraftBrand[]>,
  icons: readonly SimpleIcon[],
): { added: DraftBrand[]; merged: number } {
  const added: DraftBrand[] = [];
  const usedSlugs = new Set<string>();
  let merged = 0;
  for (const icon of icons) {
    const key = nameKey(icon.title);
    if (key === '') continue;
    const aliases = [...(icon.aliases?.aka ?? []), ...(icon.aliases?.dup ?? []).map((dup) => dup.title), ...(icon.aliases?.old ?? [])];
    const localAliases = [
      ...Object.values(icon.aliases?.loc ?? {}),
      ...(icon.aliases?.dup ?? []).flatMap((dup) => Object.values(dup.loc ?? {})),
    ];
    const namesakes = byName.get(key);
    if (namesakes) {
      for (const brand of namesakes) {
        brand.aliases.push(...aliases);
        brand.localAliases.push(...localAliases);
      }
      merged += 1;
      continue;
    }
    if (usedSlugs.has(icon.slug)) continue;
    usedSlugs.add(icon.slug);
    const domain = ownDomain(icon);
    const brand: DraftBrand = {
      id: `si:${icon.slug}`,
      name: icon.title,
      aliases,
      localAliases,
      handles: {},
      domains: domain ? [domain] : [],
      categories: [],
      // simple-icons lists products known online everywhere, not local shops.
      worldwide: true,
    };
    added.push(brand);
    byName.set(key, [brand]);
  }
  return { added, merged };
}

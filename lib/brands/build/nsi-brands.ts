/**
 * Brands from name-suggestion-index: one per Wikidata QID of the `brands/*` tree (operators, transit
 * and flags are other trees), items without a QID grouped by name. Each brand gets the union of its
 * items' categories and names, and the handles and websites Wikidata lists for its QID.
 */
import { categoryIdFromTagValue } from '@/lib/brands/categories';
import { nameKey } from '@/lib/brands/build/common-words';
import type { NsiDataset, NsiItem, WikidataDataset } from '@/lib/brands/build/dataset-types';
import type { DraftBrand } from '@/lib/brands/build/draft';
import { domainsFromWikidata, handlesFromWikidata } from '@/lib/brands/build/identities';

/**
 * Categories of the brands tree that are no trade: parties, unions, scouts, public services. Their
 * names in a sponsored post are no competitor under a "full" clause, and no contract excludes them.
 */
export const NON_COMMERCIAL_CATEGORIES: ReadonlySet<string> = new Set([
  'government', 'political-party', 'scout', 'union', 'social-facility', 'ambulance-station',
  'blood-donation', 'disaster-response', 'lifeguard', 'freemasonry', 'public-bookcase',
  'community-centre', 'social-centre', 'waste-basket', 'library',
]);

/** Tags whose values name the brand itself, in the Latin names people type first. */
const ALIAS_TAG = /^(brand|name|name:en|brand:en|short_name|alt_name|official_name|brand:short)$/;
/** The brand's names in other languages and scripts (brand:ja バーガーキング): kept after the above. */
const LOCAL_ALIAS_TAG = /^brand:[a-z]{2,3}(-[A-Za-z]{2,4})?$/;

/** Compiles NSI's pattern strings; one that this engine cannot compile is skipped, not fatal. */
export function compileRegexes(patterns: readonly string[]): RegExp[] {
  return patterns.flatMap((pattern) => {
    for (const flags of ['iu', 'i']) {
      try {
        return [new RegExp(pattern, flags)];
      } catch {
        // try the next flags
      }
    }
    return [];
  });
}

/** OSM lists several values in one tag separated by ";". */
function splitTagValue(value: string): string[] {
  return value.split(';').map((part) => part.trim()).filter((part) => part !== '');
}

/** "McDonald's (France)" → "McDonald's": NSI tells same-named entries apart in parentheses. */
function withoutDisambiguation(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/** A worldwide item (locationSet 001) names the brand better than a national one. */
function isWorldwide(item: NsiItem): boolean {
  return item.locationSet?.include?.includes('001') ?? false;
}

/** The name most items use, worldwide items counting three times; the shorter one on a tie. */
function pickName(votes: ReadonlyMap<string, number>): string {
  let best = '';
  let bestVotes = -1;
  for (const [name, count] of votes) {
    if (count > bestVotes || (count === bestVotes && name.length < best.length)) {
      best = name;
      bestVotes = count;
    }
  }
  return best;
}

interface Collected {
  id: string;
  qid: string | null;
  nameVotes: Map<string, number>;
  aliases: string[];
  localAliases: string[];
  categories: Set<string>;
  worldwide: boolean;
}

export function brandsFromNsi(
  nsi: NsiDataset,
  wikidata: WikidataDataset,
  genericWords: readonly RegExp[],
): { brands: DraftBrand[]; dissolvedSkipped: number } {
  const collected = new Map<string, Collected>();
  const dissolved = new Set<string>();

  for (const [path, categoryFile] of Object.entries(nsi.nsi)) {
    const [tree, , value] = path.split('/');
    if (tree !== 'brands' || value === undefined) continue;
    const category = categoryIdFromTagValue(value);
    if (NON_COMMERCIAL_CATEGORIES.has(category)) continue;
    // Names NSI says are no brand in this category ("clothes", "outlet" for shop=clothes).
    const excluded = [
      ...compileRegexes([...(categoryFile.properties?.exclude?.generic ?? []), ...(categoryFile.properties?.exclude?.named ?? [])]),
      ...genericWords,
    ];
    const isGeneric = (text: string): boolean => {
      const key = nameKey(text);
      return key === '' || excluded.some((pattern) => pattern.test(key));
    };

    for (const item of categoryFile.items) {
      const brandName = item.tags.brand?.trim() || item.displayName.trim();
      if (brandName === '' || isGeneric(brandName)) continue;
      const qid = item.tags['brand:wikidata']?.trim() || null;
      if (qid !== null && (wikidata.wikidata[qid]?.dissolutions?.length ?? 0) > 0) {
        dissolved.add(qid);
        continue;
      }
      const key = qid ?? `name:${nameKey(brandName)}`;
      let brand = collected.get(key);
      if (!brand) {
        brand = {
          id: qid ? `nsi:${qid}` : `nsi:${item.id}`,
          qid,
          nameVotes: new Map(),
          aliases: [],
          localAliases: [],
          categories: new Set(),
          worldwide: false,
        };
        collected.set(key, brand);
      }
      brand.nameVotes.set(brandName, (brand.nameVotes.get(brandName) ?? 0) + (isWorldwide(item) ? 3 : 1));
      brand.categories.add(category);
      brand.worldwide ||= isWorldwide(item);
      for (const [tag, tagValue] of Object.entries(item.tags)) {
        const list = ALIAS_TAG.test(tag) ? brand.aliases : LOCAL_ALIAS_TAG.test(tag) ? brand.localAliases : null;
        list?.push(...splitTagValue(tagValue).map(withoutDisambiguation).filter((alias) => !isGeneric(alias)));
      }
      brand.aliases.push(withoutDisambiguation(item.displayName), ...(item.matchNames ?? []).filter((alias) => !isGeneric(alias)));
    }
  }

  const brands = [...collected.values()].map((brand): DraftBrand => {
    const entity = brand.qid ? wikidata.wikidata[brand.qid] : undefined;
    return {
      id: brand.id,
      name: pickName(brand.nameVotes),
      aliases: brand.aliases,
      localAliases: brand.localAliases,
      handles: handlesFromWikidata(entity),
      domains: domainsFromWikidata(entity),
      categories: [...brand.categories].sort(),
      worldwide: brand.worldwide,
    };
  });
  return { brands, dissolvedSkipped: dissolved.size };
}

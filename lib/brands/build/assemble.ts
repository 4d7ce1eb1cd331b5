/**
 * Turns the datasets into the catalogue file (pure: the caller reads the files, see
 * lib/brands/build-catalogue.ts). One catalogue brand per Wikidata QID of name-suggestion-index's
 * `brands/*` tree (operators, transit and flags are left out, and so are the non-commercial
 * categories in NON_COMMERCIAL_CATEGORIES); items without a QID are grouped by name. simple-icons
 * adds aliases to brands of the same name and adds its other (tech and media) brands without a
 * category.
 */
import { getDomainWithoutSuffix } from 'tldts';
import type { Handles } from '@/lib/schema/contracts';
import { CATALOGUE_FORMAT_VERSION, type CatalogueFile, type CatalogueFileBrand } from '@/lib/brands/catalogue';
import { CATEGORY_SYNONYMS, categoryIdFromTagValue, categoryLabel } from '@/lib/brands/categories';
import { isCommonWordName, nameKey, type CommonWordRules } from '@/lib/brands/build/common-words';
import type { NsiDataset, NsiItem, SimpleIcon, WikidataDataset } from '@/lib/brands/build/dataset-types';
import { domainsFromWikidata, handlesFromWikidata, mergeHandles, registrableDomain } from '@/lib/brands/build/identities';

export interface CatalogueSources {
  nsi: NsiDataset;
  wikidata: WikidataDataset;
  genericWords: readonly string[];
  simpleIcons: readonly SimpleIcon[];
  /** Lower-case ordinary words (see common-words.ts). */
  lexicon: ReadonlySet<string>;
  versions?: Record<string, string>;
}

export interface CatalogueBuildStats {
  brands: number;
  fromNsi: number;
  fromSimpleIcons: number;
  simpleIconsMerged: number;
  dissolvedSkipped: number;
  categories: number;
  synonyms: number;
  withHandles: { instagram: number; tiktok: number; youtube: number };
  withDomains: number;
  commonWord: number;
  /** Brands flagged because another brand of a different category has the same name. */
  homonymBrands: number;
  droppedSharedDomains: number;
}

/** Aliases beyond this many add bytes but rarely a match (they are shop names like "Nike Factory Store"). */
const MAX_ALIASES = 24;

/** Tags whose values name the brand itself, in the Latin names people type first. */
const ALIAS_TAG = /^(brand|name|name:en|brand:en|short_name|alt_name|official_name|brand:short)$/;
/** The brand's names in other languages and scripts (brand:ja バーガーキング): kept after the above. */
const LOCAL_ALIAS_TAG = /^brand:[a-z]{2,3}(-[A-Za-z]{2,4})?$/;

/** "McDonald's (France)" → "McDonald's": NSI tells same-named entries apart in parentheses. */
function withoutDisambiguation(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/**
 * Categories of the brands tree that are no trade: parties, unions, scouts, public services. Their
 * names in a sponsored post are no competitor under a "full" clause, and no contract excludes them.
 */
export const NON_COMMERCIAL_CATEGORIES: ReadonlySet<string> = new Set([
  'government', 'political-party', 'scout', 'union', 'social-facility', 'ambulance-station',
  'blood-donation', 'disaster-response', 'lifeguard', 'freemasonry', 'public-bookcase',
  'community-centre', 'social-centre', 'waste-basket', 'library',
]);

interface Draft {
  id: string;
  qid: string | null;
  nameVotes: Map<string, number>;
  aliasCandidates: string[];
  localAliasCandidates: string[];
  categories: Set<string>;
  handles: Handles;
  domains: Set<string>;
  /** Some item of the brand is mapped worldwide (locationSet 001): a chain known everywhere. */
  worldwide: boolean;
}

function compileRegexes(patterns: readonly string[]): RegExp[] {
  return patterns.flatMap((pattern) => {
    try {
      return [new RegExp(pattern, 'iu')];
    } catch {
      try {
        return [new RegExp(pattern, 'i')];
      } catch {
        return [];
      }
    }
  });
}

function splitTagValue(value: string): string[] {
  return value.split(';').map((part) => part.trim()).filter((part) => part !== '');
}

/** A worldwide item (locationSet 001) names the brand better than a national one. */
function nameWeight(item: NsiItem): number {
  return item.locationSet?.include?.includes('001') ? 3 : 1;
}

function pickName(votes: Map<string, number>): string {
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

function compactKey(text: string): string {
  return nameKey(text).replace(/[^\p{L}\p{N}]/gu, '');
}

export function buildCatalogue(sources: CatalogueSources): { file: CatalogueFile; stats: CatalogueBuildStats } {
  const genericWords = compileRegexes(sources.genericWords);
  const rules: CommonWordRules = { lexicon: sources.lexicon, genericWords };
  const drafts = new Map<string, Draft>();
  let dissolvedSkipped = 0;
  const dissolved = new Set<string>();

  for (const [path, categoryFile] of Object.entries(sources.nsi.nsi)) {
    const [tree, , value] = path.split('/');
    if (tree !== 'brands' || value === undefined) continue;
    const category = categoryIdFromTagValue(value);
    if (NON_COMMERCIAL_CATEGORIES.has(category)) continue;
    const excluded = compileRegexes([
      ...(categoryFile.properties?.exclude?.generic ?? []),
      ...(categoryFile.properties?.exclude?.named ?? []),
    ]);
    const isGeneric = (text: string): boolean => {
      const key = nameKey(text);
      return key === '' || excluded.some((pattern) => pattern.test(key)) || genericWords.some((pattern) => pattern.test(key));
    };
    for (const item of categoryFile.items) {
      const brandName = item.tags.brand?.trim() || item.displayName.trim();
      if (brandName === '' || isGeneric(brandName)) continue;
      const qid = item.tags['brand:wikidata']?.trim() || null;
      if (qid !== null && (sources.wikidata.wikidata[qid]?.dissolutions?.length ?? 0) > 0) {
        if (!dissolved.has(qid)) dissolvedSkipped += 1;
        dissolved.add(qid);
        continue;
      }
      const key = qid ?? `name:${nameKey(brandName)}`;
      let draft = drafts.get(key);
      if (!draft) {
        draft = {
          id: qid ? `nsi:${qid}` : `nsi:${item.id}`,
          qid,
          nameVotes: new Map(),
          aliasCandidates: [],
          localAliasCandidates: [],
          categories: new Set(),
          handles: {},
          domains: new Set(),
          worldwide: false,
        };
        drafts.set(key, draft);
      }
      draft.nameVotes.set(brandName, (draft.nameVotes.get(brandName) ?? 0) + nameWeight(item));
      draft.categories.add(category);
      if (nameWeight(item) > 1) draft.worldwide = true;
      for (const [tag, tagValue] of Object.entries(item.tags)) {
        const list = ALIAS_TAG.test(tag) ? draft.aliasCandidates : LOCAL_ALIAS_TAG.test(tag) ? draft.localAliasCandidates : null;
        list?.push(...splitTagValue(tagValue).map(withoutDisambiguation).filter((alias) => !isGeneric(alias)));
      }
      draft.aliasCandidates.push(
        withoutDisambiguation(item.displayName),
        ...(item.matchNames ?? []).filter((alias) => !isGeneric(alias)),
      );
    }
  }

  interface Assembled {
    brand: Omit<CatalogueFileBrand, 'handles'> & {
      aliases: string[];
      localAliases: string[];
      domains: string[];
      categories: string[];
      handles: Handles;
    };
    worldwide: boolean;
  }
  const assembled: Assembled[] = [];
  for (const draft of drafts.values()) {
    const name = pickName(draft.nameVotes);
    const entity = draft.qid ? sources.wikidata.wikidata[draft.qid] : undefined;
    mergeHandles(draft.handles, handlesFromWikidata(entity));
    for (const domain of domainsFromWikidata(entity)) draft.domains.add(domain);
    assembled.push({
      brand: {
        id: draft.id,
        name,
        aliases: draft.aliasCandidates,
        localAliases: draft.localAliasCandidates,
        handles: draft.handles,
        domains: [...draft.domains],
        categories: [...draft.categories].sort(),
      },
      worldwide: draft.worldwide,
    });
  }
  const fromNsi = assembled.length;

  // simple-icons: aliases for a brand of the same name, otherwise a brand of its own.
  const byName = new Map<string, Assembled[]>();
  for (const entry of assembled) {
    const key = nameKey(entry.brand.name);
    byName.set(key, [...(byName.get(key) ?? []), entry]);
  }
  let simpleIconsMerged = 0;
  let fromSimpleIcons = 0;
  const usedSlugs = new Set<string>();
  for (const icon of sources.simpleIcons) {
    const names = [
      icon.title,
      ...(icon.aliases?.aka ?? []),
      ...(icon.aliases?.dup ?? []).map((dup) => dup.title),
      ...(icon.aliases?.old ?? []),
    ];
    const localNames = [
      ...Object.values(icon.aliases?.loc ?? {}),
      ...(icon.aliases?.dup ?? []).flatMap((dup) => Object.values(dup.loc ?? {})),
    ];
    const matches = byName.get(nameKey(icon.title));
    if (matches) {
      for (const match of matches) {
        match.brand.aliases.push(...names);
        match.brand.localAliases.push(...localNames);
      }
      simpleIconsMerged += 1;
      continue;
    }
    if (usedSlugs.has(icon.slug) || nameKey(icon.title) === '') continue;
    usedSlugs.add(icon.slug);
    // The logo's source page is often the brand's own site; trust it only where the site is named
    // like the brand (netflix.com for Netflix), not a press kit on GitHub or Wikimedia.
    const domains: string[] = [];
    const sourceDomain = icon.source ? registrableDomain(icon.source) : null;
    if (sourceDomain) {
      const label = compactKey(getDomainWithoutSuffix(sourceDomain) ?? '');
      if (label !== '' && (label === compactKey(icon.slug) || label === compactKey(icon.title))) domains.push(sourceDomain);
    }
    const entry: Assembled = {
      brand: { id: `si:${icon.slug}`, name: icon.title, aliases: names.slice(1), localAliases: localNames, handles: {}, domains, categories: [] },
      // simple-icons lists products known online everywhere, not local shops.
      worldwide: true,
    };
    assembled.push(entry);
    byName.set(nameKey(icon.title), [entry]);
    fromSimpleIcons += 1;
  }

  const droppedSharedDomains = resolveSharedDomains(assembled.map((entry) => entry.brand));

  const flaggedHomonyms = flagHomonyms(byName);
  // A name used by another brand is no alias ("coles" is listed under Shell for the Coles Express
  // stations it once branded, but Coles is a supermarket of its own).
  const primaryNames = new Set(byName.keys());

  const brands: CatalogueFileBrand[] = [];
  const categoryCounts = new Map<string, number>();
  let commonWord = 0;
  const withHandles = { instagram: 0, tiktok: 0, youtube: 0 };
  let withDomains = 0;
  for (const { brand } of assembled) {
    const nameK = nameKey(brand.name);
    const isCommon = flaggedHomonyms.has(brand.id) || isCommonWordName(brand.name, rules);
    const seen = new Set([nameK]);
    const aliases: string[] = [];
    for (const alias of [...brand.aliases, ...brand.localAliases]) {
      const trimmed = alias.trim();
      const key = nameKey(trimmed);
      if (key === '' || seen.has(key) || primaryNames.has(key) || trimmed.length > 300) continue;
      // The flag belongs to the brand's name: an ordinary word as the alias of a brand whose name is
      // not one would be matched without any evidence of brand sense.
      if (!isCommon && !key.includes(' ') && key.length > 2 && isCommonWordName(trimmed, rules)) continue;
      seen.add(key);
      aliases.push(trimmed);
      if (aliases.length >= MAX_ALIASES) break;
    }
    if (isCommon) commonWord += 1;
    for (const category of brand.categories) categoryCounts.set(category, (categoryCounts.get(category) ?? 0) + 1);
    for (const platform of ['instagram', 'tiktok', 'youtube'] as const) if (brand.handles[platform]?.length) withHandles[platform] += 1;
    if (brand.domains.length > 0) withDomains += 1;
    brands.push(compactBrand({ ...brand, aliases, ...(isCommon ? { commonWord: true } : {}) }));
  }
  brands.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const categories = [...categoryCounts]
    .map(([id, count]) => ({ id, label: categoryLabel(id), count }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
  const categoryIds = new Set(categories.map((category) => category.id));
  const synonyms = Object.fromEntries(
    Object.entries(CATEGORY_SYNONYMS).filter(([word, target]) => categoryIds.has(target) && !categoryIds.has(word)),
  );

  const file: CatalogueFile = {
    format: 'conflict-lens/brand-catalogue',
    version: CATALOGUE_FORMAT_VERSION,
    sources: sources.versions ?? {},
    categories,
    synonyms,
    brands,
  };
  return {
    file,
    stats: {
      brands: brands.length,
      fromNsi,
      fromSimpleIcons,
      simpleIconsMerged,
      dissolvedSkipped,
      categories: categories.length,
      synonyms: Object.keys(synonyms).length,
      withHandles,
      withDomains,
      commonWord,
      homonymBrands: flaggedHomonyms.size,
      droppedSharedDomains,
    },
  };
}

interface HomonymCandidate {
  brand: { id: string; categories: string[]; domains: string[]; handles: Handles };
  worldwide: boolean;
}

function identities(brand: HomonymCandidate['brand']): Set<string> {
  const keys = new Set(brand.domains.map((domain) => `d:${domain}`));
  for (const [platform, handles] of Object.entries(brand.handles)) {
    for (const handle of handles ?? []) keys.add(`${platform}:${handle.replace(/^@/, '').toLowerCase()}`);
  }
  return keys;
}

/**
 * Ids of brands whose name leads to another brand as well. Two brands of one name are told apart
 * only when they sell different things (no category in common) and each has a web identity of its
 * own (domains and handles, none shared): Gap the clothes chain and Gap the UK trade counter are;
 * Lego the toy shop and Lego the vending machine (both lego.com) are one company, and a parcel-locker
 * entry with no site of its own is a facet of its namesake. Where only one of the two is a chain
 * known worldwide (Nike, beside the Slovak bookmaker Niké), the name is taken to mean it and only the
 * other is flagged; otherwise both are.
 */
function flagHomonyms(byName: ReadonlyMap<string, readonly HomonymCandidate[]>): Set<string> {
  const flagged = new Set<string>();
  for (const entries of byName.values()) {
    if (entries.length < 2) continue;
    const ids = entries.map((entry) => identities(entry.brand));
    entries.forEach((a, i) => {
      entries.slice(i + 1).forEach((b, offset) => {
        const idsA = ids[i] ?? new Set<string>();
        const idsB = ids[i + 1 + offset] ?? new Set<string>();
        if (a.brand.categories.some((category) => b.brand.categories.includes(category))) return;
        if (idsA.size === 0 || idsB.size === 0 || [...idsA].some((key) => idsB.has(key))) return;
        // The name means the worldwide one where only one of the two is: flag the other only.
        if (!(b.worldwide && !a.worldwide)) flagged.add(b.brand.id);
        if (!(a.worldwide && !b.worldwide)) flagged.add(a.brand.id);
      });
    });
  }
  return flagged;
}

/**
 * A domain listed by brands of different names belongs to one of them at most: the one named like
 * the domain (amazon.com → Amazon). Where none is, a small group keeps it (a parent's site listed by
 * its few chains, gapinc.com); a domain claimed by many unrelated brands is a portal and is dropped.
 * Returns how many domains were dropped.
 */
function resolveSharedDomains(brands: { name: string; domains: string[] }[]): number {
  const claims = new Map<string, { name: string; domains: string[] }[]>();
  for (const brand of brands) for (const domain of brand.domains) claims.set(domain, [...(claims.get(domain) ?? []), brand]);
  let dropped = 0;
  for (const [domain, claimants] of claims) {
    const names = new Set(claimants.map((brand) => nameKey(brand.name)));
    if (names.size < 2) continue;
    const label = compactKey(getDomainWithoutSuffix(domain) ?? domain);
    const named = claimants.filter((brand) => {
      const key = compactKey(brand.name);
      return key !== '' && (key === label || (key.length >= 4 && label.startsWith(key)));
    });
    const keepers = named.length > 0 ? named : names.size <= 3 ? claimants : [];
    if (keepers.length === 0) dropped += 1;
    for (const brand of claimants) if (!keepers.includes(brand)) brand.domains = brand.domains.filter((d) => d !== domain);
  }
  return dropped;
}

/** Leaves out empty lists and handle platforms: the schema defaults them, and the file is smaller. */
function compactBrand(brand: {
  id: string;
  name: string;
  aliases: string[];
  handles: Handles;
  domains: string[];
  categories: string[];
  commonWord?: boolean;
}): CatalogueFileBrand {
  const out: CatalogueFileBrand = { id: brand.id, name: brand.name };
  if (brand.aliases.length > 0) out.aliases = brand.aliases;
  const handles = Object.fromEntries(Object.entries(brand.handles).filter(([, list]) => list && list.length > 0));
  if (Object.keys(handles).length > 0) out.handles = handles;
  if (brand.domains.length > 0) out.domains = brand.domains.sort();
  if (brand.categories.length > 0) out.categories = brand.categories;
  if (brand.commonWord) out.commonWord = true;
  return out;
}

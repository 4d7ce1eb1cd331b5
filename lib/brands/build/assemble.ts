/**
 * Turns the datasets into the catalogue file (pure: lib/brands/build-catalogue.ts reads the files).
 *
 *   name-suggestion-index + Wikidata ─brandsFromNsi─▶ drafts ◀─mergeSimpleIcons─ simple-icons
 *                                                     drafts ◀─mergeSponsorBrands─ sponsor-brands.ts (categories of online sponsors)
 *   drafts ─resolveSharedDomains, flagHomonyms, isCommonWordName─▶ final aliases and flags
 *   ─▶ { format, version, sources, categories (with counts), synonyms, brands }
 */
import type { Handles } from '@/lib/schema/contracts';
import { CATALOGUE_FORMAT_VERSION, type CatalogueFile, type CatalogueFileBrand } from '@/lib/brands/catalogue';
import { CATEGORY_SYNONYMS, categoryLabel } from '@/lib/brands/categories';
import { isCommonWordName, isEverydayPhrase, nameKey, type CommonWordRules } from '@/lib/brands/build/common-words';
import type { NsiDataset, SimpleIcon, WikidataDataset } from '@/lib/brands/build/dataset-types';
import { flagHomonyms, resolveSharedDomains } from '@/lib/brands/build/disambiguation';
import { compactKey, groupByName, type DraftBrand } from '@/lib/brands/build/draft';
import { brandsFromNsi, compileRegexes } from '@/lib/brands/build/nsi-brands';
import { mergeSimpleIcons } from '@/lib/brands/build/simple-icons';
import { mergeSponsorBrands, type SponsorBrand } from '@/lib/brands/build/sponsor-brands';

export { NON_COMMERCIAL_CATEGORIES } from '@/lib/brands/build/nsi-brands';

export interface CatalogueSources {
  nsi: NsiDataset;
  wikidata: WikidataDataset;
  /** name-suggestion-index's genericWords: patterns of names that are no brand. */
  genericWords: readonly string[];
  simpleIcons: readonly SimpleIcon[];
  /** Lower-case ordinary words (see common-words.ts). */
  lexicon: ReadonlySet<string>;
  /** Words frequent enough that a name of several of them is a phrase (see phraseWordsFromSubtlex). */
  phraseWords?: ReadonlySet<string>;
  /** Brands that sponsor creators, with their categories (SPONSOR_BRANDS of sponsor-brands.ts). */
  sponsors?: readonly SponsorBrand[];
  /** Words that are no misspelling of a brand (Catalogue.words); see dictionaryFromSubtlex. */
  dictionary?: readonly string[];
  versions?: Record<string, string>;
}

export interface CatalogueBuildStats {
  brands: number;
  fromNsi: number;
  fromSimpleIcons: number;
  simpleIconsMerged: number;
  /** Sponsor brands (sponsor-brands.ts) added, and catalogue brands given their categories. */
  fromSponsorList: number;
  sponsorListCategorised: number;
  dissolvedSkipped: number;
  categories: number;
  synonyms: number;
  withHandles: { instagram: number; tiktok: number; youtube: number };
  withDomains: number;
  commonWord: number;
  /** Brands flagged because another brand of a different trade has the same name. */
  homonymBrands: number;
  droppedSharedDomains: number;
}

/** Aliases beyond this many add bytes but rarely a match (they are shop names like "Nike Factory Store"). */
const MAX_ALIASES = 24;

export function buildCatalogue(sources: CatalogueSources): { file: CatalogueFile; stats: CatalogueBuildStats } {
  const genericWords = compileRegexes(sources.genericWords);
  const rules: CommonWordRules = { lexicon: sources.lexicon, phraseWords: sources.phraseWords, genericWords };

  const nsi = brandsFromNsi(sources.nsi, sources.wikidata, genericWords);
  const byName = groupByName(nsi.brands);
  const icons = mergeSimpleIcons(byName, sources.simpleIcons);
  const sponsors = mergeSponsorBrands(byName, sources.sponsors ?? []);
  const drafts = [...nsi.brands, ...icons.added, ...sponsors.added];

  const droppedSharedDomains = resolveSharedDomains(drafts);
  const homonyms = flagHomonyms(byName);
  // A name used by another brand is no alias ("coles" is listed under Shell for the Coles Express
  // stations it once branded, but Coles is a supermarket of its own).
  const brandNames = new Set(byName.keys());

  const brands = drafts
    .map((draft) => {
      const commonWord = homonyms.has(draft.id) || isCommonWordName(draft.name, rules) || (isEverydayPhrase(draft.name, rules) && !knownByItsName(draft, sponsors.ids));
      return toFileBrand(draft, finalAliases(draft, commonWord, brandNames, rules), commonWord);
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const categoryCounts = new Map<string, number>();
  for (const brand of brands) for (const id of brand.categories ?? []) categoryCounts.set(id, (categoryCounts.get(id) ?? 0) + 1);
  const categories = [...categoryCounts]
    .map(([id, count]) => ({ id, label: categoryLabel(id), count }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
  const categoryIds = new Set(categoryCounts.keys());
  const synonyms = Object.fromEntries(
    Object.entries(CATEGORY_SYNONYMS).filter(([word, target]) => categoryIds.has(target) && !categoryIds.has(word)),
  );

  const file: CatalogueFile = {
    format: 'conflict-lens/brand-catalogue',
    version: CATALOGUE_FORMAT_VERSION,
    sources: sources.versions ?? {},
    categories,
    synonyms,
    words: [...new Set(sources.dictionary ?? [])].sort(),
    brands,
  };
  const count = (test: (brand: CatalogueFileBrand) => boolean): number => brands.filter(test).length;
  return {
    file,
    stats: {
      brands: brands.length,
      fromNsi: nsi.brands.length,
      fromSimpleIcons: icons.added.length,
      simpleIconsMerged: icons.merged,
      fromSponsorList: sponsors.added.length,
      sponsorListCategorised: sponsors.categorised,
      dissolvedSkipped: nsi.dissolvedSkipped,
      categories: categories.length,
      synonyms: Object.keys(synonyms).length,
      withHandles: {
        instagram: count((brand) => (brand.handles?.instagram?.length ?? 0) > 0),
        tiktok: count((brand) => (brand.handles?.tiktok?.length ?? 0) > 0),
        youtube: count((brand) => (brand.handles?.youtube?.length ?? 0) > 0),
      },
      withDomains: count((brand) => (brand.domains?.length ?? 0) > 0),
      commonWord: count((brand) => brand.commonWord === true),
      homonymBrands: homonyms.size,
      droppedSharedDomains,
    },
  };
}

/**
 * Whether a brand named by an everyday phrase is known by that name all the same: it has an account under
 * it ("@oldnavy", "@thenorthface"), or it sponsors videos (sponsor-brands.ts: "Red Bull" has no handle in
 * the datasets). Its hashtag (#oldnavy) then means the brand.
 */
function knownByItsName(draft: DraftBrand, sponsorIds: ReadonlySet<string>): boolean {
  if (sponsorIds.has(draft.id)) return true;
  // "Bath & Body Works" is @bathandbodyworks.
  const names = [compactKey(draft.name), compactKey(draft.name.replace(/&/g, ' and '))];
  return Object.values(draft.handles).some((list) => (list ?? []).some((handle) => names.includes(compactKey(handle))));
}

/**
 * The aliases written to the file: Latin-script names before local ones, each name once, none equal
 * to the brand's name or another brand's name, at most MAX_ALIASES. An ordinary word is no alias of a
 * brand whose name is not one: the commonWord flag belongs to the name, so the word would be matched
 * without any evidence of brand sense.
 */
function finalAliases(draft: DraftBrand, commonWord: boolean, brandNames: ReadonlySet<string>, rules: CommonWordRules): string[] {
  const seen = new Set([nameKey(draft.name)]);
  // A name of several ordinary words ("Well Pharmacy") is flagged too, but its one-word aliases ("Well")
  // would be matched as names of their own: only a one-word common name keeps ordinary-word aliases.
  const oneCommonWord = commonWord && !nameKey(draft.name).includes(' ');
  const aliases: string[] = [];
  for (const alias of [...draft.aliases, ...draft.localAliases]) {
    const trimmed = alias.trim();
    const key = nameKey(trimmed);
    if (key === '' || seen.has(key) || brandNames.has(key) || trimmed.length > 300) continue;
    if (!oneCommonWord && !key.includes(' ') && key.length > 2 && isCommonWordName(trimmed, rules)) continue;
    seen.add(key);
    aliases.push(trimmed);
    if (aliases.length >= MAX_ALIASES) break;
  }
  return aliases;
}

/** Leaves out empty lists and handle platforms: the schema defaults them, and the file is smaller. */
function toFileBrand(draft: DraftBrand, aliases: string[], commonWord: boolean): CatalogueFileBrand {
  const brand: CatalogueFileBrand = { id: draft.id, name: draft.name };
  if (aliases.length > 0) brand.aliases = aliases;
  const handles: Handles = Object.fromEntries(Object.entries(draft.handles).filter(([, list]) => (list?.length ?? 0) > 0));
  if (Object.keys(handles).length > 0) brand.handles = handles;
  if (draft.domains.length > 0) brand.domains = [...draft.domains].sort();
  if (draft.categories.length > 0) brand.categories = draft.categories;
  if (commonWord) brand.commonWord = true;
  return brand;
}

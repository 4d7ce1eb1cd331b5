import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '@/lib/brands/build/assemble';
import { dictionaryFromSubtlex, isCommonWordName, isEverydayPhrase, lexiconFromSubtlex, phraseWordsFromSubtlex } from '@/lib/brands/build/common-words';
import {
  applyUserOverrides,
  canonicalCategory,
  categoriesWithCounts,
  CatalogueFormatError,
  parseCatalogue,
  resolveCategory,
  type Catalogue,
  type CatalogueBrand,
} from '@/lib/brands/catalogue';
import { CATEGORY_SYNONYMS } from '@/lib/brands/categories';
import { loadCatalogueFile } from '@/lib/brands/load-node';
import { analysePost, compileIndex } from '@/lib/engine';
import { NOW, snapshot } from '../evaluate/fixtures';
import { syntheticSources } from './synthetic-datasets';
import { mergeSponsorBrands, SPONSOR_BRANDS } from '@/lib/brands/build/sponsor-brands';
import type { DraftBrand } from '@/lib/brands/build/draft';

function builtCatalogue(): Catalogue {
  return parseCatalogue(JSON.parse(JSON.stringify(buildCatalogue(syntheticSources()).file)));
}

function brandNamed(catalogue: Catalogue, name: string): CatalogueBrand {
  const matches = catalogue.brands.filter((brand) => brand.name === name);
  expect(matches, `one brand named ${name}`).toHaveLength(1);
  return matches[0]!;
}

describe('built catalogue from NSI-shaped data', () => {
  const catalogue = builtCatalogue();

  it('keeps brands only, one per Wikidata id, and leaves out operators, transit, parties and dissolved brands', () => {
    const names = catalogue.brands.map((brand) => brand.name);
    expect(names).not.toContain('Party of Tomorrow');
    expect(catalogue.categories.map((category) => category.id)).not.toContain('political-party');
    expect(names).not.toContain('City Savings Operator');
    expect(names).not.toContain('Metro Bus');
    expect(names).not.toContain('Old Burger');
    expect(names.filter((name) => name === 'Nike')).toHaveLength(1);
    expect(brandNamed(catalogue, 'Nike').id).toBe('nsi:Q483915');
    expect(brandNamed(catalogue, 'Kiabi').id).toBe('nsi:kiabi-3937bd');
    expect(names, 'a name NSI calls generic for the category').not.toContain('Fashion');
    expect(catalogue.brands.every((brand) => brand.source === 'catalogue')).toBe(true);
  });

  it('turns dataset categories into kebab-case ids with labels and counts', () => {
    expect(brandNamed(catalogue, 'Burger King').categories).toEqual(['fast-food']);
    expect(brandNamed(catalogue, 'Nike').categories).toEqual(['clothes']);
    const fastFood = catalogue.categories.find((category) => category.id === 'fast-food');
    expect(fastFood).toEqual({ id: 'fast-food', label: 'Fast food', count: 3 });
    expect(catalogue.categories.find((category) => category.id === 'clothes')?.count).toBe(3);
  });

  it('resolves what people write to a category id', () => {
    expect(resolveCategory('Jewellery', catalogue)).toBe('jewelry');
    expect(resolveCategory('fastfood', catalogue)).toBe('fast-food');
    expect(resolveCategory('amenity=fast_food', catalogue)).toBe('fast-food');
    expect(resolveCategory('Fast Food', catalogue)).toBe('fast-food');
    expect(resolveCategory('apparel', catalogue)).toBe('clothes');
    expect(resolveCategory('shop=clothes', catalogue)).toBe('clothes');
    expect(resolveCategory('Petrol station', catalogue)).toBe('fuel');
    expect(resolveCategory('bookmakers', catalogue)).toBe('bookmaker');
    expect(resolveCategory('pet food', catalogue)).toBeNull();
    expect(resolveCategory('   ', catalogue)).toBeNull();
  });

  it('canonicalises categories the same way without a catalogue, for comparing clause and brand', () => {
    expect(canonicalCategory('Jewellery')).toBe('jewelry');
    expect(canonicalCategory('FastFood')).toBe('fast-food');
    expect(canonicalCategory('amenity=fast_food')).toBe('fast-food');
    expect(canonicalCategory('fast-food')).toBe('fast-food');
    expect(canonicalCategory('Sportswear gear')).toBe('sportswear-gear');
  });

  it('only ships synonyms whose category exists', () => {
    expect(catalogue.synonyms.jewellery).toBe('jewelry');
    expect(catalogue.synonyms.gym, 'no fitness category in this data').toBeUndefined();
  });

  it('takes official handles per platform from Wikidata, YouTube as @handle and channel id', () => {
    expect(brandNamed(catalogue, 'Nike').handles).toEqual({
      instagram: ['nike'],
      tiktok: ['nike'],
      youtube: ['@nike', 'UCUFgkRb0ZHc4Rpq15VRCICA'],
    });
    expect(brandNamed(catalogue, 'Subway').handles).toEqual({});
  });

  it('reduces official websites to registrable domains and ignores pages on social platforms', () => {
    expect(brandNamed(catalogue, 'Nike').domains).toEqual(['nike.com', 'nike.com.cn']);
    const gaps = catalogue.brands.filter((brand) => brand.name === 'Gap');
    expect(gaps.map((brand) => brand.domains).sort()).toEqual([['gap.com', 'gapinc.com'], ['gap.uk.com']]);
  });

  it('lists an internationalised domain as written and as a link hostname (punycode)', () => {
    expect(brandNamed(catalogue, 'Ярче!').domains).toEqual(['xn--e1avv4a.xn--p1ai', 'ярче.рф']);
  });

  it('collects alias names from items, local scripts, match names and simple-icons', () => {
    const nike = brandNamed(catalogue, 'Nike');
    expect(nike.aliases).toEqual(expect.arrayContaining(['Nike Factory Store', 'nike well collective', 'Nike Inc.']));
    const burgerKing = brandNamed(catalogue, 'Burger King');
    expect(burgerKing.aliases).toEqual(expect.arrayContaining(['バーガーキング', 'bk']));
    const gapClothes = catalogue.brands.find((brand) => brand.id === 'nsi:Q420822');
    expect(gapClothes?.aliases).toEqual(['the gap']);
  });

  it('drops NSI disambiguation and ordinary words from the aliases of a brand whose name is no word', () => {
    const aliases = brandNamed(catalogue, 'Burger King').aliases;
    expect(aliases).toContain('Burger King France');
    expect(aliases).not.toContain('Burger King (France)');
    expect(aliases).not.toContain('Home');
  });

  it('never lists another brand’s name as an alias', () => {
    expect(brandNamed(catalogue, 'Snack Shack').aliases).not.toContain('shell');
  });

  it('adds simple-icons brands that NSI lacks, with their own site as domain only when named like it', () => {
    const nordVpn = brandNamed(catalogue, 'NordVPN');
    expect(nordVpn).toMatchObject({ id: 'si:nordvpn', domains: ['nordvpn.com'], categories: [] });
    expect(brandNamed(catalogue, 'Figma').domains).toEqual([]);
  });

  it('adds the sponsors of videos that no dataset has, and gives categories to those only simple-icons has', () => {
    const withSponsors = parseCatalogue(JSON.parse(JSON.stringify(buildCatalogue({ ...syntheticSources(), sponsors: SPONSOR_BRANDS }).file)));
    expect(brandNamed(withSponsors, 'NordVPN')).toMatchObject({ id: 'si:nordvpn', domains: ['nordvpn.com'], categories: ['vpn'] });
    expect(brandNamed(withSponsors, 'BetterHelp')).toMatchObject({ id: 'cl:betterhelp', domains: ['betterhelp.com'], categories: ['online-therapy'] });
    expect(brandNamed(withSponsors, 'Raid: Shadow Legends')).toMatchObject({ aliases: ['Raid Shadow Legends'], categories: ['video-games'] });
    expect(withSponsors.categories.find((category) => category.id === 'vpn')?.count).toBe(14);
    // Every sponsor brand is in the catalogue once, under its own name or merged into a namesake.
    for (const sponsor of SPONSOR_BRANDS) expect(withSponsors.brands.filter((brand) => brand.name === sponsor.name), sponsor.name).toHaveLength(1);
  });

  it('gives a sponsor category to a brand a map files under another trade only when it is the same company by its site', () => {
    const draft = (id: string, name: string, domains: string[], categories: string[]): DraftBrand => ({ id, name, aliases: [], localAliases: [], handles: {}, domains, categories, worldwide: true });
    const coke = draft('nsi:Q2813', 'Coca-Cola', ['coca-cola.com', 'coke.com'], ['vending-machine']);
    const calmShop = draft('nsi:Q1', 'Calm', ['calm-boutique.example'], ['clothes']);
    const byName = new Map([['coca-cola', [coke]], ['calm', [calmShop]]]);
    const { added, categorised } = mergeSponsorBrands(byName, [
      { name: 'Coca-Cola', domains: ['coca-cola.com'], categories: ['beverages'] },
      { name: 'Calm', domains: ['calm.com'], categories: ['meditation'] },
      { name: 'Clinique', domains: ['clinique.com'], categories: ['cosmetics'] },
    ]);
    expect(coke.categories).toEqual(['vending-machine', 'beverages']);
    expect(calmShop.categories, 'a namesake with a site of its own keeps its trade').toEqual(['clothes']);
    expect(categorised).toBe(1);
    expect(added.map((brand) => [brand.id, brand.categories])).toEqual([['cl:clinique', ['cosmetics']]]);
  });

  it('lists the consumer brands creators are paid by most under the categories clauses name', () => {
    const categoriesOf = (name: string) => SPONSOR_BRANDS.filter((sponsor) => sponsor.name === name).flatMap((sponsor) => sponsor.categories);
    expect(categoriesOf('Clinique')).toEqual(['cosmetics']);
    expect(categoriesOf('La Roche-Posay')).toEqual(['cosmetics']);
    expect(categoriesOf('Heineken')).toEqual(['alcohol']);
    expect(categoriesOf('Pepsi')).toEqual(['beverages']);
    expect(categoriesOf('Canon')).toEqual(['camera']);
    expect(canonicalCategory('skincare')).toBe('cosmetics');
    expect(canonicalCategory('beer')).toBe('alcohol');
    expect(canonicalCategory('toothpaste')).toBe('oral-care');
    expect(canonicalCategory('headphones')).toBe('hifi');
  });

  it('flags names with an ordinary reading and names shared by brands of different trades', () => {
    const flag = (name: string) => catalogue.brands.filter((brand) => brand.name === name).map((brand) => brand.commonWord ?? false);
    expect(flag('Gap'), 'both Gap brands').toEqual([true, true]);
    expect(flag('Subway')).toEqual([true]);
    expect(flag('Shell')).toEqual([true]);
    expect(flag('Pandora'), 'curated list').toEqual([true]);
    expect(flag('BP'), 'two letters').toEqual([true]);
    expect(flag('Niké'), 'the local bookmaker, beside the worldwide Nike').toEqual([true]);
    expect(flag('Nike')).toEqual([false]);
    expect(flag('Burger King')).toEqual([false]);

    expect(flag('NordVPN')).toEqual([false]);
  });

  it('counts as ordinary words the lower-case words of the subtitles and the places and names they say hundreds of times', () => {
    const lexicon = lexiconFromSubtlex([
      { word: 'gap', count: 900 }, { word: 'Paris', count: 3531 }, { word: 'Victoria', count: 375 }, { word: 'Nike', count: 51 }, { word: 'Google', count: 43 }, { word: "don't", count: 9000 },
    ]);
    expect([...lexicon].sort()).toEqual(['gap', 'paris', 'victoria']);
  });

  it('reads a name of several words as a phrase only when every word is said a thousand times', () => {
    const entries = [{ word: 'next', count: 23090 }, { word: 'level', count: 2633 }, { word: 'burger', count: 522 }, { word: 'king', count: 6592 }, { word: 'Navy', count: 1310 }, { word: 'old', count: 31056 }];
    const phraseWords = phraseWordsFromSubtlex(entries);
    expect([...phraseWords].sort()).toEqual(['king', 'level', 'navy', 'next', 'old']);
    const rules = { lexicon: lexiconFromSubtlex(entries), phraseWords, genericWords: [] };
    expect(['Next Level', 'Old Navy', 'Burger King', 'Level'].map((name) => isEverydayPhrase(name, rules))).toEqual([true, true, false, false]);
    expect(isCommonWordName('Level', rules)).toBe(true);
    expect(isEverydayPhrase('Next Level', { lexicon: rules.lexicon, genericWords: [] }), 'no phrase words given').toBe(false);
  });

});

describe('user overrides', () => {
  const catalogue = builtCatalogue();
  const nike = brandNamed(catalogue, 'Nike');
  const subway = brandNamed(catalogue, 'Subway');

  it('ships the dictionary of words five letters or longer, lower case, once each and sorted', () => {
    const file = buildCatalogue({ ...syntheticSources(), dictionary: dictionaryFromSubtlex([{ word: 'space', count: 3369 }, { word: 'America', count: 9000 }, { word: 'force', count: 3604 }, { word: 'gap', count: 900 }, { word: 'zzzzzz', count: 3 }, { word: "don't", count: 9999 }, { word: 'Space', count: 40 }]) }).file;
    expect(parseCatalogue(JSON.parse(JSON.stringify(file))).words).toEqual(['america', 'force', 'space']);
  });

  it('hides brands and moves others to the categories the user chose', () => {
    const brands = applyUserOverrides(catalogue, {
      hidden: [subway.id],
      moved: { [nike.id]: ['Jewellery', 'Sportswear gear', 'clothes'] },
    });
    expect(brands.find((brand) => brand.id === subway.id)).toBeUndefined();
    expect(brands.find((brand) => brand.id === nike.id)?.categories).toEqual(['jewelry', 'sportswear-gear', 'clothes']);
    expect(brands).toHaveLength(catalogue.brands.length - 1);
  });

  it('counts categories after the user’s changes, listing the user’s own categories too', () => {
    const brands = applyUserOverrides(catalogue, { hidden: [], moved: { [nike.id]: ['Sportswear gear'], [subway.id]: ['jewellery'] } });
    const counts = Object.fromEntries(categoriesWithCounts(brands, catalogue).map((category) => [category.id, category.count]));
    expect(counts).toMatchObject({ clothes: 2, 'fast-food': 2, jewelry: 2, 'sportswear-gear': 1 });
    const listed = categoriesWithCounts(brands, catalogue).find((category) => category.id === 'sportswear-gear');
    expect(listed?.label).toBe('Sportswear gear');
  });

  it('ignores ids the catalogue no longer has and leaves the catalogue unchanged', () => {
    const brands = applyUserOverrides(catalogue, { hidden: ['nsi:Q1'], moved: { 'nsi:Q2': ['clothes'] } });
    expect(brands).toEqual(catalogue.brands);
    applyUserOverrides(catalogue, { hidden: [], moved: { [nike.id]: ['jewelry'] } });
    expect(brandNamed(catalogue, 'Nike').categories).toEqual(['clothes']);
  });
});

describe('broken catalogue files', () => {
  const good = () => JSON.parse(JSON.stringify(buildCatalogue(syntheticSources()).file)) as Record<string, unknown>;

  it('rejects something that is not a catalogue', () => {
    expect(() => parseCatalogue({ brands: [] })).toThrow(CatalogueFormatError);
    expect(() => parseCatalogue('<html>404</html>')).toThrow(/brand catalogue is broken/);
  });

  it('names the field that is wrong', () => {
    const file = good();
    (file.brands as Record<string, unknown>[])[0]!.name = '';
    expect(() => parseCatalogue(file)).toThrow(/brands\.0\.name/);
  });

  it('rejects a brand in a category the file does not list', () => {
    const file = good();
    (file.brands as Record<string, unknown>[])[1]!.categories = ['spaceships'];
    expect(() => parseCatalogue(file)).toThrow(/brands\.1\.categories: unknown category "spaceships"/);
  });

  it('rejects a dictionary word that is not a lower-case word', () => {
    expect(() => parseCatalogue({ ...good(), words: ['space', 'Force'] })).toThrow(/words\.1: must be a lower-case word/);
  });

  it('asks for a rebuild when the file comes from another format version', () => {
    expect(() => parseCatalogue({ ...good(), version: 99 })).toThrow(/npm run build:catalogue/);
  });

  it('tells the command line how to build a missing file', () => {
    expect(() => loadCatalogueFile('/nonexistent/brand-catalogue.json')).toThrow(/not found \(build it with npm run build:catalogue\)/);
  });
});

const REAL_FILE = join(import.meta.dirname, '../../public/brand-catalogue.json');
const realFileMissing = !existsSync(REAL_FILE);

describe('the generated catalogue (public/brand-catalogue.json)', () => {
  it.skipIf(realFileMissing)(
    realFileMissing ? 'SKIPPED: public/brand-catalogue.json is not built (npm run build:catalogue)' : 'reads the sponsors it lists in captions, and no phrase, first name or slang word as one',
    () => {
      const catalogue = loadCatalogueFile(REAL_FILE);
      const index = compileIndex({ version: 1, brands: [], creators: [], contracts: [] }, { catalogue: catalogue.brands, words: catalogue.words });
      const names = (text: string) => analysePost(snapshot(text, { authors: ['nobody'] }), index, NOW).brands.map((b) => b.name);
      expect(['Paid partnership with Myprotein', 'Thanks @loreal and Clarins for sponsoring', 'My new Miu Miu bag #ad'].map(names)).toEqual([
        ['Myprotein'], ["L'Oréal Paris", 'Clarins'], ['Miu Miu'],
      ]);
      expect(names('Phase one of the project is done, who what wear today? Nerf this weapon. Paige and Chantelle went to Asolo. A New Era begins')).toEqual([]);
    },
  );

  it.skipIf(realFileMissing)(
    realFileMissing ? 'SKIPPED: public/brand-catalogue.json is not built (npm run build:catalogue)' : 'loads and finds well-known brands',
    () => {
      const catalogue = loadCatalogueFile(REAL_FILE);
      expect(catalogue.brands.length).toBeGreaterThan(10_000);
      const nike = catalogue.brands.find((brand) => brand.id === 'nsi:Q483915');
      expect(nike?.handles.instagram).toContain('nike');
      expect(nike?.domains).toContain('nike.com');
      expect(nike?.commonWord ?? false).toBe(false);
      const gaps = catalogue.brands.filter((brand) => brand.name === 'Gap');
      expect(gaps.length).toBeGreaterThanOrEqual(2);
      expect(gaps.every((brand) => brand.commonWord)).toBe(true);
      // A department store named after a city needs evidence of the brand sense: "#Paris" is the city.
      expect(catalogue.brands.filter((brand) => brand.name === 'París').every((brand) => brand.commonWord)).toBe(true);
      // Names of frequent words are everyday phrases ("the next level"); one rarer word makes a name.
      const flag = (name: string) => catalogue.brands.filter((brand) => brand.name === name).map((brand) => brand.commonWord ?? false);
      expect(['Next Level', 'Best Friends', 'Good Times', 'Taco Bell', 'Happy Socks', 'Burger King'].map(flag)).toEqual([[true], [true], [true], [false], [false], [false]]);
      // Unless the brand is known by the phrase: an account under it (@oldnavy, @bathandbodyworks), or a sponsor of videos.
      expect(['Old Navy', 'Bath & Body Works', 'The North Face', 'Red Bull'].map(flag)).toEqual([[false], [false], [false], [false]]);
      // A sponsor read of a VPN is a VPN under a clause over "vpn", whichever dataset the brand came from.
      const categoriesOf = (name: string) => catalogue.brands.filter((brand) => brand.name === name).map((brand) => brand.categories);
      expect(['ExpressVPN', 'Proton VPN', 'CyberGhost', 'Mullvad'].map(categoriesOf)).toEqual([[['vpn']], [['vpn']], [['vpn']], [['vpn']]]);
      // Brands sold online first, which no shop dataset lists.
      expect(['Glossier', 'Gymshark', 'Fenty Beauty'].map(categoriesOf)).toEqual([[['cosmetics']], [['clothes']], [['cosmetics']]]);
      // The consumer brands creators are paid by most: a "skincare", "beer" or "soft drinks" clause sees them,
      // Coca-Cola too, which the map knows only as a vending machine; their ordinary-word names still need evidence.
      expect(['Clinique', 'La Roche-Posay', 'Heineken', 'Canon'].map(categoriesOf)).toEqual([[['cosmetics']], [['cosmetics']], [['alcohol']], [['camera']]]);
      expect(categoriesOf('Coca-Cola')).toEqual([['vending-machine', 'beverages']]);
      expect(['Dove', 'Canon', 'Clinique'].map(flag)).toEqual([[true], [true], [false]]);
      // Phones, consoles and computers by the words clauses use ("smartphones", "consoles").
      expect(['Samsung', 'Microsoft', 'Xbox', 'Nintendo'].map(categoriesOf)).toEqual([[['electronics', 'mobile-phone']], [['electronics']], [['video-games']], [['video-games']]]);
      expect([resolveCategory('smartphones', catalogue), resolveCategory('consoles', catalogue)]).toEqual(['mobile-phone', 'video-games']);
      // Fashion houses, beauty boxes, drinks, food, media and airlines that sponsored posts credit, by the words clauses use.
      expect(['Dior', 'ASOS', 'Clarins', 'Boxycharm', 'Bud Light', 'Heinz', 'ESPN', 'Cathay Pacific'].map(categoriesOf)).toEqual([
        [['clothes']], [['clothes']], [['cosmetics']], [['cosmetics']], [['alcohol']], [['food']], [['media']], [['airline']],
      ]);
      expect([resolveCategory('airlines', catalogue), resolveCategory('Food', catalogue), resolveCategory('media', catalogue)]).toEqual(['airline', 'food', 'media']);
      expect(['Myprotein', 'Michelin', 'Pampers', 'Selfridges', 'Nescafé'].map(categoriesOf)).toEqual([[['nutrition-supplements']], [['tyres']], [['baby-goods']], [['department-store']], [['beverages']]]);
      // Nor is an ordinary word kept as the one-word alias of such a name ("Well" of Well Pharmacy).
      const phraseAliases = catalogue.brands.filter((brand) => brand.commonWord && /\s/.test(brand.name)).flatMap((brand) => brand.aliases);
      expect(phraseAliases.filter((alias) => /^(well|bright|dollar|century|access|total)$/i.test(alias))).toEqual([]);
      expect(catalogue.words).toEqual(expect.arrayContaining(['space', 'force', 'dominoes']));
      expect(resolveCategory('Jewellery', catalogue)).toBe('jewelry');
      expect(resolveCategory('amenity=fast_food', catalogue)).toBe('fast-food');
      expect([resolveCategory('VPNs', catalogue), resolveCategory('Meal kits', catalogue)]).toEqual(['vpn', 'meal-kit']);
      expect(catalogue.categories.find((category) => category.id === 'vpn')?.label).toBe('VPN');
      const fastFood = catalogue.brands.filter((brand) => brand.categories.includes('fast-food'));
      expect(fastFood.map((brand) => brand.name)).toEqual(expect.arrayContaining(["McDonald's", 'Burger King', 'KFC']));
      expect(catalogue.categories.find((category) => category.id === 'fast-food')?.count).toBe(fastFood.length);
      // A synonym that were also a real category id would send that category's clauses elsewhere.
      const ids = new Set(catalogue.categories.map((category) => category.id));
      expect(Object.keys(CATEGORY_SYNONYMS).filter((word) => ids.has(word))).toEqual([]);
      expect(Object.values(CATEGORY_SYNONYMS).filter((target) => !ids.has(target))).toEqual([]);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { analysePost, compileIndex, type IndexBrand } from '@/lib/engine';
import { DATA, NOW, snapshot } from '../evaluate/fixtures';

const catalogue: IndexBrand[] = [
  { id: 'nsi:Q1', name: 'Target', aliases: [], handles: { instagram: ['target'] }, domains: ['target.com'], categories: ['department-store'], source: 'catalogue', commonWord: true },
  { id: 'nsi:Q2', name: 'Gap', aliases: [], handles: {}, domains: ['gap.com'], categories: ['clothes'], source: 'catalogue', commonWord: true },
  { id: 'nsi:Q3', name: 'Sephora', aliases: [], handles: { instagram: ['sephora'] }, domains: ['sephora.com'], categories: ['cosmetics'], source: 'catalogue' },
  { id: 'nsi:Q4', name: 'Burger King', aliases: [], handles: { instagram: ['burgerking'] }, domains: ['bk.com'], categories: ['fast-food'], source: 'catalogue' },
  { id: 'nsi:Q5', name: 'Gymshark', aliases: [], handles: {}, domains: [], categories: ['sportswear'], source: 'catalogue' },
];
const index = compileIndex(DATA, { catalogue });
/** The brand mentions `idx` reads in `text`, posted by someone under no contract. */
const mentionsOf = (idx: typeof index, text: string) => analysePost(snapshot(text, { authors: ['nobody'] }), idx, NOW).brands;
const brandsIn = (text: string, extra = {}) =>
  analysePost(snapshot(text, { authors: ['nobody'], ...extra }), index, NOW).brands.map((b) => [b.brandId, b.via]);
/** Brand, way and the exact text each mention highlights. */
const spansIn = (text: string) => mentionsOf(index, text).map((b) => [b.brandId, b.via, text.slice(b.start, b.end)]);

describe('brand mentions', () => {
  it('matches handles, hashtags, names and domains with offsets into the text', () => {
    expect(spansIn('Lunch at Burger King with @kfc_es #nike https://www.adidas.com/shoes')).toEqual([
      ['burger-king', 'name', 'Burger King'],
      ['kfc', 'handle', '@kfc_es'],
      ['nike', 'hashtag', '#nike'],
      ['adidas', 'domain', 'https://www.adidas.com/shoes'],
    ]);
  });

  it('reads names and tags next to emoji with variation selectors or joiners, and highlights exactly them', () => {
    expect(spansIn('Love it ❤️Burger King ❤️ and 👨‍👩‍👧#nike')).toEqual([
      ['burger-king', 'name', 'Burger King'],
      ['nike', 'hashtag', '#nike'],
    ]);
    // Inside a word the selector is an evasion, and the word still reads whole.
    expect(spansIn('Burger Ki\uFE0Fng')).toEqual([['burger-king', 'name', 'Burger Ki\uFE0Fng']]);
  });

  it('user brands win over catalogue brands on the same name, handle or domain', () => {
    expect(brandsIn('Burger King @burgerking bk.com')).toEqual([
      ['burger-king', 'name'], ['burger-king', 'handle'], ['burger-king', 'domain'],
    ]);
  });

  it('matches brand-prefixed hashtags but not ordinary compounds of common-word brands', () => {
    expect(brandsIn('#nikerunning #sephorasquad')).toEqual([['nike', 'hashtag'], ['nsi:Q3', 'hashtag']]);
    expect(brandsIn('#gapyear #applepie #targetpractice')).toEqual([]);
    expect(brandsIn('#targetpartner')).toEqual([['nsi:Q1', 'hashtag']]);
  });

  it("reads a handle that starts with a brand's name as the brand's only when it reads as one of its accounts", () => {
    // People's handles start with brand names too; a brand's other accounts add a separator or a word.
    expect(brandsIn('Shoot with @nikeshagupta today')).toEqual([]);
    expect(brandsIn('Thanks @nike_es and @nike.japan')).toEqual([['nike', 'handle'], ['nike', 'handle']]);
    expect(brandsIn('Thanks @nikerunning')).toEqual([['nike', 'handle']]);
    // Hashtags name campaigns and ranges, whatever follows the name.
    expect(brandsIn('#nikeshagupta')).toEqual([['nike', 'hashtag']]);
  });

  it('needs evidence of the brand sense for common-word names', () => {
    expect(brandsIn('An apple a day, aim at the target, mind the gap')).toEqual([]);
    expect(brandsIn('My new Apple Watch')).toEqual([['apple', 'name']]);
    expect(brandsIn('Haul from Target today @target')).toEqual([['nsi:Q1', 'name'], ['nsi:Q1', 'handle']]);
  });

  it('reads a short common-word name by the evidence of the brand sense, not by its capitals', () => {
    expect(brandsIn('Gap jeans on sale')).toEqual([['nsi:Q2', 'name']]);
    expect(brandsIn('Got this at Gap')).toEqual([['nsi:Q2', 'name']]);
    expect(brandsIn('Mind the gap, it is a big Gap')).toEqual([]);
  });

  it('reads a country code after a common-word name as the brand sense only in capitals', () => {
    expect(brandsIn('Prices at apple US are higher')).toEqual([['apple', 'name']]);
    expect(brandsIn('an apple, it is')).toEqual([]);
    expect(brandsIn('Mind the gap, it is wide')).toEqual([]);
  });

  it('reads a product word as the brand sense only in the same phrase as the name', () => {
    expect(brandsIn('My new Apple Watch')).toEqual([['apple', 'name']]);
    expect(brandsIn('I ate an apple. Watch this')).toEqual([]);
    expect(brandsIn('an apple, links below')).toEqual([]);
  });

  it('reads a model number as the brand sense only right after the name ("Apple 15", not "apple, 15 of them")', () => {
    expect(brandsIn('Saving for the apple 15 pro')).toEqual([['apple', 'name']]);
    expect(brandsIn('I ate an apple, 15 of them')).toEqual([]);
    // Nor after a word English numbers: "Top 10" is a list, not a model of the brand "Top".
    const top = compileIndex(DATA, { catalogue: [{ id: 'nsi:Q13', name: 'Top', aliases: [], handles: {}, domains: [], categories: ['clothes'], parentId: null, source: 'catalogue', commonWord: true }] });
    const found = (text: string) => mentionsOf(top, text).map((b) => b.brandId);
    expect(found('Top 10 tips for better sleep')).toEqual([]);
    expect(found('Day 3 of my challenge, Top 5 moments')).toEqual([]);
    // A share is no model either ("Save 10%").
    expect(brandsIn('Saving for the apple 15% of my budget')).toEqual([]);
  });

  it('does not read an article and a common-word name as a name of its own ("the gap")', () => {
    const withArticle = compileIndex(DATA, { catalogue: [{ ...catalogue[1]!, aliases: ['the gap', 'Gap Kids'] }] });
    const found = (text: string) => mentionsOf(withArticle, text).map((b) => [b.brandId, b.text]);
    expect(found('The gap between us')).toEqual([]);
    expect(found('The GAP between us')).toEqual([]);
    expect(found('New Gap Kids collection')).toEqual([['nsi:Q2', 'Gap Kids']]);
  });

  it('reads a common-word brand before its product ("Always pads")', () => {
    const always = compileIndex({ ...DATA, brands: [...DATA.brands, { id: 'always', name: 'Always', aliases: [], handles: {}, domains: [], categories: ['personal-care'], parentId: null }] });
    const found = (text: string) => mentionsOf(always, text).map((b) => b.brandId);
    expect(found('Always pads sent me these #gifted')).toEqual(['always']);
    expect(found('Always happy, always smiling #gifted')).toEqual([]);
  });

  it('reads a name with a possessive, highlighting the name without it', () => {
    expect(spansIn("Nike's new drop")).toEqual([['nike', 'name', 'Nike']]);
    expect(spansIn('Nike’s new drop')).toEqual([['nike', 'name', 'Nike']]);
    expect(spansIn('Burger King’s new menu')).toEqual([['burger-king', 'name', 'Burger King']]);
    // The possessive ends the name: no longer name goes on past it (a slip, at most).
    expect(spansIn("Burger's King").filter(([, via]) => via === 'name')).toEqual([]);
  });

  it('reads a name with a case ending after an apostrophe (Turkish, Polish, Finnish), not an English contraction', () => {
    expect(spansIn("Nike'ın yeni ayakkabıları")).toEqual([['nike', 'name', 'Nike']]);
    expect(spansIn("Współpraca z Adidas'em")).toEqual([['adidas', 'name', 'Adidas']]);
    expect(spansIn("Burger King'den aldım")).toEqual([['burger-king', 'name', 'Burger King']]);
    expect(spansIn("Bu hafta Sephora'da indirim var")).toEqual([['nsi:Q3', 'name', 'Sephora']]);
    expect(spansIn("I don't know, we'll see, they're on it")).toEqual([]);
  });

  it("reads the user's own one-word brand with a case ending glued on, highlighting the whole word", () => {
    expect(spansIn('Uudet Niken kengät #mainos')).toEqual([['nike', 'name', 'Niken']]);
    expect(spansIn('Współpraca reklamowa z Adidasem')).toEqual([['adidas', 'name', 'Adidasem']]);
    expect(spansIn('Die neuen Nikes sind da')).toEqual([['nike', 'name', 'Nikes']]);
    expect(spansIn('Telepizzan uusi pizza')).toEqual([['telepizza', 'name', 'Telepizzan']]);
    // Finnish grades a name in a vowel and "s" to "-kse-": Adidaksen, Adidaksella, Adidakseen; the partitive keeps it.
    expect(['Yhteistyössä Adidaksen kanssa', 'Uutta Adidaksella', 'Matka Adidakseen', 'Kengät Adidaksesta', 'Paljon Adidasta'].map(spansIn)).toEqual([
      [['adidas', 'name', 'Adidaksen']], [['adidas', 'name', 'Adidaksella']], [['adidas', 'name', 'Adidakseen']], [['adidas', 'name', 'Adidaksesta']], [['adidas', 'name', 'Adidasta']],
    ]);
    expect(spansIn('Kaksen Taksella Niksen')).toEqual([]);
    // Not a catalogue brand (across 18,000 names a glued ending reads as some other word), not a brand named
    // with an ordinary word ("Apples", "Targets"), not a name shorter than four letters, not a word in lower case.
    expect(spansIn('Sephoran uudet tuotteet')).toEqual([]);
    expect(spansIn('Apples and more Apples')).toEqual([]);
    expect(spansIn('Nikeen and nikes')).toEqual([['nike', 'name', 'Nikeen']]);
    // Nor a name that is a word of the dictionary: "Lemons" are fruit, whoever sells clothes as Lemon.
    const lemon = { id: 'lemon', name: 'Lemon', aliases: [], handles: {}, domains: [], categories: ['clothes'], parentId: null };
    const withLemon = compileIndex({ ...DATA, brands: [...DATA.brands, lemon] }, { catalogue, words: ['lemon', 'lemonade'] });
    const found = (text: string) => mentionsOf(withLemon, text).map((b) => [b.brandId, b.text]);
    expect(found('Lemons are in season')).toEqual([]);
    expect(found('Lemonin uusi mallisto')).toEqual([]);
    expect(found('Nowa kolekcja od Lemon')).toEqual([['lemon', 'Lemon']]);
  });

  it("reads the user's common-word brand's hashtag as the brand in a sponsored post; a catalogue one needs more", () => {
    expect(brandsIn('Orchard day #apple')).toEqual([]);
    expect(brandsIn('New phone day #apple #ad')).toEqual([['apple', 'hashtag']]);
    // Across the whole catalogue a hashtag in a sponsored post names some brand by chance ("#honey #ad").
    expect(brandsIn('Back to school #target #ad')).toEqual([]);
    expect(brandsIn('New in #gapfashion')).toEqual([['nsi:Q2', 'hashtag']]);
    expect(brandsIn('Autumn #gapyear #ad')).toEqual([]);
  });

  it("reads a capitalised common word in a sponsored post as the user's brand, never as a catalogue one by that alone", () => {
    expect(brandsIn('Loving my new Apple gear today #ad')).toEqual([['apple', 'name']]);
    expect(brandsIn('Loving my new Target finds today #ad')).toEqual([]);
  });

  it('short aliases count only in capitals', () => {
    expect(brandsIn('BK tonight')).toEqual([['burger-king', 'name']]);
    expect(brandsIn('bk tonight')).toEqual([]);
  });

  it('finds misspellings of the user\'s brands through the fuzzy shortlist, with low confidence', () => {
    const withUserBrand = compileIndex({ ...DATA, brands: [...DATA.brands, { id: 'gymshark', name: 'Gymshark', aliases: [], handles: {}, domains: [], categories: [], parentId: null }] });
    const r = analysePost(snapshot('Leggings from Gymshrak are great', { authors: ['nobody'] }), withUserBrand, NOW);
    expect(r.brands).toHaveLength(1);
    expect(r.brands[0]).toMatchObject({ brandId: 'gymshark', via: 'fuzzy', text: 'Gymshrak' });
    expect(r.brands[0]!.confidence).toBeLessThan(0.7);
  });

  it('finds a slip in either word of a two-word name, and the glued name misspelt as a hashtag', () => {
    const fuzzy = (text: string) => mentionsOf(index, text).filter((b) => b.via === 'fuzzy').map((b) => [b.brandId, b.text]);
    expect(fuzzy('We went to Burgr King after the gym')).toEqual([['burger-king', 'Burgr King']]);
    expect(fuzzy('We went to Burger Kng after the gym')).toEqual([['burger-king', 'Burger Kng']]);
    expect(fuzzy('Late night #burgerkin run')).toEqual([['burger-king', '#burgerkin']]);
    // Two ordinary capitalised words next to each other are not a misspelt name; a name is written as one.
    expect(fuzzy('We went to Berlin Kings Cross after the gym')).toEqual([]);
    expect(fuzzy('We went to Burgr king after the gym')).toEqual([]);
  });

  it('warns, not flags, when a competitor is only found through a misspelling', () => {
    const r = analysePost(snapshot('Probando la nueva Burgr King #ad', { authors: ['illojuan'] }), index, NOW);
    expect(r.verdicts.map((v) => [v.level, v.brandId, v.rule.split(':')[0]])).toEqual([['warning', 'burger-king', 'competitor-fuzzy']]);
  });

  it('reads no English word as a misspelt brand, given the dictionary, yet still finds slips that are no word', () => {
    const withWords = compileIndex(DATA, { catalogue, words: ['dominoes', 'burgers'] });
    const found = (text: string) => mentionsOf(withWords, text).map((b) => [b.brandId, b.via]);
    expect(brandsIn('After lunch we played Dominoes all night')).toEqual([['dominos', 'fuzzy']]);
    expect(found('After lunch we played Dominoes all night')).toEqual([]);
    expect(found('After lunch we ordered Dominoz again')).toEqual([['dominos', 'fuzzy']]);
    // A word of a two-word name may be a word ("Burgers"): the pair is still read as a slip.
    expect(found('Dinner at Burgers King')).toEqual([['burger-king', 'fuzzy']]);
  });

  it('does not look for misspellings of catalogue brands (every word is one letter from some brand)', () => {
    expect(brandsIn('Leggings from Gymshrak are great')).toEqual([]);
  });

  it('reads a catalogue name of everyday words ("Best Friends", "Next Level") only where it is written as a name', () => {
    const phrases: IndexBrand[] = [
      { id: 'nsi:Q7', name: 'Best Friends', aliases: [], handles: {}, domains: [], categories: ['pet'], parentId: null, source: 'catalogue', commonWord: true },
      { id: 'nsi:Q8', name: 'Next Level', aliases: [], handles: {}, domains: [], categories: ['clothes'], parentId: null, source: 'catalogue', commonWord: true },
      { id: 'nsi:Q9', name: 'Taco Bell', aliases: [], handles: {}, domains: [], categories: ['fast-food'], parentId: null, source: 'catalogue' },
    ];
    const idx = compileIndex(DATA, { catalogue: [...catalogue, ...phrases] });
    const spans = (text: string) => mentionsOf(idx, text).map((b) => [b.brandId, b.via, text.slice(b.start, b.end)]);
    expect(spans('taking it to the next level with my best friends')).toEqual([]);
    expect(spans('Best friends forever, next level vibes')).toEqual([]);
    expect(spans('Summer with my bestfriends #bestfriends #nextlevel #ad')).toEqual([]);
    // In a Title Case line every word has a capital.
    expect(spans('Taking It To The Next Level With My Best Friends')).toEqual([]);
    expect(spans('Sponsored: Best Friends Day Out')).toEqual([]);
    expect(spans('Got the new harness at Best Friends today')).toEqual([['nsi:Q7', 'name', 'Best Friends']]);
    expect(spans('RT: Next Level tees are back')).toEqual([['nsi:Q8', 'name', 'Next Level']]);
    // Written as a name, the brand's hashtag counts too; a handle names its account.
    expect(spans('Got the new harness at Best Friends #bestfriends')).toEqual([['nsi:Q7', 'name', 'Best Friends'], ['nsi:Q7', 'hashtag', '#bestfriends']]);
    expect(spans('thanks @bestfriends')).toEqual([['nsi:Q7', 'handle', '@bestfriends']]);
    // A name with a rarer word is a name whatever the case ("taco" is no everyday word).
    expect(spans('late night taco bell run #tacobell')).toEqual([['nsi:Q9', 'name', 'taco bell'], ['nsi:Q9', 'hashtag', '#tacobell']]);
  });

  it('reads no brand in a hashtag that starts with a longer word than its name ("#happyhour" is not "Happ")', () => {
    const happ: IndexBrand = { id: 'nsi:Q10', name: 'Bäckerei Happ', aliases: ['happ'], handles: {}, domains: [], categories: ['bakery'], parentId: null, source: 'catalogue' };
    const withWords = compileIndex(DATA, { catalogue: [...catalogue, happ], words: ['happy', 'happen'] });
    const without = compileIndex(DATA, { catalogue: [...catalogue, happ] });
    const tags = (idx: typeof index, text: string) => mentionsOf(idx, text).map((b) => [b.brandId, b.text]);
    expect(tags(without, '#happyhour')).toEqual([['nsi:Q10', '#happyhour']]);
    expect(tags(withWords, '#happyhour #HappyNewYear #happening')).toEqual([]);
    expect(tags(withWords, '#happbakery')).toEqual([['nsi:Q10', '#happbakery']]);
    expect(tags(withWords, '#sephorahaul')).toEqual([['nsi:Q3', '#sephorahaul']]);
  });

  it('reads a common-word brand of the user written in capitals alone ("PUMA Velocity") as its logo, in a commercial post', () => {
    expect(spansIn('APPLE Vision Pro unboxing #gifted')).toEqual([['apple', 'name', 'APPLE']]);
    expect(spansIn('Unboxing the new APPLE Vision Pro #gifted')).toEqual([['apple', 'name', 'APPLE']]);
    // A line of shouting says nothing; nor do capitals outside a commercial post.
    expect(spansIn('BEST APPLE PIE EVER #gifted')).toEqual([]);
    expect(spansIn('APPLE Vision Pro unboxing')).toEqual([]);
  });

  it('reads the longest name at a word, not another brand named by its first word ("Just Eat" is not "Just")', () => {
    const idx = compileIndex(DATA, {
      catalogue: [
        ...catalogue,
        { id: 'nsi:Q11', name: 'Just', aliases: [], handles: {}, domains: [], categories: ['clothes'], parentId: null, source: 'catalogue' },
        { id: 'nsi:Q12', name: 'Just Eat', aliases: [], handles: {}, domains: [], categories: ['food-delivery'], parentId: null, source: 'catalogue' },
      ],
    });
    const names = (text: string) => mentionsOf(idx, text).map((b) => [b.brandId, b.text]);
    expect(names('Ordered dinner from Just Eat tonight')).toEqual([['nsi:Q12', 'Just Eat']]);
    expect(names('New jeans from Just today')).toEqual([['nsi:Q11', 'Just']]);
  });

  it("keeps the user's own brand under a longer catalogue name it starts: the catalogue cannot say it is that brand's product", () => {
    const idx = compileIndex(DATA, {
      catalogue: [
        ...catalogue,
        { id: 'cl:nikefactorystore', name: 'Nike Factory Store', aliases: [], handles: {}, domains: [], categories: ['shoes'], parentId: null, source: 'catalogue' },
        { id: 'cl:burgerkingfoods', name: 'Burger King Foods', aliases: [], handles: {}, domains: [], categories: ['supermarket'], parentId: null, source: 'catalogue' },
      ],
    });
    const names = (text: string) => mentionsOf(idx, text).map((b) => [b.brandId, b.text]);
    expect(names('Haul from the Nike Factory Store')).toEqual([['cl:nikefactorystore', 'Nike Factory Store'], ['nike', 'Nike']]);
    expect(names('Burger King Foods in my fridge')).toEqual([['cl:burgerkingfoods', 'Burger King Foods'], ['burger-king', 'Burger King']]);
  });

  it('reads the catalogue brand a name means: not a namesake flagged common for it, and the partner after "with" in a sponsored post', () => {
    const idx = compileIndex(DATA, {
      catalogue: [
        { id: 'nsi:Q14', name: 'Zaro', aliases: [], handles: {}, domains: [], categories: ['clothes'], parentId: null, source: 'catalogue' },
        { id: 'nsi:Q15', name: 'Zaró', aliases: [], handles: {}, domains: [], categories: ['bookmaker'], parentId: null, source: 'catalogue', commonWord: true },
      ],
    });
    const names = (text: string) => mentionsOf(idx, text).map((b) => [b.brandId, b.text]);
    expect(names('I love my zaro shoes')).toEqual([['nsi:Q14', 'zaro']]);
    expect(names('Paid partnership with zaro')).toEqual([['nsi:Q14', 'zaro']]);
    expect(names('in collab with zaro #ad')).toEqual([['nsi:Q14', 'zaro']]);
    // Not outside a sponsored post, nor an ordinary word after "with".
    expect(names('out with zaro today')).toEqual([]);
  });

  it('reads the shop inside an affiliate network\'s link as a domain mention, over the link', () => {
    const text = 'Get it here: https://go.skimresources.com/?id=123X&url=https%3A%2F%2Fwww.sephora.com%2Fp%2F1 #ad';
    expect(spansIn(text)).toEqual([['nsi:Q3', 'domain', 'https://go.skimresources.com/?id=123X&url=https%3A%2F%2Fwww.sephora.com%2Fp%2F1']]);
    expect(spansIn('Get it here: https://go.skimresources.com/?id=123X #ad')).toEqual([]);
  });

  it('reads the name a disclosure credits as the sponsor, even a common word ("sponsored by Target")', () => {
    expect(spansIn('This video is sponsored by Target')).toEqual([['nsi:Q1', 'name', 'Target']]);
    expect(spansIn('In collaboration with: Gap #ad')).toEqual([['nsi:Q2', 'name', 'Gap']]);
    // Not a name further on, nor one the disclosure does not credit.
    expect(spansIn('Sponsored by my mom, we went to the target practice')).toEqual([]);
    expect(spansIn('#ad Target practice today')).toEqual([]);
    // A label a colon or a bar ties to a name credits it too, but not a common word: a title may follow.
    expect(spansIn('01:12 Sponsor: Sephora')).toEqual([['nsi:Q3', 'name', 'Sephora']]);
    expect(spansIn('Anzeige | Target Practice Vlog')).toEqual([]);
    expect(spansIn('Ad: gap year memories')).toEqual([]);
    // A short name, which otherwise counts only in capitals ("BK"), counts written as a name when credited.
    expect(spansIn('Paid partnership with Bk')).toEqual([['burger-king', 'name', 'Bk']]);
    expect(spansIn('Paid partnership with bk')).toEqual([]);
    expect(spansIn('Dinner at Bk tonight')).toEqual([]);
  });

  it('reads an account named like a common-word brand, tagged in a sponsored post, as the brand, unless anyone could have that name', () => {
    const glossier: IndexBrand = { id: 'cl:glossier', name: 'Glossier', aliases: [], handles: {}, domains: [], categories: ['cosmetics'], parentId: null, source: 'catalogue', commonWord: true };
    const style: IndexBrand = { id: 'nsi:Q16', name: 'Style', aliases: [], handles: {}, domains: [], categories: ['clothes'], parentId: null, source: 'catalogue', commonWord: true };
    const idx = compileIndex(DATA, { catalogue: [...catalogue, glossier, style], words: ['style', 'beauty'] });
    const found = (text: string) => mentionsOf(idx, text).map((b) => [b.brandId, b.via, b.text]);
    expect(found('Morning routine with @glossier #sponsored')).toEqual([['cl:glossier', 'handle', '@glossier']]);
    expect(found('Morning routine with @glossier')).toEqual([]);
    // A dictionary word or a short name: "@style", "@gap" may be anyone's account.
    expect(found('Thanks @style and @gap #ad')).toEqual([]);
  });

  it('reads a brand named like a domain ("Booking.com") where the caption writes the name, which reads as a link', () => {
    const idx = compileIndex(DATA, { catalogue: [{ id: 'si:bookingdotcom', name: 'Booking.com', aliases: [], handles: {}, domains: [], categories: [], parentId: null, source: 'catalogue' }] });
    const found = (text: string) => mentionsOf(idx, text).map((b) => [b.brandId, b.via, b.text]);
    expect(found('Paid partnership with Booking.com')).toEqual([['si:bookingdotcom', 'domain', 'Booking.com']]);
    expect(found('Found it on https://www.booking.com/hotel/es/x.html')).toEqual([['si:bookingdotcom', 'domain', 'https://www.booking.com/hotel/es/x.html']]);
  });

  it('reads a link by its registrable domain and by its host, by the brand of its own host first, and one domain several brands list as the brand named like it', () => {
    const brand = (id: string, name: string, domains: string[]): IndexBrand => ({ id, name, aliases: [], handles: {}, domains, categories: [], parentId: null, source: 'catalogue' });
    const idx = compileIndex(DATA, {
      catalogue: [
        brand('q:amazon', 'Amazon', ['amazon.com', 'amazon.co.uk']),
        brand('q:fresh', 'Amazon Fresh', ['amazon.com', 'fresh.amazon.com']),
        brand('q:store', 'Google Store', ['https://store.google.com/']),
        brand('q:brandlong', 'A Long Domain Brand', ['averyveryverylongbrandname.co.uk']),
      ],
    });
    const found = (text: string) => mentionsOf(idx, text).map((b) => [b.brandId, b.via]);
    expect(found('Deal https://www.amazon.com/dp/B0 today')).toEqual([['q:amazon', 'domain']]);
    expect(found('Deal https://smile.amazon.co.uk/dp/B0 today')).toEqual([['q:amazon', 'domain']]);
    expect(found('Groceries https://fresh.amazon.com/basket')).toEqual([['q:fresh', 'domain']]);
    expect(found('New phone https://store.google.com/pixel')).toEqual([['q:store', 'domain']]);
    expect(found('Nothing at https://www.google.com/search')).toEqual([]);
    expect(found('See https://shop.averyveryverylongbrandname.co.uk/x')).toEqual([['q:brandlong', 'domain']]);
  });

  it('reads one-word catalogue names only where they read as names', () => {
    const idx = compileIndex(DATA, { catalogue: [...catalogue, { id: 'nsi:Q6', name: 'Code', aliases: [], handles: {}, domains: [], categories: ['shop'], parentId: null, source: 'catalogue' }] });
    const names = (text: string) => mentionsOf(idx, text).map((b) => b.brandId);
    expect(names('Use Code QJB For 10% Off')).toEqual([]);
    expect(names('Code is poetry')).toEqual([]);
    expect(names('My new leggings from Gymshark today')).toEqual(['nsi:Q5']);
    expect(names('loving my gymshark set')).toEqual(['nsi:Q5']);
  });

  it('ignores catalogue entries for the platforms themselves', () => {
    const idx = compileIndex(DATA, { catalogue: [{ id: 'nsi:Q7', name: 'Instagram', aliases: [], handles: {}, domains: ['instagram.com'], categories: ['social'], parentId: null, source: 'catalogue' }] });
    expect(analysePost(snapshot('Follow me on Instagram https://instagram.com/me', { authors: ['nobody'] }), idx, NOW).brands).toEqual([]);
  });

  it('reads the page mentions, hashtags, links and label partner too', () => {
    expect(brandsIn('caption', { mentions: ['Adidas'], hashtags: ['kfc'], links: ['https://amzn.to/x'], label: { kind: 'paid-partnership', text: 'Paid partnership', partner: 'burgerking_es' } })).toEqual([
      ['burger-king', 'label'], ['adidas', 'handle'], ['kfc', 'hashtag'],
    ]);
  });

  it('reads a label partner written as a display name with a regional suffix', () => {
    expect(brandsIn('caption', { label: { kind: 'paid-partnership', text: 'Paid partnership with Burger King España', partner: 'Burger King España' } })).toEqual([['burger-king', 'label']]);
  });

  it('defeats fancy Unicode in names', () => {
    expect(brandsIn('Nuevas 🅽🅸🅺🅴 y 𝓐𝓭𝓲𝓭𝓪𝓼')).toEqual([['nike', 'name'], ['adidas', 'name']]);
  });
});

describe('names spelt to dodge matching', () => {
  it('finds spaced, dotted and leetspeak spellings of the user’s brands, highlighting the whole spelling', () => {
    expect(spansIn('Loving my new N i k e shoes, and A.D.I.D.A.S too, plus a Burg3rK1ng run')).toEqual([
      ['nike', 'name', 'N i k e'],
      ['adidas', 'name', 'A.D.I.D.A.S'],
      ['burger-king', 'name', 'Burg3rK1ng'],
    ]);
  });

  it('reads a leetspeak hashtag as the brand\'s hashtag', () => {
    expect(brandsIn('Leg day #n1ke')).toEqual([['nike', 'hashtag']]);
  });

  it('reads nothing into ordinary spaced letters, numbers or catalogue-only names', () => {
    expect(brandsIn('I a m so tired, top 10 of 2024, iphone15 and ps5 and mp3')).toEqual([]);
    // Gymshark is only in the catalogue: evasive spellings are looked for among the user's brands.
    expect(brandsIn('G y m s h a r k haul')).toEqual([]);
  });

  it('flags a competitor hidden as N.I.K.E in a sponsored post of a contracted creator', () => {
    const r = analysePost(snapshot('Training day with N.I.K.E #ad', { authors: ['runner.jo'], platform: 'instagram', publishedAt: '2025-09-01T10:00:00.000Z' }), index, NOW);
    expect(r.verdicts.map((v) => [v.level, v.brandId])).toEqual([['conflict', 'nike']]);
  });
});

describe('names in scripts written without word gaps', () => {
  // The user's brands with the names their Japanese, Chinese and Korean posts use; the catalogue holds a
  // Chinese shop name, which must not be read inside running text.
  const withLocalNames = compileIndex(
    {
      ...DATA,
      brands: DATA.brands.map((b) =>
        b.id === 'nike' ? { ...b, aliases: ['ナイキ', '耐克', '나이키'] } : b.id === 'adidas' ? { ...b, aliases: ['アディダス', '아디다스'] } : b.id === 'kfc' ? { ...b, aliases: ['ケフ'] } : b,
      ),
    },
    { catalogue: [{ id: 'nsi:Q9', name: '家乐福', aliases: [], handles: {}, domains: [], categories: ['supermarket'], source: 'catalogue' }] },
  );
  const found = (text: string, authors = ['nobody']) =>
    analysePost(snapshot(text, { authors, platform: 'instagram' }), withLocalNames, NOW).brands.map((b) => [b.brandId, b.via, text.slice(b.start, b.end)]);

  it.each([
    ['ナイキさんありがとうございます #PR', 'nike', 'ナイキ'],
    ['今日はアディダスの新作を試しました', 'adidas', 'アディダス'],
    ['ナイキストアで買いました', 'nike', 'ナイキ'],
    ['感谢耐克赞助', 'nike', '耐克'],
    ['나이키의 새 신발', 'nike', '나이키'],
    ['오늘은 아디다스를 신었어요', 'adidas', '아디다스'],
  ])('finds the brand in %j and highlights exactly its name', (text, brand, shown) => {
    expect(found(text)).toEqual([[brand, 'name', shown]]);
  });

  it.each([
    ['今日の #ナイキ', '#ナイキ'],
    ['今日の #ナイキ好き', '#ナイキ好き'],
    ['今日の #ナイキコーデ です', '#ナイキコーデ'],
    ['今天 #耐克推荐', '#耐克推荐'],
    ['오늘 #나이키운동화', '#나이키운동화'],
  ])('reads the name starting a hashtag in %j as the brand\'s hashtag, once', (text, tag) => {
    expect(found(text)).toEqual([['nike', 'hashtag', tag]]);
  });

  it('finds the name through half-width katakana, with offsets into the text as written', () => {
    expect(found('ﾅｲｷさんありがとう')).toEqual([['nike', 'name', 'ﾅｲｷ']]);
  });

  it('does not read a name inside a longer word of its script', () => {
    // A katakana name at the end of a longer katakana word, a short one inside one, a Korean name not at
    // the start of its word.
    expect(found('スーパーナイキ')).toEqual([]);
    expect(found('ケフィアを飲んだ')).toEqual([]);
    expect(found('아나이키')).toEqual([]);
  });

  it('does not look for catalogue names inside running text', () => {
    expect(found('今天去家乐福买东西')).toEqual([]);
  });

  it('lists a name named many times once per place, and once per place only', () => {
    const text = '感谢耐克 나이키 신발 '.repeat(20);
    const listed = found(text);
    expect(listed).toHaveLength(40);
    expect(new Set(analysePost(snapshot(text, { authors: ['nobody'], platform: 'instagram' }), withLocalNames, NOW).brands.map((b) => b.start)).size).toBe(40);
  });

  it('lists a name found both as a word and inside the text once', () => {
    expect(found('나이키 신발 최고')).toEqual([['nike', 'name', '나이키']]);
  });

  it('flags a competitor named in Japanese by a contracted creator', () => {
    const result = analysePost(snapshot('新しいランニングシューズ、ナイキさんありがとう', { authors: ['runner.jo'], platform: 'instagram' }), withLocalNames, NOW);
    expect(result.verdicts.map((v) => [v.level, v.brandId, v.contractId])).toEqual([['conflict', 'nike', 'c-002']]);
  });
});

describe('tags of a post, each listed once', () => {
  it.each([3, 40])('lists %i hashtags once each, in order, the page\'s spelling first, whatever the case', (n) => {
    const tags = Array.from({ length: n }, (_, i) => `tag${i}`);
    const text = [...tags.map((t) => `#${t}`), ...tags.map((t) => `#${t.toUpperCase()}`)].join(' ');
    const r = analysePost(snapshot(text, { hashtags: ['#Tag0'] }), index, NOW);
    expect(r.hashtags).toEqual(['Tag0', ...tags.slice(1)]);
  });

  it('lists a tag of the text once when it comes again after forty others, or after forty words', () => {
    const tags = Array.from({ length: 40 }, (_, i) => `#tag${i}`);
    const late = analysePost(snapshot([...tags, '#TAG39', '#Tag3', '@x', ...tags.slice(0, 2).map((t) => t.toUpperCase()), '@X'].join(' ')), index, NOW);
    expect([late.hashtags, late.mentions]).toEqual([tags.map((t) => t.slice(1)), ['x']]);
    const words = analysePost(snapshot(`#run ${'word '.repeat(40)}#RUN`), index, NOW);
    expect(words.hashtags).toEqual(['run']);
  });

  it('lists the tags of the text alone once each, as first written, and distinct ones all in order', () => {
    const r = analysePost(snapshot('#Nike run #nike @Trail_Brand #Ａｄｉｄａｓ #NIKE @trail_brand #adidas #RunClub'), index, NOW);
    expect([r.hashtags, r.mentions]).toEqual([['Nike', 'Ａｄｉｄａｓ', 'adidas', 'RunClub'], ['trail_brand']]);
    const distinct = analysePost(snapshot('#b #A #c @x @Y #Ab'), index, NOW);
    expect([distinct.hashtags, distinct.mentions]).toEqual([['b', 'A', 'c', 'Ab'], ['x', 'y']]);
  });
});

import { describe, expect, it } from 'vitest';
import { analysePost, compileIndex } from '@/lib/engine';
import { postLevel } from '@/lib/schema/post';
import { DATA, NOW, snapshot } from './fixtures';

const index = compileIndex(DATA);
const analyse = (text: string, extra = {}) => analysePost(snapshot(text, extra), index, NOW);

describe('verdicts for a creator under a category clause (paid coverage)', () => {
  it('flags a sponsored post that tags a competitor, naming contract, clause, brand and evidence', () => {
    const r = analyse('Probando lo nuevo de @burgerking_es 🍔 #ad');
    expect(postLevel(r)).toBe('conflict');
    const v = r.verdicts[0]!;
    expect(v).toMatchObject({ contractId: 'c-001', clause: 0, brandId: 'burger-king' });
    expect(v.rule).toMatch(/^competitor-sponsored/);
    const brandEvidence = v.evidence.find((e) => e.kind === 'brand')!;
    expect(r.text.slice(brandEvidence.start, brandEvidence.end)).toBe('@burgerking_es');
    expect(v.evidence.some((e) => e.kind === 'marker' && e.text.includes('#ad'))).toBe(true);
  });

  it('counts the platform paid-partnership label as sponsorship', () => {
    const r = analyse('Qué hambre', { label: { kind: 'paid-partnership', text: 'Paid partnership', partner: 'kfc_es' } });
    expect(r.markers[0]).toMatchObject({ kind: 'label' });
    expect(r.brands[0]).toMatchObject({ brandId: 'kfc', via: 'label' });
    expect(r.verdicts.map((v) => [v.level, v.brandId])).toEqual([['conflict', 'kfc']]);
  });

  it('reads every partner of a label with two: the contracted brand first does not hide the competitor second', () => {
    const label = { kind: 'paid-partnership' as const, text: 'Paid partnership with mcdonalds and kfc_es', partner: 'mcdonalds', partners: ['mcdonalds', 'kfc_es'] };
    const r = analyse('Qué hambre', { label });
    expect(r.brands.map((b) => [b.brandId, b.via])).toEqual([['mcdonalds', 'label'], ['kfc', 'label']]);
    expect(r.verdicts.map((v) => [v.level, v.brandId])).toEqual([['conflict', 'kfc']]);
    expect(r.verdicts[0]!.evidence.find((e) => e.kind === 'brand')?.text).toBe('Paid partnership with mcdonalds and kfc_es (label, 1.00) → KFC');
  });

  it('does not flag an unsponsored mention under paid coverage, and warns when only commercial signals exist', () => {
    expect(postLevel(analyse('Ayer cené en Burger King con amigos'))).toBe('clear');
    const r = analyse('Ayer cené en Burger King con amigos. Mi micro: https://amzn.to/3abcd');
    expect(r.verdicts.map((v) => [v.level, v.rule.split(':')[0]])).toEqual([['warning', 'competitor-undisclosed']]);
  });

  it('counts an affiliate network\'s link to the competitor\'s shop as sponsorship evidence', () => {
    const r = analyse('Mi cena de hoy: https://go.skimresources.com/?id=1X&url=https%3A%2F%2Fwww.bk.com%2Fmenu');
    expect(r.brands.map((b) => [b.brandId, b.via])).toEqual([['burger-king', 'domain']]);
    expect(r.verdicts.map((v) => [v.level, v.brandId, v.rule.split(':')[0]])).toEqual([['conflict', 'burger-king', 'competitor-sponsored']]);
    expect(r.verdicts[0]!.evidence.some((e) => e.kind === 'link' && e.text.startsWith('affiliate link to Burger King'))).toBe(true);
  });

  it('counts a discount code written next to the competitor as sponsorship evidence', () => {
    const r = analyse('Ayer cené en Burger King, usad el código JUAN10');
    expect(r.verdicts.map((v) => [v.level, v.rule.split(':')[0]])).toEqual([['conflict', 'competitor-sponsored']]);
    expect(r.verdicts[0]!.evidence.some((e) => e.kind === 'code' && e.text.includes('JUAN10'))).toBe(true);
  });

  it('treats a negated disclosure as no disclosure', () => {
    expect(postLevel(analyse('Not sponsored! I just love Burger King'))).toBe('clear');
  });

  it('never flags the contracted brand, its sub-brands, or an exception', () => {
    expect(postLevel(analyse('Mi favorito: @mcdonalds_es y @mccafe #ad #publi'))).toBe('clear');
    expect(postLevel(analyse('Pizza time con @telepizza #publi'))).toBe('clear');
  });

  it('respects the window with post-days and ignores posts outside it', () => {
    expect(postLevel(analyse('@burgerking_es #ad', { publishedAt: '2026-02-28T10:00:00Z' }))).toBe('conflict'); // end + 28 days
    expect(postLevel(analyse('@burgerking_es #ad', { publishedAt: '2026-03-05T10:00:00Z' }))).toBe('clear'); // end + 33 days
    expect(postLevel(analyse('@burgerking_es #ad', { publishedAt: '2025-10-30T10:00:00Z' }))).toBe('clear'); // before start, no preDays
  });

  it('judges an undated post against today and only warns', () => {
    const r = analyse('@burgerking_es #ad', { publishedAt: null });
    expect(r.verdicts.map((v) => [v.level, v.rule.split(':')[0]])).toEqual([['warning', 'date-unknown']]);
    expect(postLevel(analysePost(snapshot('@burgerking_es #ad', { publishedAt: null }), index, new Date('2026-06-01')))).toBe('clear');
  });

  it('ignores posts by people who are not under contract', () => {
    expect(postLevel(analyse('@burgerking_es #ad', { authors: ['someone_else'] }))).toBe('clear');
  });

  it('warns when the contracted brand itself is promoted with a code but no adequate disclosure', () => {
    const r = analyse('Id a @mcdonalds_es con mi código JUAN10');
    expect(r.verdicts.map((v) => [v.level, v.brandId, v.rule.split(':')[0]])).toEqual([['warning', 'mcdonalds', 'own-brand-undisclosed']]);
    expect(postLevel(analyse('Id a @mcdonalds_es con mi código JUAN10 #publicidad'))).toBe('clear');
  });
});

describe('warnings for likely but unproven conflicts', () => {
  it('only warns when the competitor was found through a misspelling', () => {
    const r = analyse('Cena con Dominoz esta noche #ad');
    expect(r.brands.map((b) => [b.brandId, b.via])).toEqual([['dominos', 'fuzzy']]);
    expect(r.verdicts.map((v) => [v.level, v.brandId, v.rule.split(':')[0]])).toEqual([['warning', 'dominos', 'competitor-fuzzy']]);
  });

  it('explains every verdict with checkable evidence: brand span, marker span, date and author', () => {
    const text = 'Cena con @burgerking_es #ad';
    const [v] = analyse(text).verdicts;
    const kinds = v!.evidence.map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['brand', 'marker', 'date', 'author']));
    for (const e of v!.evidence.filter((e) => e.kind === 'brand' || e.kind === 'marker')) {
      expect(e.text).toContain(text.slice(e.start, e.end));
    }
  });
});

describe('catalogue brands under a category clause', () => {
  it('makes a catalogue brand of the clause category a competitor, while the user\'s brand data wins on collisions', () => {
    const idx = compileIndex(DATA, {
      catalogue: [
        { id: 'nsi:Q1', name: 'Five Guys', aliases: [], handles: { instagram: ['fiveguys'] }, domains: [], categories: ['fast_food'], parentId: null, source: 'catalogue' },
        { id: 'nsi:Q2', name: 'Burger King', aliases: [], handles: { tiktok: ['burgerking_es'] }, domains: [], categories: ['toys'], parentId: null, source: 'catalogue' },
      ],
    });
    const r = analysePost(snapshot('Probando @fiveguys y @burgerking_es #ad'), idx, NOW);
    expect(r.verdicts.map((v) => [v.level, v.brandId]).sort()).toEqual([['conflict', 'burger-king'], ['conflict', 'nsi:Q1']]);
  });
});

describe('a category clause worded the contract’s own way', () => {
  const catalogue = [
    { id: 'cl:larocheposay', name: 'La Roche-Posay', aliases: [], handles: {}, domains: ['laroche-posay.com'], categories: ['cosmetics'], parentId: null, source: 'catalogue' as const },
    { id: 'cl:heineken', name: 'Heineken', aliases: [], handles: {}, domains: ['heineken.com'], categories: ['alcohol'], parentId: null, source: 'catalogue' as const },
    { id: 'cl:canon', name: 'Canon', aliases: [], handles: { instagram: ['canonusa'] }, domains: ['canon.com'], categories: ['camera'], parentId: null, source: 'catalogue' as const },
  ];
  const underClause = (categories: string[]) =>
    compileIndex({ ...DATA, contracts: [{ ...DATA.contracts[0]!, clauses: [{ ...DATA.contracts[0]!.clauses[0]!, categories, exceptions: [] }] }] }, { catalogue });
  const conflicts = (categories: string[], text: string) => analysePost(snapshot(text), underClause(categories), NOW).verdicts.map((v) => [v.level, v.brandId]);

  it('sees the catalogue brands of the category it means: "Skincare", "beer", "cameras"', () => {
    expect(conflicts(['Skincare'], 'Mi rutina con La Roche-Posay #ad')).toEqual([['conflict', 'cl:larocheposay']]);
    expect(conflicts(['beer'], 'Una cerveza Heineken bien fría #ad')).toEqual([['conflict', 'cl:heineken']]);
    expect(conflicts(['Cameras'], 'Vlog grabado con @canonusa #ad')).toEqual([['conflict', 'cl:canon']]);
  });

  it('names the category in the verdict as the contract wrote it and as it was read', () => {
    const rule = (categories: string[], text: string) => analysePost(snapshot(text), underClause(categories), NOW).verdicts[0]?.rule ?? '';
    expect(rule(['Skincare'], 'Mi rutina con La Roche-Posay #ad')).toContain('(category: Skincare (cosmetics), coverage paid)');
    expect(rule(['cosmetics'], 'Mi rutina con La Roche-Posay #ad')).toContain('(category: cosmetics, coverage paid)');
  });

  it('keeps other categories apart, and a word no brand is filed under matches nothing', () => {
    expect(conflicts(['beer'], 'Mi rutina con La Roche-Posay #ad')).toEqual([]);
    expect(conflicts(['garden gnomes'], 'Una cerveza Heineken bien fría #ad')).toEqual([]);
  });

  it('files a user brand under the same canonical category as the catalogue', () => {
    const data = { ...DATA, brands: [...DATA.brands, { id: 'cerave', name: 'CeraVe', aliases: [], handles: {}, domains: [], categories: ['skin care'], parentId: null }] };
    const idx = compileIndex({ ...data, contracts: [{ ...DATA.contracts[0]!, clauses: [{ ...DATA.contracts[0]!.clauses[0]!, categories: ['cosmetics'], exceptions: [] }] }] }, { catalogue });
    expect(analysePost(snapshot('Mi crema de CeraVe #ad'), idx, NOW).verdicts.map((v) => [v.level, v.brandId])).toEqual([['conflict', 'cerave']]);
  });
});

describe('a competitors clause with coverage "any" scoped to Instagram', () => {
  const post = (text: string, extra = {}) => analyse(text, { platform: 'instagram', authors: ['runner.jo'], publishedAt: '2025-05-25T08:00:00Z', ...extra });

  it('flags any mention of the named competitor, also in the pre-days before the start', () => {
    const r = post('Morning run in my old Nike shoes');
    expect(r.verdicts.map((v) => [v.level, v.contractId, v.brandId])).toEqual([['conflict', 'c-002', 'nike']]);
    expect(postLevel(post('Morning run in my old Nike shoes', { publishedAt: '2025-05-20T08:00:00Z' }))).toBe('clear');
  });

  it('does not count brands that are not named as competitors, nor other platforms', () => {
    expect(postLevel(post('Apple Watch says 10k steps'))).toBe('clear');
    expect(postLevel(post('Morning run in my old Nike shoes', { platform: 'tiktok' }))).toBe('clear');
  });
});

describe('sub-brands and parents', () => {
  const withClause = (clause: object) =>
    compileIndex({ ...DATA, contracts: [{ ...DATA.contracts[0]!, clauses: [{ kind: 'competitors', categories: [], competitorIds: [], platforms: [], coverage: 'any', preDays: 0, postDays: 0, exceptions: [], ...clause }] }] });

  it('a named parent company makes its sub-brands competitors', () => {
    const idx = withClause({ competitorIds: ['rbi'] });
    const r = analysePost(snapshot('Chicken from @popeyes'), idx, NOW);
    expect(r.verdicts.map((v) => v.brandId)).toEqual(['popeyes']);
  });

  it('a parent known only by its id (not in the brand list) still ties its sub-brands to a clause', () => {
    const brands = DATA.brands.map((b) => (b.id === 'popeyes' ? { ...b, parentId: 'holding-not-listed' } : b));
    const contracts = [{ ...DATA.contracts[0]!, clauses: [{ kind: 'competitors' as const, categories: [], competitorIds: ['holding-not-listed'], platforms: [], coverage: 'any' as const, preDays: 0, postDays: 0, exceptions: [] }] }];
    const idx = compileIndex({ ...DATA, brands, contracts });
    expect(analysePost(snapshot('Chicken from @popeyes and @burgerking_es'), idx, NOW).verdicts.map((v) => v.brandId)).toEqual(['popeyes']);
  });

  it('inherits categories from a parent, and survives parents that form a loop', () => {
    // Popeyes has no categories of its own; its parent RBI is made fast food, and RBI's parent Popeyes.
    const brands = DATA.brands.map((b) => (b.id === 'rbi' ? { ...b, categories: ['fast-food'], parentId: 'popeyes' } : b));
    const contracts = [{ ...DATA.contracts[0]!, clauses: [{ kind: 'category' as const, categories: ['fast-food'], competitorIds: [], platforms: [], coverage: 'any' as const, preDays: 0, postDays: 0, exceptions: [] }] }];
    const idx = compileIndex({ ...DATA, brands, contracts });
    expect(analysePost(snapshot('Chicken from @popeyes'), idx, NOW).verdicts.map((v) => v.brandId)).toEqual(['popeyes']);
  });

  it('reads a brand with a long chain of parents and many categories as one with a short one', () => {
    // Popeyes → RBI → a holding → a fund, with five categories of its own: more than a brand's fixed slot holds.
    const brands = [
      ...DATA.brands.map((b) => (b.id === 'popeyes' ? { ...b, categories: ['chicken', 'delivery', 'drive-in', 'desserts', 'breakfast'] } : b.id === 'rbi' ? { ...b, parentId: 'holding' } : b)),
      { ...DATA.brands.find((b) => b.id === 'rbi')!, id: 'holding', name: 'Holding', parentId: 'fund' },
      { ...DATA.brands.find((b) => b.id === 'rbi')!, id: 'fund', name: 'Fund', parentId: null },
    ];
    const clause = (extra: object) => [{ ...DATA.contracts[0]!, clauses: [{ kind: 'competitors' as const, categories: [], competitorIds: [], platforms: [], coverage: 'any' as const, preDays: 0, postDays: 0, exceptions: [], ...extra }] }];
    const byGrandparent = compileIndex({ ...DATA, brands, contracts: clause({ competitorIds: ['fund'] }) });
    expect(analysePost(snapshot('Chicken from @popeyes'), byGrandparent, NOW).verdicts.map((v) => v.brandId)).toEqual(['popeyes']);
    const byLastCategory = compileIndex({ ...DATA, brands, contracts: clause({ kind: 'category', categories: ['breakfast'] }) });
    expect(analysePost(snapshot('Chicken from @popeyes'), byLastCategory, NOW).verdicts.map((v) => v.brandId)).toEqual(['popeyes']);
    const excepted = compileIndex({ ...DATA, brands, contracts: clause({ kind: 'category', categories: ['breakfast'], exceptions: ['fund'] }) });
    expect(postLevel(analysePost(snapshot('Chicken from @popeyes'), excepted, NOW))).toBe('clear');
  });

  it('an excepted parent exempts its sub-brands', () => {
    const idx = withClause({ competitorIds: ['burger-king', 'popeyes'], exceptions: ['rbi'] });
    expect(postLevel(analysePost(snapshot('Chicken from @popeyes and @burgerking_es'), idx, NOW))).toBe('clear');
  });

  it('a full clause makes any other brand in a sponsored post a conflict', () => {
    const idx = withClause({ kind: 'full', coverage: 'paid' });
    const r = analysePost(snapshot('Mis zapatillas @nike #ad'), idx, NOW);
    expect(r.verdicts.map((v) => [v.level, v.brandId])).toEqual([['conflict', 'nike']]);
  });
});

describe('authors as pages write them', () => {
  it.each([['@IlloJuan'], ['illojuan'], ['ILLOJUAN'], [' @illojuan ']])('finds the contracted creator from the author %j', (author) => {
    const r = analyse('Probando lo nuevo de @burgerking_es 🍔 #ad', { authors: [author] });
    expect(r.verdicts.map((v) => v.contractId)).toEqual(['c-001']);
  });

  it('finds nobody under contract for an author with no contract', () => {
    expect(analyse('Probando lo nuevo de @burgerking_es 🍔 #ad', { authors: ['someone_else'] }).verdicts).toEqual([]);
  });
});

describe('who wrote the post: creators found by their handles', () => {
  // Anna lists only an Instagram handle; Ben lists a different handle on each platform.
  const data = {
    ...DATA,
    creators: [
      { id: 'anna', name: 'Anna', handles: { instagram: ['anna.eats'] } },
      { id: 'ben', name: 'Ben', handles: { instagram: ['ben'], tiktok: ['ben_tt'] } },
    ],
    contracts: (['anna', 'ben'] as const).map((creatorId) => ({
      id: `c-${creatorId}`, creatorId, brandId: 'mcdonalds', start: '2025-11-01', end: '2026-01-31',
      clauses: [{ kind: 'competitors' as const, categories: [], competitorIds: ['burger-king'], platforms: [], coverage: 'any' as const, preDays: 0, postDays: 0, exceptions: [] }],
    })),
  };
  const people = compileIndex(data);
  const contractsOf = (platform: 'instagram' | 'tiktok', authors: string[]) =>
    analysePost(snapshot('Cena en Burger King', { platform, authors }), people, NOW).verdicts.map((v) => v.contractId);

  it('matches a handle on the platform it is listed for, whatever its case or "@"', () => {
    expect(contractsOf('instagram', ['anna.eats'])).toEqual(['c-anna']);
    expect(contractsOf('tiktok', ['@Ben_TT'])).toEqual(['c-ben']);
  });

  it('matches a handle used on a platform where the creator lists none, but not where they list another', () => {
    expect(contractsOf('tiktok', ['anna.eats'])).toEqual(['c-anna']);
    expect(contractsOf('tiktok', ['ben'])).toEqual([]);
  });

  it('finds every creator of a collaboration, once each', () => {
    expect(contractsOf('instagram', ['someone', 'ben', 'anna.eats', 'BEN'])).toEqual(['c-ben', 'c-anna']);
  });
});

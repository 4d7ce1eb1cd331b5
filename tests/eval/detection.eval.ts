/**
 * `npm run eval`: precision and recall of the engine on real labelled text from ../shared/datasets,
 * printed per class beside a plain baseline (keyword regexes, exact case-insensitive name matching).
 *
 *   mathur2018_dev_labelled.csv  hand-labelled YouTube description sentences: disclosure class,
 *                                commercial (code / affiliate link), brands as written
 *   wnut17_*.conll               tweets and comments with corporation / product entities (brand recall
 *                                and precision with the labelled names as the brand list; unlabelled
 *                                occurrences count against precision, so that figure is a lower bound)
 *   journalismai_sponsorship_hashtags.json   hashtags a newsroom used to find Instagram ads
 *   journalismai_tensorsocial_brands_2563.json   brand names of an influencer-analytics API: how many the
 *                                built-in catalogue finds
 *
 * The datasets are read in place and never copied; without them the script says so and exits 0.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { analysePost, compileIndex } from '@/lib/engine';
import { loadCatalogueFile } from '@/lib/brands/load-node';
import type { Brand } from '@/lib/schema/contracts';
import type { PostResult, PostSnapshot } from '@/lib/schema/post';

const ROOT = resolve(import.meta.dirname, '../..');
const DATASETS = resolve(ROOT, '../shared/datasets');
const NOW = new Date('2026-01-01T00:00:00Z');
/** `npm run eval -- --errors` lists every disagreement with the labels. */
const showErrors = process.argv.includes('--errors');
/**
 * The catalogue's dictionary (words never read as a misspelt brand), as the extension and the command
 * line use it; the brand lists here are the datasets' own, not the catalogue's brands.
 */
const CATALOGUE_FILE = resolve(ROOT, 'public/brand-catalogue.json');
const WORDS = existsSync(CATALOGUE_FILE) ? loadCatalogueFile(CATALOGUE_FILE).words : [];

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
function add(c: Counts, predicted: boolean, actual: boolean): void {
  if (predicted && actual) c.tp++;
  else if (predicted) c.fp++;
  else if (actual) c.fn++;
}
function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f };
}
const fmt = (n: number) => n.toFixed(3);
function row(label: string, engine: Counts, baseline: Counts, support: number): string {
  const e = prf(engine);
  const b = prf(baseline);
  return `${label.padEnd(28)} n=${String(support).padStart(4)}  engine P ${fmt(e.p)} R ${fmt(e.r)} F1 ${fmt(e.f)}   baseline P ${fmt(b.p)} R ${fmt(b.r)} F1 ${fmt(b.f)}`;
}

function snapshot(text: string): PostSnapshot {
  return { platform: 'youtube', kind: 'video', url: null, authors: [], publishedAt: null, text, hashtags: [], mentions: [], links: [], label: null };
}

// ── Baseline: what a quick script would do ─────────────────────────────────────────────────────────
const BASELINE_SPONSORED = /#ad\b|#sponsored|\bsponsored\b|\bsponsor\b|paid partnership|\bwerbung\b|\banzeige\b/i;
const BASELINE_AFFILIATE = /affiliate|commission|amazon associate/i;
const BASELINE_GIFTED = /#gifted|\bgifted\b|pr sample/i;
const BASELINE_COMMERCIAL = /\bcode\b|tag=|amzn\.to|utm_|[?&]ref=|[?&]aff/i;
function baselineBrands(text: string, names: readonly string[]): Set<string> {
  const found = new Set<string>();
  const lower = text.toLowerCase();
  for (const name of names) {
    const n = name.toLowerCase();
    let at = lower.indexOf(n);
    while (at >= 0) {
      const before = lower[at - 1] ?? ' ';
      const after = lower[at + n.length] ?? ' ';
      if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) {
        found.add(name);
        break;
      }
      at = lower.indexOf(n, at + 1);
    }
  }
  return found;
}

type DisclosureClass = 'sponsored' | 'affiliate' | 'gifted' | 'negated' | 'none';
function engineClass(result: PostResult): DisclosureClass {
  const kinds = new Set(result.markers.map((m) => m.kind));
  if (kinds.has('ad') || kinds.has('label') || kinds.has('partnership')) return 'sponsored';
  if (kinds.has('affiliate')) return 'affiliate';
  if (kinds.has('gifted')) return 'gifted';
  if (kinds.has('negation')) return 'negated';
  return 'none';
}
function baselineClass(text: string): DisclosureClass {
  if (BASELINE_SPONSORED.test(text)) return 'sponsored';
  if (BASELINE_AFFILIATE.test(text)) return 'affiliate';
  if (BASELINE_GIFTED.test(text)) return 'gifted';
  return 'none';
}
/** Gold classes: "support" (support the channel through my link) is an affiliate disclosure. */
function goldClass(label: string): DisclosureClass {
  if (label === 'support') return 'affiliate';
  if (label === 'sponsored' || label === 'affiliate' || label === 'gifted' || label === 'negated') return label;
  return 'none';
}

function evalMathur(): void {
  const path = resolve(DATASETS, 'mathur2018_dev_labelled.csv');
  if (!existsSync(path)) {
    console.log(`skip mathur2018: ${path} not found`);
    return;
  }
  const rows = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
  // The label column writes one brand several ways ("Amazon"/"amazon", "Book Depository"/"Bookdepository"):
  // one brand per compact spelling, the other spellings as aliases.
  const brandId = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const spellings = new Map<string, string[]>();
  for (const name of rows.flatMap((r) => (r.brands ?? '').split(';').map((s) => s.trim()).filter(Boolean))) {
    const list = spellings.get(brandId(name)) ?? [];
    if (!list.includes(name)) list.push(name);
    spellings.set(brandId(name), list);
  }
  const names = [...spellings.values()].flat();
  const brands: Brand[] = [...spellings].map(([id, [name = id, ...aliases]]) => ({ id, name, aliases, handles: {}, domains: [], categories: [], parentId: null }));
  const index = compileIndex({ version: 1, brands, creators: [], contracts: [] }, { words: WORDS });

  const classes: DisclosureClass[] = ['sponsored', 'affiliate', 'negated'];
  const perClass = new Map(classes.map((c) => [c, { engine: counts(), baseline: counts(), n: 0 }]));
  const disclosure = { engine: counts(), baseline: counts(), n: 0 };
  const commercial = { engine: counts(), baseline: counts(), n: 0 };
  const brandCounts = { engine: counts(), baseline: counts(), n: 0 };
  let negatedCounted = 0;
  let negatedCountedBaseline = 0;
  const errors: string[] = [];
  for (const r of rows) {
    const text = r.sentence ?? '';
    const result = analysePost(snapshot(text), index, NOW);
    const gold = goldClass(r.disclosure ?? 'none');
    const predicted = engineClass(result);
    const base = baselineClass(text);
    for (const c of classes) {
      const entry = perClass.get(c)!;
      if (gold === c) entry.n++;
      add(entry.engine, predicted === c, gold === c);
      add(entry.baseline, base === c, gold === c);
    }
    const isDisclosure = (c: DisclosureClass) => c !== 'none' && c !== 'negated';
    if (isDisclosure(gold)) disclosure.n++;
    add(disclosure.engine, isDisclosure(predicted), isDisclosure(gold));
    add(disclosure.baseline, isDisclosure(base), isDisclosure(gold));
    if (gold === 'negated' && isDisclosure(predicted)) negatedCounted++;
    if (gold === 'negated' && isDisclosure(base)) negatedCountedBaseline++;
    if (isDisclosure(predicted) !== isDisclosure(gold)) errors.push(`disclosure gold=${gold} got=${predicted}: ${text.slice(0, 110)}`);

    const goldCommercial = r.commercial === '1';
    const predictedCommercial = result.commercial.codes.length > 0 || result.commercial.links.length > 0;
    if (goldCommercial) commercial.n++;
    add(commercial.engine, predictedCommercial, goldCommercial);
    add(commercial.baseline, BASELINE_COMMERCIAL.test(text), goldCommercial);
    if (predictedCommercial !== goldCommercial) errors.push(`commercial gold=${goldCommercial} got=${predictedCommercial}: ${text.slice(0, 110)}`);

    const goldBrands = new Set((r.brands ?? '').split(';').map((s) => s.trim()).filter(Boolean).map(brandId));
    const engineBrands = new Set(result.brands.map((b) => b.brandId));
    const baseBrands = new Set([...baselineBrands(text, names)].map(brandId));
    brandCounts.n += goldBrands.size;
    for (const b of new Set([...goldBrands, ...engineBrands, ...baseBrands])) {
      add(brandCounts.engine, engineBrands.has(b), goldBrands.has(b));
      add(brandCounts.baseline, baseBrands.has(b), goldBrands.has(b));
      if (engineBrands.has(b) !== goldBrands.has(b)) errors.push(`brand ${b} gold=${goldBrands.has(b)}: ${text.slice(0, 110)}`);
    }
  }
  console.log(`\nmathur2018_dev_labelled.csv: ${rows.length} hand-labelled sentences, ${spellings.size} labelled brands (${names.length} spellings) as the brand list`);
  console.log(row('disclosure (any kind)', disclosure.engine, disclosure.baseline, disclosure.n));
  for (const c of classes) {
    const e = perClass.get(c)!;
    console.log(row(`  class ${c}`, e.engine, e.baseline, e.n));
  }
  console.log(`negations counted as disclosure: engine ${negatedCounted}, baseline ${negatedCountedBaseline}`);
  console.log(row('commercial signals', commercial.engine, commercial.baseline, commercial.n));
  console.log(row('brand mentions', brandCounts.engine, brandCounts.baseline, brandCounts.n));
  if (showErrors) for (const e of errors) console.log(`  ✗ ${e}`);
}

/** WNUT-17 CoNLL: sentences with corporation / product spans. */
function readConll(path: string): Array<{ text: string; entities: string[] }> {
  const sentences: Array<{ text: string; entities: string[] }> = [];
  let words: string[] = [];
  let entities: string[] = [];
  let current: string[] | null = null;
  const flush = () => {
    if (current !== null) entities.push(current.join(' '));
    current = null;
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      flush();
      if (words.length > 0) sentences.push({ text: words.join(' '), entities });
      words = [];
      entities = [];
      continue;
    }
    const [word = '', tag = 'O'] = line.split('\t');
    words.push(word);
    const isBrandTag = /-(corporation|product)$/.test(tag);
    if (tag.startsWith('B-') && isBrandTag) {
      flush();
      current = [word];
    } else if (tag.startsWith('I-') && isBrandTag && current !== null) {
      current.push(word);
    } else {
      flush();
    }
  }
  flush();
  if (words.length > 0) sentences.push({ text: words.join(' '), entities });
  return sentences;
}

/** `file`: the dev split (looked at while building the engine) or the train split (never looked at). */
function evalWnut(file: string, note: string): void {
  const path = resolve(DATASETS, file);
  if (!existsSync(path)) {
    console.log(`skip ${file}: ${path} not found`);
    return;
  }
  const sentences = readConll(path);
  const names = [...new Set(sentences.flatMap((s) => s.entities))].filter((n) => n.length >= 2);
  const idOf = (name: string) => name.toLowerCase();
  const unique = new Map(names.map((n) => [idOf(n), n]));
  const brands: Brand[] = [...unique].map(([id, name]) => ({ id, name, aliases: [], handles: {}, domains: [], categories: [], parentId: null }));
  const index = compileIndex({ version: 1, brands, creators: [], contracts: [] }, { words: WORDS });
  const engine = counts();
  const baseline = counts();
  let n = 0;
  for (const s of sentences) {
    const gold = new Set(s.entities.map(idOf));
    n += gold.size;
    const result = analysePost(snapshot(s.text), index, NOW);
    const predicted = new Set(result.brands.map((b) => b.brandId));
    const base = new Set([...baselineBrands(s.text, [...unique.values()])].map(idOf));
    for (const b of new Set([...gold, ...predicted, ...base])) {
      add(engine, predicted.has(b), gold.has(b));
      add(baseline, base.has(b), gold.has(b));
      if (showErrors && predicted.has(b) !== gold.has(b)) console.log(`  ✗ wnut brand ${b} gold=${gold.has(b)}: ${s.text.slice(0, 120)}`);
    }
  }
  console.log(`\n${file}: ${sentences.length} sentences, ${unique.size} labelled corporation/product names as the brand list (${note})`);
  console.log(row('brand mentions', engine, baseline, n));
  console.log('  (WNUT labels only emerging entities: an unlabelled real mention counts as a false positive)');
}

function evalHashtags(): void {
  const path = resolve(DATASETS, 'journalismai_sponsorship_hashtags.json');
  if (!existsSync(path)) {
    console.log(`skip journalismai hashtags: ${path} not found`);
    return;
  }
  const tags = Object.keys(JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>);
  const index = compileIndex({ version: 1, brands: [], creators: [], contracts: [] }, { words: WORDS });
  const found = tags.filter((tag) => analysePost(snapshot(`#${tag}`), index, NOW).markers.some((m) => m.kind !== 'negation'));
  console.log(`\njournalismai_sponsorship_hashtags.json: ${tags.length} hashtags used to find ads (mixed with topic tags such as #kidsfashion)`);
  console.log(`  read as disclosure: ${found.length} — ${found.map((t) => `#${t}`).join(' ')}`);
}

/**
 * How many brands that influencer marketing names the built-in catalogue knows: each of the 2,563 brand
 * names of an influencer-analytics API, written the way a sponsored post credits one ("Paid partnership
 * with <name>"), must come out as a brand mention over the name. Printed with and without our own
 * sponsor list (catalogue ids cl:), to show what that list adds.
 */
function evalCatalogueCoverage(): void {
  const path = resolve(DATASETS, 'journalismai_tensorsocial_brands_2563.json');
  if (!existsSync(path)) {
    console.log(`skip journalismai brands: ${path} not found`);
    return;
  }
  if (!existsSync(CATALOGUE_FILE)) {
    console.log('skip catalogue coverage: public/brand-catalogue.json not built (npm run build:catalogue)');
    return;
  }
  const names = (JSON.parse(readFileSync(path, 'utf8')) as { data: { brands: Array<{ name: string }> } }).data.brands.map((b) => b.name.trim()).filter((n) => n !== '');
  const catalogue = loadCatalogueFile(CATALOGUE_FILE);
  const empty = { version: 1 as const, brands: [], creators: [], contracts: [] };
  const brands = catalogue.brands.map((b) => ({ ...b, source: 'catalogue' as const }));
  const covered = (index: ReturnType<typeof compileIndex>) =>
    names.filter((name) => {
      const text = `Paid partnership with ${name}`;
      return analysePost(snapshot(text), index, NOW).brands.some((b) => b.start >= 22 && b.end <= text.length);
    });
  const all = covered(compileIndex(empty, { catalogue: brands, words: catalogue.words }));
  const withoutList = covered(compileIndex(empty, { catalogue: brands.filter((b) => !b.id.startsWith('cl:')), words: catalogue.words }));
  const pct = (n: number) => `${((100 * n) / names.length).toFixed(1)}%`;
  console.log(`
journalismai_tensorsocial_brands_2563.json: ${names.length} brand names from an influencer-analytics API, each in "Paid partnership with <name>"`);
  console.log(`  found by the catalogue: ${all.length} (${pct(all.length)}); without our sponsor list: ${withoutList.length} (${pct(withoutList.length)})`);
  if (showErrors) console.log(`  not found: ${names.filter((n) => !all.includes(n)).join(' | ')}`);
}

console.log(`engine evaluation on ${DATASETS}`);
console.log(WORDS.length > 0 ? `fuzzy dictionary: ${WORDS.length} words from the brand catalogue` : "fuzzy dictionary: none (public/brand-catalogue.json not built: npm run build:catalogue)");
if (!existsSync(DATASETS)) {
  console.log(`skip: ${DATASETS} not found (the shared datasets are read in place, never copied into the repo)`);
} else {
  evalMathur();
  evalWnut('wnut17_emerging.dev.conll', 'the split used while building the engine');
  evalWnut('wnut17_wnut17train.conll', 'held out: never used while building the engine');
  evalHashtags();
  evalCatalogueCoverage();
}

/**
 * Figures for the built-in brand catalogue (issue 7). Prints numbers as JSON; asserts nothing.
 *
 *   npm run bench:catalogue              rebuilds public/brand-catalogue.json, then measures
 *   SKIP_BUILD=1 npm run bench:catalogue measures the file as it is
 *
 * - build: wall time of the build step (tsx start-up included) and its own figures;
 * - file: size raw and gzipped (level 6, what servers and zips use; level 9 as the build prints);
 * - parse: JSON.parse and parseCatalogue (zod validation) times, median of RUNS;
 * - heap: bytes the parsed catalogue keeps alive after garbage collection (the background's cost);
 * - engine: compileIndex with and without the catalogue, and analysePost per caption with each index.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { parseCatalogue, type Catalogue } from '@/lib/brands/catalogue';
import { analysePost, compileIndex } from '@/lib/engine';
import type { ExchangeV1 } from '@/lib/schema/contracts';
import type { PostSnapshot } from '@/lib/schema/post';

const RUNS = Number(process.env.RUNS ?? 5);
const root = resolve(import.meta.dirname, '../..');
const file = join(root, 'public/brand-catalogue.json');

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
function heapAfterGc(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
const ms = (value: number): number => Math.round(value * 10) / 10;

const figures: Record<string, unknown> = {};

if (process.env.SKIP_BUILD !== '1') {
  const started = performance.now();
  const output = execFileSync(join(root, 'node_modules/.bin/tsx'), ['lib/brands/build-catalogue.ts'], { cwd: root, encoding: 'utf8' });
  figures.build = { wallMs: Math.round(performance.now() - started), ...(JSON.parse(output) as object) };
}

const text = readFileSync(file, 'utf8');
figures.file = {
  bytes: Buffer.byteLength(text),
  gzipBytes: gzipSync(text).length,
  gzipBytesLevel9: gzipSync(text, { level: 9 }).length,
};

const jsonParseMs: number[] = [];
const validateMs: number[] = [];
let catalogue: Catalogue | undefined;
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  const json: unknown = JSON.parse(text);
  const t1 = performance.now();
  catalogue = parseCatalogue(json);
  const t2 = performance.now();
  jsonParseMs.push(t1 - t0);
  validateMs.push(t2 - t1);
}
catalogue = undefined;

// What the background keeps: heap in use with the catalogue loaded minus heap after letting it go
// (measured after the parses above, so zod's and V8's one-off costs are not counted).
const loaded = (() => {
  const started = heapAfterGc();
  const kept = parseCatalogue(JSON.parse(readFileSync(file, 'utf8')));
  const withCatalogue = heapAfterGc();
  return { kept, grewBy: withCatalogue - started, withCatalogue };
})();
catalogue = loaded.kept;
// For scale: the same file as plain parsed JSON, not validated.
const plainJsonBytes = (() => {
  const started = heapAfterGc();
  const kept: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const grewBy = heapAfterGc() - started;
  return (kept as { brands: unknown[] }).brands.length > 0 ? grewBy : 0;
})();
figures.catalogue = {
  brands: catalogue.brands.length,
  categories: catalogue.categories.length,
  synonyms: Object.keys(catalogue.synonyms).length,
  commonWord: catalogue.brands.filter((brand) => brand.commonWord).length,
};
figures.parse = {
  runs: RUNS,
  jsonParseMedianMs: ms(median(jsonParseMs)),
  validateMedianMs: ms(median(validateMs)),
  totalMedianMs: ms(median(jsonParseMs.map((value, index) => value + (validateMs[index] ?? 0)))),
  firstRunTotalMs: ms((jsonParseMs[0] ?? 0) + (validateMs[0] ?? 0)),
};
const mib = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;
figures.heap = { retainedMiB: mib(loaded.grewBy), plainJsonMiB: mib(plainJsonBytes), heapUsedWithCatalogueMiB: mib(loaded.withCatalogue) };

// The engine with and without the catalogue: one category clause, captions that mention brands by
// name, handle, hashtag and link, and captions that mention none.
const data: ExchangeV1 = {
  version: 1,
  brands: [{ id: 'mcdonalds', name: "McDonald's", aliases: [], handles: {}, domains: ['mcdonalds.com'], categories: ['fast-food'] }],
  creators: [{ id: 'creator', name: 'Creator', handles: { instagram: ['creator'] } }],
  contracts: [
    {
      id: 'c-1',
      creatorId: 'creator',
      brandId: 'mcdonalds',
      start: '2026-01-01',
      end: '2026-12-31',
      clauses: [{ kind: 'category', categories: ['fast-food'], competitorIds: [], platforms: [], coverage: 'any', preDays: 0, postDays: 30, exceptions: [] }],
    },
  ],
};
const captions = [
  'Lunch run to Burger King with the crew 🍔 #ad #burgerking',
  'Trying the new Whopper at @burgerking, use code CREATOR10 https://www.bk.com/offers',
  'Morning coffee and a long walk by the river, no plans today.',
  'Gap year diaries: apple pie in a tiny café, then the subway home. Always grateful.',
  'New drop from Nike and Zara in my stories, links at sephora.com and nike.com #sponsored',
  'Ranking every KFC, Subway and Taco Bell menu item so you do not have to',
];
function snapshot(caption: string): PostSnapshot {
  return {
    platform: 'instagram',
    kind: 'post',
    url: null,
    authors: ['creator'],
    publishedAt: '2026-06-01T12:00:00Z',
    text: caption,
    hashtags: [],
    mentions: [],
    links: [],
    label: null,
  } as PostSnapshot;
}
const now = new Date('2026-06-02T00:00:00Z');

function timeEngine(withCatalogue: boolean) {
  const heapBefore = heapAfterGc();
  const t0 = performance.now();
  const index = compileIndex(data, withCatalogue ? { catalogue: catalogue!.brands, words: catalogue!.words } : undefined);
  const compileMs = performance.now() - t0;
  const indexBytes = heapAfterGc() - heapBefore;
  const posts = 2_000;
  for (let i = 0; i < 200; i++) analysePost(snapshot(captions[i % captions.length]!), index, now);
  const t1 = performance.now();
  for (let i = 0; i < posts; i++) analysePost(snapshot(captions[i % captions.length]!), index, now);
  const perPostMs = (performance.now() - t1) / posts;
  const mentions = captions.map((caption) => analysePost(snapshot(caption), index, now).brands.map((brand) => brand.name));
  return { compileMs: ms(compileMs), indexMiB: mib(indexBytes), perPostMs: Math.round(perPostMs * 1000) / 1000, mentions };
}
try {
  figures.engine = { withoutCatalogue: timeEngine(false), withCatalogue: timeEngine(true) };
} catch (error) {
  figures.engine = { error: String(error) };
}

console.log(JSON.stringify(figures, null, 2));

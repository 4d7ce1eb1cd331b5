/**
 * The parts of the source datasets the build reads, typed as loosely as the files are: every field
 * the build does not rely on is optional, and a missing one is skipped, not an error.
 */

/** dist/json/nsi.json: category path ("brands/shop/clothes") → its items. */
export interface NsiDataset {
  _meta?: { version?: string };
  nsi: Record<string, NsiCategoryFile>;
}

export interface NsiCategoryFile {
  properties?: { path?: string; exclude?: { generic?: string[]; named?: string[] } };
  items: NsiItem[];
}

export interface NsiItem {
  id: string;
  displayName: string;
  locationSet?: { include?: string[]; exclude?: string[] };
  tags: Record<string, string>;
  matchNames?: string[];
}

/** dist/wikidata/wikidata.json: QID → what Wikidata says about the brand. */
export interface WikidataDataset {
  _meta?: { version?: string };
  wikidata: Record<string, WikidataEntity>;
}

export interface WikidataEntity {
  label?: string;
  identities?: Record<string, string | string[] | undefined>;
  officialWebsites?: string[];
  dissolutions?: unknown[];
}

/** dist/json/genericWords.json: regular expressions of names that are no brand ("shop", "boutique"). */
export interface GenericWordsDataset {
  genericWords: string[];
}

/** simple-icons data/simple-icons.json entry. */
export interface SimpleIcon {
  title: string;
  slug: string;
  source?: string;
  aliases?: {
    aka?: string[];
    dup?: { title: string; loc?: Record<string, string> }[];
    loc?: Record<string, string>;
    old?: string[];
  };
}

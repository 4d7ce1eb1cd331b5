/** The CSV form of exchange v1 (PRODUCT.md): one row per clause, these header names exactly. */
export const CSV_COLUMNS = [
  'contract_id',
  'creator',
  'creator_instagram',
  'creator_tiktok',
  'creator_youtube',
  'brand',
  'start',
  'end',
  'kind',
  'categories',
  'competitors',
  'platforms',
  'coverage',
  'pre_days',
  'post_days',
  'exceptions',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Without these a row cannot become a clause; every other column may be left out of the file. */
export const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = ['contract_id', 'creator', 'brand', 'start', 'end'];

/** Which column a clause field of the data model comes from, to name it in an error. */
export const CLAUSE_FIELD_COLUMN: Record<string, CsvColumn> = {
  kind: 'kind',
  categories: 'categories',
  competitorIds: 'competitors',
  platforms: 'platforms',
  coverage: 'coverage',
  preDays: 'pre_days',
  postDays: 'post_days',
  exceptions: 'exceptions',
};

export const CONTRACT_FIELD_COLUMN: Record<string, CsvColumn> = {
  id: 'contract_id',
  creatorId: 'creator',
  brandId: 'brand',
  start: 'start',
  end: 'end',
};

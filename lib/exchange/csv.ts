/**
 * The CSV form of exchange v1: one row per clause; rows sharing `contract_id` are one contract.
 *
 *   text ─papaparse─▶ cells ─header check─▶ rows ─per-cell checks─▶ drafts ─ExchangeV1Schema─▶ data
 *                                              (errors name "row N, column X"; row 1 is the header,
 *                                               as a spreadsheet numbers it)
 *
 * Creators and brands are written by name: ids are derived from names, and competitor and exception
 * names become brands of their own.
 */
import Papa from 'papaparse';
import {
  CLAUSE_KINDS,
  CoverageSchema,
  ExchangeV1Schema,
  IdSchema,
  IsoDateSchema,
  PLATFORMS,
  normaliseHandle,
  type Brand,
  type Clause,
  type Contract,
  type Creator,
  type ExchangeV1,
  type Platform,
} from '@/lib/schema/contracts';
import {
  CLAUSE_FIELD_COLUMN,
  CONTRACT_FIELD_COLUMN,
  CSV_COLUMNS,
  REQUIRED_CSV_COLUMNS,
  type CsvColumn,
} from './csv-columns';
import { idFromName, splitList } from './ids';
import { markValidated } from './trusted';
import { failure, sizeProblem, type ImportProblem, type ParseOutcome } from './outcome';
import { duplicateIdProblems, exchangeWarnings, referenceProblems, withAllPlatforms } from './validate';

const MAX_DAYS = 3650;

interface Origin {
  row: number;
  column: CsvColumn;
}

interface ContractDraft {
  contract: Contract;
  firstRow: number;
  /** The row each clause came from, by clause index. */
  clauseRows: number[];
}

export function parseContractsCsv(text: string): ParseOutcome {
  const tooLarge = sizeProblem(text);
  if (tooLarge) return failure([tooLarge]);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return failure([{ where: 'file', message: 'is empty: expected a header row and one row per clause' }]);

  // The delimiter is fixed: lists inside cells use ";", so sniffing could mistake them for columns.
  const parsed = Papa.parse<string[]>(body, { delimiter: ',', skipEmptyLines: false });
  const errors: ImportProblem[] = [];
  for (const error of parsed.errors) {
    // Papaparse counts data rows from 0 with the header as row 0 here (header: false).
    const where = error.row === undefined ? 'file' : `row ${error.row + 1}`;
    errors.push({ where, message: `not valid CSV: ${error.message}` });
  }
  if (errors.length > 0) return failure(errors);

  const [headerCells, ...rows] = parsed.data;
  const header = readHeader(headerCells ?? [], errors);
  if (!header) return failure(errors);

  const builder = new ExchangeBuilder(errors);
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return; // blank lines, e.g. at the end of the file
    if (cells.length !== headerCells!.length) {
      errors.push({ where: `row ${row}`, message: `has ${cells.length} cells but the header has ${headerCells!.length}` });
      return;
    }
    const get = (column: CsvColumn): string => {
      const at = header.get(column);
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    builder.addRow(row, get);
  });
  if (builder.rowCount === 0 && errors.length === 0) {
    errors.push({ where: 'file', message: 'has a header but no rows: expected one row per clause' });
  }
  if (errors.length > 0) return failure(errors);
  return builder.finish();
}

/** Column name → cell index; header names are exact, their order is free. */
function readHeader(cells: string[], errors: ImportProblem[]): Map<CsvColumn, number> | null {
  const known = new Set<string>(CSV_COLUMNS);
  const header = new Map<CsvColumn, number>();
  cells.forEach((raw, index) => {
    const name = raw.trim();
    if (name === '') {
      errors.push({ where: `row 1, column ${index + 1}`, message: 'has no header name' });
    } else if (!known.has(name)) {
      errors.push({
        where: `row 1, column ${name}`,
        message: `is not a column of the contract CSV (the columns are: ${CSV_COLUMNS.join(', ')})`,
      });
    } else if (header.has(name as CsvColumn)) {
      errors.push({ where: `row 1, column ${name}`, message: 'appears twice in the header' });
    } else {
      header.set(name as CsvColumn, index);
    }
  });
  for (const column of REQUIRED_CSV_COLUMNS) {
    if (!header.has(column)) errors.push({ where: `row 1`, message: `the header has no ${column} column, which is required` });
  }
  return errors.length > 0 ? null : header;
}

/** The rules ClauseSchema adds on top of its fields, with the row and column of each clause. */
function clauseRuleProblems(drafts: readonly ContractDraft[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const draft of drafts) {
    draft.contract.clauses.forEach((clause, k) => {
      const row = draft.clauseRows[k] ?? draft.firstRow;
      if (clause.kind === 'category' && clause.categories.length === 0 && clause.competitorIds.length === 0) {
        problems.push({ where: `row ${row}, column categories`, message: 'a category clause needs at least one category' });
      }
      if (clause.kind === 'competitors' && clause.competitorIds.length === 0) {
        problems.push({ where: `row ${row}, column competitors`, message: 'a competitors clause needs at least one competitor' });
      }
    });
  }
  return problems;
}

class ExchangeBuilder {
  rowCount = 0;
  private readonly creators = new Map<string, { creator: Creator; origin: Origin; seen: Set<string>; cells: Set<string> }>();
  private readonly brands = new Map<string, { brand: Brand; origin: Origin }>();
  private readonly contracts = new Map<string, ContractDraft>();
  private readonly namedOnly = new Set<string>();
  // Names, dates and handle cells repeat on every row of a contract and creator; each distinct
  // value is checked once (a 50,000-row file has a few thousand distinct ones).
  private readonly idCache = new Map<string, string>();
  private readonly dateCache = new Map<string, { date: string } | { message: string }>();

  constructor(private readonly errors: ImportProblem[]) {}

  addRow(row: number, get: (column: CsvColumn) => string): void {
    this.rowCount++;
    const errorCountBefore = this.errors.length;
    const fail = (column: CsvColumn, message: string) => this.errors.push({ where: `row ${row}, column ${column}`, message });

    const contractId = get('contract_id');
    const idCheck = IdSchema.safeParse(contractId);
    if (!idCheck.success) fail('contract_id', idCheck.error.issues[0]?.message ?? 'is not a valid id');

    const creatorName = get('creator');
    const creatorId = this.idOf(creatorName, 'creator', fail);
    const brandName = get('brand');
    const brandId = this.idOf(brandName, 'brand', fail);

    const start = this.date(get('start'), 'start', fail);
    const end = this.date(get('end'), 'end', fail);
    if (start && end && end < start) fail('end', `${end} is before the start ${start}`);

    const clause = this.clause(get, fail);
    if (this.errors.length > errorCountBefore || !clause || !creatorId || !brandId || !start || !end) return;

    this.addCreator(creatorId, creatorName, row, get);
    this.addBrand(brandId, brandName, { row, column: 'brand' }, false);
    clause.competitorIds = this.brandList(get('competitors'), { row, column: 'competitors' });
    clause.exceptions = this.brandList(get('exceptions'), { row, column: 'exceptions' });

    const draft = this.contracts.get(contractId);
    if (!draft) {
      this.contracts.set(contractId, {
        contract: { id: contractId, creatorId, brandId, start, end, clauses: [clause] },
        firstRow: row,
        clauseRows: [row],
      });
      return;
    }
    // Every row of a contract repeats its creator, brand and dates; a row that disagrees is a typo
    // that would otherwise silently move the contract.
    const same: [CsvColumn, string, string][] = [
      ['creator', creatorId, draft.contract.creatorId],
      ['brand', brandId, draft.contract.brandId],
      ['start', start, draft.contract.start],
      ['end', end, draft.contract.end],
    ];
    let consistent = true;
    for (const [column, mine, first] of same) {
      if (mine !== first) {
        consistent = false;
        fail(column, `"${get(column)}" differs from row ${draft.firstRow} of contract ${contractId} ("${first}"); every row of a contract must give the same ${column}`);
      }
    }
    if (!consistent) return;
    draft.contract.clauses.push(clause);
    draft.clauseRows.push(row);
  }

  private idOf(name: string, column: 'creator' | 'brand', fail: (c: CsvColumn, m: string) => void): string | null {
    if (name === '') {
      fail(column, `is empty: every row needs a ${column} name`);
      return null;
    }
    const id = this.cachedId(name);
    if (id === '') {
      fail(column, `"${name}" has no letters or digits to derive an id from`);
      return null;
    }
    return id;
  }

  private date(value: string, column: 'start' | 'end', fail: (c: CsvColumn, m: string) => void): string | null {
    if (value === '') {
      fail(column, 'is empty: expected a date written YYYY-MM-DD');
      return null;
    }
    let known = this.dateCache.get(value);
    if (!known) {
      const checked = IsoDateSchema.safeParse(value);
      known = checked.success ? { date: checked.data } : { message: checked.error.issues[0]?.message ?? 'is not a date' };
      this.dateCache.set(value, known);
    }
    if ('message' in known) {
      fail(column, `"${value}" ${known.message}`);
      return null;
    }
    return known.date;
  }

  private cachedId(name: string): string {
    let id = this.idCache.get(name);
    if (id === undefined) {
      id = idFromName(name);
      this.idCache.set(name, id);
    }
    return id;
  }

  private clause(get: (column: CsvColumn) => string, fail: (c: CsvColumn, m: string) => void): Clause | null {
    const categories = splitList(get('categories')).map((c) => c.toLowerCase());
    const rawKind = get('kind');
    let kind: Clause['kind'];
    if (rawKind === '') kind = categories.length > 0 ? 'category' : 'competitors';
    else if ((CLAUSE_KINDS as readonly string[]).includes(rawKind)) kind = rawKind as Clause['kind'];
    else {
      fail('kind', `"${rawKind}" is not one of ${CLAUSE_KINDS.join(', ')} (or empty)`);
      return null;
    }

    const platforms: Platform[] = [];
    for (const platform of splitList(get('platforms'))) {
      const lower = platform.toLowerCase();
      if ((PLATFORMS as readonly string[]).includes(lower)) platforms.push(lower as Platform);
      else fail('platforms', `"${platform}" is not one of ${PLATFORMS.join(', ')}`);
    }

    const rawCoverage = get('coverage');
    const coverage = CoverageSchema.safeParse(rawCoverage === '' ? 'paid' : rawCoverage);
    if (!coverage.success) fail('coverage', `"${rawCoverage}" is not one of paid, any (or empty for paid)`);

    const preDays = this.days(get('pre_days'), 'pre_days', fail);
    const postDays = this.days(get('post_days'), 'post_days', fail);
    if (!coverage.success || preDays === null || postDays === null) return null;
    return {
      kind,
      categories,
      competitorIds: [],
      platforms: [...new Set(platforms)],
      coverage: coverage.data,
      preDays,
      postDays,
      exceptions: [],
    };
  }

  private days(value: string, column: CsvColumn, fail: (c: CsvColumn, m: string) => void): number | null {
    if (value === '') return 0;
    if (!/^\d+$/.test(value)) {
      fail(column, `"${value}" is not a whole number of days`);
      return null;
    }
    const days = Number(value);
    if (days > MAX_DAYS) {
      fail(column, `${days} is more than ${MAX_DAYS} days`);
      return null;
    }
    return days;
  }

  private addCreator(id: string, name: string, row: number, get: (column: CsvColumn) => string): void {
    let entry = this.creators.get(id);
    if (!entry) {
      entry = { creator: { id, name, handles: {} }, origin: { row, column: 'creator' }, seen: new Set(), cells: new Set() };
      this.creators.set(id, entry);
    }
    // A creator appears on many rows; their handles are the union of all of them.
    const columns = { instagram: 'creator_instagram', tiktok: 'creator_tiktok', youtube: 'creator_youtube' } as const;
    for (const platform of PLATFORMS) {
      const cell = get(columns[platform]);
      const cellKey = `${platform}\u0000${cell}`;
      if (entry.cells.has(cellKey)) continue;
      entry.cells.add(cellKey);
      for (const written of splitList(cell)) {
        // Instagram and TikTok handles never carry "@"; on YouTube "@" tells a handle from a channel id.
        const handle = platform === 'youtube' ? written : written.replace(/^@+/, '');
        const key = `${platform}:${normaliseHandle(handle)}`;
        if (entry.seen.has(key) || normaliseHandle(handle) === '') continue;
        entry.seen.add(key);
        (entry.creator.handles[platform] ??= []).push(handle);
      }
    }
  }

  private addBrand(id: string, name: string, origin: Origin, namedOnly: boolean): void {
    if (this.brands.has(id)) {
      if (!namedOnly) this.namedOnly.delete(id);
      return;
    }
    this.brands.set(id, {
      brand: { id, name, aliases: [], handles: {}, domains: [], categories: [], parentId: undefined },
      origin,
    });
    if (namedOnly) this.namedOnly.add(id);
  }

  private brandList(cell: string, origin: Origin): string[] {
    const ids: string[] = [];
    for (const name of splitList(cell)) {
      const id = this.cachedId(name);
      if (id === '') {
        this.errors.push({
          where: `row ${origin.row}, column ${origin.column}`,
          message: `"${name}" has no letters or digits to derive an id from`,
        });
        continue;
      }
      this.addBrand(id, name, origin, true);
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  finish(): ParseOutcome {
    const drafts = [...this.contracts.values()];
    // Brands and creators (a few thousand at most) go through the exchange schema whole. Contracts do
    // not: each of their cells was checked in addRow with the schema's own pieces, and running zod over
    // 50,000 clauses again would cost about a second; only the clause rules are left to check here.
    // tests/exchange/csv.test.ts holds every accepted CSV to the full schema.
    const checked = ExchangeV1Schema.safeParse({
      version: 1,
      brands: [...this.brands.values()].map((entry) => entry.brand),
      creators: [...this.creators.values()].map((entry) => entry.creator),
      contracts: [],
    });
    if (!checked.success) {
      return failure(checked.error.issues.map((issue) => this.locate(issue.path, issue.message, drafts)));
    }
    const clauseErrors = clauseRuleProblems(drafts);
    if (clauseErrors.length > 0) return failure(clauseErrors);
    checked.data.contracts = drafts.map((draft) => draft.contract);
    const data: ExchangeV1 = withAllPlatforms(checked.data);
    const crossRecord = [...duplicateIdProblems(data), ...referenceProblems(data)];
    if (crossRecord.length > 0) return failure(crossRecord);

    const warnings = exchangeWarnings(data);
    if (this.namedOnly.size > 0) {
      warnings.push(
        `${this.namedOnly.size} brand(s) exist only as competitor or exception names (${[...this.namedOnly].slice(0, 5).join(', ')}${this.namedOnly.size > 5 ? ', …' : ''}); add their handles and domains so posts can be matched to them`,
      );
    }
    return { ok: true, data: markValidated(data), warnings };
  }

  /** Maps a schema path of the assembled data back to the row and column it came from. */
  private locate(path: readonly PropertyKey[], message: string, drafts: ContractDraft[]): ImportProblem {
    const [table, index, field, clauseIndex, clauseField] = path;
    if (table === 'contracts' && typeof index === 'number') {
      const draft = drafts[index];
      if (draft && field === 'clauses' && typeof clauseIndex === 'number') {
        const row = draft.clauseRows[clauseIndex] ?? draft.firstRow;
        const column = CLAUSE_FIELD_COLUMN[String(clauseField)];
        return { where: column ? `row ${row}, column ${column}` : `row ${row}`, message };
      }
      const column = CONTRACT_FIELD_COLUMN[String(field)];
      if (draft) return { where: column ? `row ${draft.firstRow}, column ${column}` : `row ${draft.firstRow}`, message };
    }
    const source =
      table === 'creators' && typeof index === 'number'
        ? [...this.creators.values()][index]?.origin
        : table === 'brands' && typeof index === 'number'
          ? [...this.brands.values()][index]?.origin
          : undefined;
    if (source) return { where: `row ${source.row}, column ${source.column}`, message };
    return { where: path.map(String).join('.') || 'file', message };
  }
}

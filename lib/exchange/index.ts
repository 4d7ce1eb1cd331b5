/**
 * Reading and writing contract files (exchange v1 JSON and its CSV form). Pure: text in, validated
 * data or row-level problems out; the options page, the sync and the command line do the I/O.
 */
import { parseContractsCsv } from './csv';
import { parseExchangeJson } from './json';
import { failure, sizeProblem, type ParseOutcome } from './outcome';

export { parseContractsCsv } from './csv';
export { serialiseContractsCsv } from './csv-serialise';
export { CSV_COLUMNS, REQUIRED_CSV_COLUMNS } from './csv-columns';
export { idFromName } from './ids';
export { parseExchangeJson, serialiseExchangeJson } from './json';
export {
  MAX_IMPORT_BYTES,
  formatMegabytes,
  tooLargeProblem,
  type ImportProblem,
  type ParseOutcome,
} from './outcome';
export { isValidated } from './trusted';
export { renderPath, validateExchange } from './validate';

/** Picks the format by the file's extension, else by its first character ("{" means JSON). */
export function parseContractsFile(text: string, fileName: string): ParseOutcome {
  const tooLarge = sizeProblem(text);
  if (tooLarge) return failure([tooLarge]);
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  if (extension === 'json') return parseExchangeJson(text);
  if (extension === 'csv') return parseContractsCsv(text);
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '{' || first === '[' ? parseExchangeJson(text) : parseContractsCsv(text);
}

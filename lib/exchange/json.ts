/** Exchange v1 as JSON text: the format of export, import, the sync feed and the command line. */
import type { ExchangeV1 } from '@/lib/schema/contracts';
import { locateJsonSyntaxError } from './json-syntax';
import { failure, sizeProblem, type ParseOutcome } from './outcome';
import { validateExchange } from './validate';

export function parseExchangeJson(text: string): ParseOutcome {
  const tooLarge = sizeProblem(text);
  if (tooLarge) return failure([tooLarge]);
  // A byte-order mark is what some editors put in front of UTF-8; it is not part of the JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return failure([{ where: 'file', message: 'is empty, not JSON' }]);
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const located = locateJsonSyntaxError(body);
    const reason = error instanceof Error ? error.message : String(error);
    return failure([
      located
        ? { where: `line ${located.line}, column ${located.column}`, message: `not valid JSON: ${located.message}` }
        : { where: 'file', message: `not valid JSON: ${reason}` },
    ]);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return failure([
      { where: 'file', message: 'is JSON but not an exchange file: expected an object with "version": 1' },
    ]);
  }
  return validateExchange(raw);
}

/** Stable, readable output: two-space indent and every default written out, so a round trip is lossless. */
export function serialiseExchangeJson(data: ExchangeV1): string {
  const ordered: ExchangeV1 = {
    version: 1,
    brands: data.brands,
    creators: data.creators,
    contracts: data.contracts,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

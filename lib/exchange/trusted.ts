/**
 * Data objects this module has produced by validating text. The database trusts them and does not
 * validate them a second time (a 50,000-clause import would otherwise pay for zod two more times:
 * preview and commit); data built any other way (sync, tests, hand-made objects) is validated there.
 * Mutating a returned object afterwards defeats this; nobody in the project does.
 */
import type { ExchangeV1 } from '@/lib/schema/contracts';

const validated = new WeakSet<ExchangeV1>();

export function markValidated(data: ExchangeV1): ExchangeV1 {
  validated.add(data);
  return data;
}

export function isValidated(data: ExchangeV1): boolean {
  return validated.has(data);
}

import { describe, expect, it } from 'vitest';
import { dayNumberOfTimestamp } from '@/lib/evaluate/contract-index';

const DAY_MS = 86_400_000;
/** What evaluation used before the digit-by-digit reading: Date.parse, then the UTC day. */
const byDateParse = (text: string) => Math.floor(Date.parse(text) / DAY_MS);

describe('dayNumberOfTimestamp', () => {
  it.each([
    '2025-03-01T18:30:00.000Z', '2025-03-01T18:30:00Z', '2024-02-29T23:59:59.999Z', '2000-02-29T00:00:00Z',
    '1999-12-31T23:59:59.999Z', '1969-12-31T12:00:00.000Z', '2025-12-31T00:00:00.000Z',
    // Offsets, dates alone and other spellings go to Date.parse.
    '2025-03-01T23:30:00-05:00', '2025-03-01T01:30:00+02:00', '2025-03-01', 'March 1, 2025 18:30 UTC',
    // Dates that are not on the calendar, and years Date.UTC would shift, are also left to Date.parse.
    '2025-02-29T00:00:00.000Z', '2025-04-31T00:00:00Z', '2025-13-01T00:00:00Z', '2025-03-01T24:00:00Z',
    '0025-03-01T00:00:00.000Z', '2025-3-01T00:00:00.0000Z', '2025-03-01T18:30:00.00xZ',
  ])('gives the day Date.parse gives for %j', (text) => {
    const expected = byDateParse(text);
    const actual = dayNumberOfTimestamp(text);
    if (Number.isNaN(expected)) expect(actual).toBeNaN();
    else expect(actual).toBe(expected);
  });

  it('reads the ISO form a page gives as the right UTC day', () => {
    expect(dayNumberOfTimestamp('2026-01-15T00:00:00.000Z')).toBe(Date.UTC(2026, 0, 15) / DAY_MS);
    expect(dayNumberOfTimestamp('2026-01-15T23:59:59.999Z')).toBe(Date.UTC(2026, 0, 15) / DAY_MS);
    expect(dayNumberOfTimestamp('not a date')).toBeNaN();
  });

  it('agrees with Date.parse on 20,000 random timestamps of every form', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const pad = (v: number, w: number) => String(v).padStart(w, '0');
    for (let i = 0; i < 20_000; i++) {
      const text = `${pad(next(3000), 4)}-${pad(next(14), 2)}-${pad(next(33), 2)}T${pad(next(26), 2)}:${pad(next(61), 2)}:${pad(next(61), 2)}${next(2) ? `.${pad(next(1000), 3)}` : ''}Z`;
      const expected = byDateParse(text);
      const actual = dayNumberOfTimestamp(text);
      if (Number.isNaN(expected)) expect(actual, text).toBeNaN();
      else expect(actual, text).toBe(expected);
    }
  });
});

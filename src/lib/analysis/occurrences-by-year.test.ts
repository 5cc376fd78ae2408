import { describe, expect, it } from 'vitest';
import { occurrencesByYear } from './occurrences-by-year.ts';

describe('occurrencesByYear', () => {
  const years: Record<string, number | null> = { a: 2023, b: 2021, c: null, d: 2021 };
  const yearOf = (doc: string) => years[doc] ?? null;

  it('occurrencesByYear(uses, yearOf, order) puts the oldest document first and undated ones last', () => {
    const uses = [
      { doc: 'c', s: 1 },
      { doc: 'a', s: 2 },
      { doc: 'b', s: 3 },
    ];
    expect(occurrencesByYear(uses, yearOf, ['a', 'b', 'c', 'd']).map((u) => u.doc)).toEqual(['b', 'a', 'c']);
  });

  it('occurrencesByYear(uses, yearOf, order) breaks a tie in year by document order and keeps each document’s uses in file order', () => {
    const uses = [
      { doc: 'b', s: 1 },
      { doc: 'd', s: 2 },
      { doc: 'b', s: 3 },
    ];
    expect(occurrencesByYear(uses, yearOf, ['d', 'b']).map((u) => u.s)).toEqual([2, 1, 3]);
  });
});

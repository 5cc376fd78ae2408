import { describe, expect, it } from 'vitest';
import { lcpArray, suffixArray } from './suffix-array.ts';

const codes = (s: string) => [...s].map((c) => c.codePointAt(0)!);

/** The suffix array by definition: sort every suffix. */
function naive(s: string): number[] {
  return [...s].map((_, i) => i).sort((a, b) => (s.slice(a) < s.slice(b) ? -1 : 1));
}

describe('suffixArray(codes)', () => {
  it('suffixArray(codes) sorts the suffixes of banana: 5, 3, 1, 0, 4, 2', () => {
    expect([...suffixArray(codes('banana'))]).toEqual([5, 3, 1, 0, 4, 2]);
  });

  it('suffixArray(codes) agrees with sorting the suffixes on repetitive Chinese text', () => {
    const text = '强链延链补链强链群强链延链，补链强链';
    expect([...suffixArray(codes(text))]).toEqual(naive(text));
  });

  it('suffixArray(codes) handles the empty and one-code inputs', () => {
    expect([...suffixArray([])]).toEqual([]);
    expect([...suffixArray([7])]).toEqual([0]);
  });
});

describe('lcpArray(codes, sa)', () => {
  it('lcpArray(codes, sa) gives banana 0, 1, 3, 0, 0, 2', () => {
    const c = codes('banana');
    expect([...lcpArray(c, suffixArray(c))]).toEqual([0, 1, 3, 0, 0, 2]);
  });
});

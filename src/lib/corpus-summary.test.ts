import { describe, expect, it } from 'vitest';
import { summarizeCorpus } from './corpus-summary.ts';

const doc = (id: string, parkId: string | null, year: number | null, province: string | null, sentenceCount = 10) => ({
  id, parkId, year, province, sentenceCount,
});

describe('summarizeCorpus', () => {
  it('summarizeCorpus(documents) counts distinct parks, years and provinces', () => {
    const summary = summarizeCorpus([
      doc('a', 'p1', 2023, '湖南省'),
      doc('b', 'p1', 2024, '湖南省'),
      doc('c', 'p2', 2024, '江苏省', 5),
    ]);
    expect(summary).toEqual({ documents: 3, parks: 2, years: 2, provinces: 2, sentences: 25, yearRange: [2023, 2024] });
  });

  it('summarizeCorpus(documents) counts each document without a park id as a park of its own', () => {
    expect(summarizeCorpus([doc('a', null, null, null), doc('b', null, null, null)]).parks).toBe(2);
  });

  it('summarizeCorpus(documents) does not count unknown years or provinces', () => {
    const summary = summarizeCorpus([doc('a', 'p', null, null), doc('b', 'p', 2022, null)]);
    expect(summary.years).toBe(1);
    expect(summary.provinces).toBe(0);
    expect(summary.yearRange).toEqual([2022, 2022]);
  });

  it('summarizeCorpus([]) reports an empty corpus with no year range', () => {
    expect(summarizeCorpus([])).toEqual({ documents: 0, parks: 0, years: 0, provinces: 0, sentences: 0, yearRange: null });
  });
});

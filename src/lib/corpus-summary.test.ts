import { describe, expect, it } from 'vitest';
import { recentDocuments, summarizeCorpus } from './corpus-summary.ts';

const doc = (id: string, parkId: string | null, year: number | null, province: string | null, sentenceCount = 10) => ({
  id,
  parkId,
  year,
  province,
  sentenceCount,
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
    expect(summarizeCorpus([])).toEqual({
      documents: 0,
      parks: 0,
      years: 0,
      provinces: 0,
      sentences: 0,
      yearRange: null,
    });
  });
});

describe('recentDocuments', () => {
  it('recentDocuments(documents, limit) keeps a corpus within the limit whole and in its order', () => {
    const docs = [doc('b', null, 2020, null), doc('a', null, null, null)];
    expect(recentDocuments(docs, 2)).toEqual(docs);
  });

  it('recentDocuments(documents, limit) takes the latest years first, undated last, ties by id', () => {
    const docs = [
      doc('d', null, null, null),
      doc('c', null, 2021, null),
      doc('b', null, 2023, null),
      doc('a', null, 2021, null),
    ];
    expect(recentDocuments(docs, 3).map((d) => d.id)).toEqual(['b', 'a', 'c']);
  });
});

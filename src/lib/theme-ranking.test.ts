import { describe, expect, it } from 'vitest';
import { isShort, MIN_BODY_SENTENCES, rankDocuments, themeRanking } from './theme-ranking.ts';

describe('themeRanking', () => {
  it('themeRanking(documents, theme) puts the highest share first, ties by title, missing shares as 0', () => {
    const docs = [
      { id: 'a', title: '乙', themeShares: { investment: 0.1 } },
      { id: 'b', title: '甲', themeShares: {} },
      { id: 'c', title: '丙', themeShares: { investment: 0.3 } },
      { id: 'd', title: '甲', themeShares: { investment: 0.1 } },
    ];
    expect(themeRanking(docs, 'investment').map((d) => d.id)).toEqual(['c', 'd', 'a', 'b']);
  });
});

describe('rankDocuments', () => {
  const doc = (id: string, count: number, base: number) => ({
    id,
    title: id,
    bodySentences: base,
    themeCounts: { investment: count },
    themeShares: { investment: count / base },
  });
  // A short speech with 1 of 6 sentences, long plans with many sentences and lower shares.
  const docs = [
    doc('speech', 1, 6),
    doc('plan', 12, 120),
    doc('report', 9, 60),
    doc('points', 6, 40),
    doc('none', 0, 30),
  ];

  it('rankDocuments(documents, theme, "share") leaves documents under 10 body sentences out', () => {
    expect(rankDocuments(docs, 'investment', 'share').map((d) => d.id)).toEqual(['report', 'points', 'plan', 'none']);
  });

  it('rankDocuments(documents, theme, "share", 0) keeps every document, the short one first', () => {
    expect(rankDocuments(docs, 'investment', 'share', 0).map((d) => d.id)).toEqual([
      'speech',
      'report',
      'points',
      'plan',
      'none',
    ]);
  });

  it('rankDocuments(documents, theme, "count") puts the most sentences first', () => {
    expect(rankDocuments(docs, 'investment', 'count').map((d) => d.id)).toEqual(['plan', 'report', 'points', 'none']);
  });

  it('rankDocuments() breaks a tie on the key by the other key, then by title', () => {
    const tied = [doc('b', 2, 20), doc('a', 2, 20), doc('c', 4, 40)];
    expect(rankDocuments(tied, 'investment', 'share').map((d) => d.id)).toEqual(['c', 'a', 'b']);
    expect(rankDocuments([doc('x', 3, 30), doc('y', 3, 12)], 'investment', 'count').map((d) => d.id)).toEqual([
      'y',
      'x',
    ]);
  });

  it(`isShort(doc) is true under ${MIN_BODY_SENTENCES} body sentences`, () => {
    expect(isShort({ bodySentences: MIN_BODY_SENTENCES - 1 })).toBe(true);
    expect(isShort({ bodySentences: MIN_BODY_SENTENCES })).toBe(false);
  });
});

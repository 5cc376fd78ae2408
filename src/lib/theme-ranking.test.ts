import { describe, expect, it } from 'vitest';
import { themeRanking } from './theme-ranking.ts';

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

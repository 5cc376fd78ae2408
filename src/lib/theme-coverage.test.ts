import { describe, expect, it } from 'vitest';
import { THEME_IDS, type ThemeId } from '../schemas/codebook.ts';
import { themeCoverage } from './theme-coverage.ts';

function counts(partial: Partial<Record<ThemeId, number>>): Record<ThemeId, number> {
  return Object.fromEntries(THEME_IDS.map((id) => [id, partial[id] ?? 0])) as Record<ThemeId, number>;
}

describe('themeCoverage', () => {
  it('themeCoverage(documents) sums sentences over documents and divides by all sentences', () => {
    const coverage = themeCoverage([
      { bodySentences: 30, themeCounts: counts({ industry: 6, party: 3 }) },
      { bodySentences: 10, themeCounts: counts({ industry: 4 }) },
    ]);
    expect(coverage.industry).toEqual({ sentences: 10, share: 0.25, documents: 2 });
    expect(coverage.party).toEqual({ sentences: 3, share: 0.075, documents: 1 });
    expect(coverage.safety).toEqual({ sentences: 0, share: 0, documents: 0 });
  });

  it('themeCoverage([]) gives every theme a share of 0 rather than NaN', () => {
    const coverage = themeCoverage([]);
    expect(Object.keys(coverage)).toEqual([...THEME_IDS]);
    expect(coverage.talent.share).toBe(0);
  });
});

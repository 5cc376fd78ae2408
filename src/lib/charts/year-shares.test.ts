import { describe, expect, it } from 'vitest';
import type { ThemeId } from '../../schemas/codebook.ts';
import type { YearProfile } from '../parks.ts';
import { yearShareBars, yearSharesCsv } from './year-shares.ts';

const profile = (year: number, investment: number, party: number): YearProfile => ({
  year,
  docs: [`d${year}`],
  sentences: 100,
  counts: { investment: investment * 100, party: party * 100 } as Record<ThemeId, number>,
  shares: { investment, party } as Record<ThemeId, number>,
});
const profiles = [profile(2020, 0.25, 0.1), profile(2022, 0, 0.2)];
const themes = [
  { id: 'investment' as const, label: '招商引资' },
  { id: 'party' as const, label: '党建' },
];

describe('yearShareBars(themes, profiles)', () => {
  it('yearShareBars() draws a bar per year with documents in each theme group, zero shares included', () => {
    const layout = yearShareBars(themes, profiles, { width: 400 });
    expect(layout.legend.map((l) => l.label)).toEqual(['2020', '2022']);
    expect(layout.bars.map((b) => [b.category, b.series, b.text])).toEqual([
      ['investment', '2020', '25.0%'],
      ['investment', '2022', '0.0%'],
      ['party', '2020', '10.0%'],
      ['party', '2022', '20.0%'],
    ]);
  });
});

describe('yearSharesCsv(themeIds, profiles, years)', () => {
  it('yearSharesCsv() writes a row per year, empty cells for a year without documents and 0 for a share of 0', () => {
    expect(yearSharesCsv(['investment', 'party'], profiles, [2020, 2021, 2022])).toBe(
      'year,documents,sentences,investment,party\r\n2020,d2020,100,0.2500,0.1000\r\n2021,,,,\r\n2022,d2022,100,0.0000,0.2000\r\n',
    );
  });
});

import type { ThemeId } from '../../schemas/codebook.ts';
import type { YearProfile } from '../parks.ts';
import { buildGroupedBars, type BarCategory, type GroupedBarsLayout, type GroupedBarsOptions } from './grouped-bars.ts';
import { toCsv } from '../csv-cell.ts';

/** A park's theme shares by year as grouped bars: a group per theme, a bar per year with documents. */
export function yearShareBars(
  themes: readonly (BarCategory & { id: ThemeId })[],
  profiles: readonly YearProfile[],
  options: GroupedBarsOptions = {},
): GroupedBarsLayout {
  return buildGroupedBars(
    themes,
    profiles.map((p) => ({ id: String(p.year), label: String(p.year), values: themes.map((t) => p.shares[t.id]) })),
    options,
  );
}

/**
 * The chart's data as CSV, a row per year of `years`: a year without documents has empty
 * cells, so "no document" never reads as a share of 0.
 */
export function yearSharesCsv(
  themeIds: readonly ThemeId[],
  profiles: readonly YearProfile[],
  years: readonly number[],
): string {
  const byYear = new Map(profiles.map((p) => [p.year, p]));
  return toCsv([
    ['year', 'documents', 'sentences', ...themeIds],
    ...years.map((year) => {
      const p = byYear.get(year);
      return p
        ? [year, p.docs.join(' '), p.sentences, ...themeIds.map((id) => p.shares[id].toFixed(4))]
        : [year, null, null, ...themeIds.map(() => null)];
    }),
  ]);
}

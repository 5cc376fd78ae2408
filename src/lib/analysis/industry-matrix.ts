import type { Industry } from '../../schemas/lexicons.ts';
import type { HeatmapColumn, HeatmapRow } from '../charts/heatmap.ts';
import type { IndustryCounts } from './industries-csv.ts';

export interface IndustryMatrix {
  /** Industries some document names, in industries.csv order, labelled in the reader's language. */
  columns: HeatmapColumn[];
  /** One row per document given, its counts in column order. */
  rows: HeatmapRow[];
  /** Labels of the industries no document names. */
  unused: string[];
}

/**
 * Documents × industries as heatmap columns and rows. Industries that no document names are
 * left out of the grid (and listed in `unused`) so the grid keeps to what the corpus holds; a
 * column id missing from the industry list is labelled by its id.
 */
export function industryMatrix(
  counts: IndustryCounts,
  industries: readonly Pick<Industry, 'id' | 'zh' | 'en'>[],
  documents: readonly { id: string; label: string }[],
  lang: 'zh' | 'en',
): IndustryMatrix {
  const names = new Map(industries.map((i) => [i.id, i[lang]]));
  const label = (id: string) => names.get(id) ?? id;
  const used = counts.industries.map((_, i) => [...counts.documents.values()].some((row) => (row[i] ?? 0) > 0));
  const keep = counts.industries.flatMap((id, i) => (used[i] ? [{ id, i }] : []));
  return {
    columns: keep.map(({ id }) => ({ id, label: label(id) })),
    rows: documents.map((d) => {
      const row = counts.documents.get(d.id);
      return { id: d.id, label: d.label, values: keep.map(({ i }) => row?.[i] ?? 0) };
    }),
    unused: counts.industries.filter((_, i) => !used[i]).map(label),
  };
}

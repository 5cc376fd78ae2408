import type { Theme } from '../../schemas/codebook.ts';
import type { DocumentRecord } from '../../schemas/document.ts';
import { seriateByCosine } from './cosine-seriation.ts';
import type { HeatmapColumn, HeatmapRow } from './heatmap.ts';

type Labelled = Pick<DocumentRecord, 'id' | 'title' | 'park' | 'year'>;

/** A short row label for a document: its park (or title when the park is unknown) and year. */
export function documentLabel(doc: Labelled): string {
  const name = doc.park ?? doc.title;
  return doc.year === null ? name : `${name} ${doc.year}`;
}

/** Documents × themes as heatmap rows and columns, columns in codebook order. */
export function documentMatrix(
  documents: readonly (Labelled & Pick<DocumentRecord, 'themeShares'>)[],
  themes: readonly Pick<Theme, 'id'>[],
  columnLabel: (theme: Pick<Theme, 'id'>) => string,
): { columns: HeatmapColumn[]; rows: HeatmapRow[] } {
  return {
    columns: themes.map((t) => ({ id: t.id, label: columnLabel(t) })),
    rows: documents.map((d) => ({ id: d.id, label: documentLabel(d), values: themes.map((t) => d.themeShares[t.id] ?? 0) })),
  };
}

/** The default row order of the matrix: documents with similar theme profiles together. */
export function similarityOrder(rows: readonly HeatmapRow[]): string[] {
  return seriateByCosine(rows.map((r) => ({ id: r.id, values: r.values })));
}

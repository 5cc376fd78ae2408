import type { Theme } from '../../schemas/codebook.ts';
import type { DocumentRecord } from '../../schemas/document.ts';
import { seriateByCosine } from './cosine-seriation.ts';
import type { HeatmapColumn, HeatmapRow } from './heatmap.ts';
import { parkName } from '../../i18n/place-names.ts';
import type { Lang } from '../../i18n/ui.ts';

type Labelled = Pick<DocumentRecord, 'id' | 'title' | 'park' | 'year'>;

/** A short row label for a document: its park (or title when the park is unknown) and year. */
export function documentLabel(doc: Labelled): string {
  const name = doc.park ?? doc.title;
  return doc.year === null ? name : `${name} ${doc.year}`;
}

/**
 * A matrix row label that tells documents of one park, or of parks anonymized alike (高新区,
 * x高新区, X高新区), apart: "X高新区 · 2023 · 务虚会发言", on English pages "X High-tech Zone ·
 * 2023 · Symposium". `typeName` and `unknownYear` are in the page's language.
 */
export function documentRowLabel(doc: Labelled, typeName: string, unknownYear: string, lang: Lang = 'zh'): string {
  return [doc.park === null ? doc.title : parkName(lang, doc.park), doc.year ?? unknownYear, typeName].join(' · ');
}

/** Documents × themes as heatmap rows and columns, columns in codebook order; rows labelled by `rowLabel` (default documentLabel). */
export function documentMatrix<D extends Labelled & Pick<DocumentRecord, 'themeShares'>>(
  documents: readonly D[],
  themes: readonly Pick<Theme, 'id'>[],
  columnLabel: (theme: Pick<Theme, 'id'>) => string,
  rowLabel: (doc: D) => string = documentLabel,
): { columns: HeatmapColumn[]; rows: HeatmapRow[] } {
  return {
    columns: themes.map((t) => ({ id: t.id, label: columnLabel(t) })),
    rows: documents.map((d) => ({ id: d.id, label: rowLabel(d), values: themes.map((t) => d.themeShares[t.id] ?? 0) })),
  };
}

/** The default row order of the matrix: documents with similar theme profiles together. */
export function similarityOrder(rows: readonly HeatmapRow[]): string[] {
  return seriateByCosine(rows.map((r) => ({ id: r.id, values: r.values })));
}

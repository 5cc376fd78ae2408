import type { DocumentRecord } from '../schemas/document.ts';

export interface CorpusSummary {
  documents: number;
  /** Distinct parks; a document without a park id counts as its own park. */
  parks: number;
  /** Distinct known years. */
  years: number;
  /** Distinct known provinces. */
  provinces: number;
  sentences: number;
  /** Earliest and latest known year, or null when no year is known. */
  yearRange: [number, number] | null;
}

type Summarized = Pick<DocumentRecord, 'id' | 'parkId' | 'year' | 'province' | 'sentenceCount'>;

/** Counts what the home page reports about the corpus; unknown values are not counted as values. */
export function summarizeCorpus(documents: readonly Summarized[]): CorpusSummary {
  const years = [...new Set(documents.flatMap((d) => (d.year === null ? [] : [d.year])))].sort((a, b) => a - b);
  return {
    documents: documents.length,
    parks: new Set(documents.map((d) => d.parkId ?? `doc:${d.id}`)).size,
    years: years.length,
    provinces: new Set(documents.flatMap((d) => (d.province === null ? [] : [d.province]))).size,
    sentences: documents.reduce((sum, d) => sum + d.sentenceCount, 0),
    yearRange: years.length === 0 ? null : [years[0]!, years.at(-1)!],
  };
}

/**
 * The home page's heatmap rows: every document of a small corpus, else the `limit` most recent
 * (latest year first, undated last, then by id), so the page stays light at a thousand documents;
 * the matrix page shows them all.
 */
export function recentDocuments<T extends Pick<DocumentRecord, 'id' | 'year'>>(
  documents: readonly T[],
  limit: number,
): T[] {
  if (documents.length <= limit) return [...documents];
  const year = (d: T) => d.year ?? 0;
  return [...documents].sort((a, b) => year(b) - year(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, limit);
}

import type { ThemeId } from '../schemas/codebook.ts';
import type { DocumentRecord } from '../schemas/document.ts';

type ParkDocument = Pick<
  DocumentRecord,
  | 'id'
  | 'title'
  | 'park'
  | 'parkId'
  | 'year'
  | 'type'
  | 'level'
  | 'province'
  | 'city'
  | 'sentenceCount'
  | 'bodySentences'
  | 'themeCounts'
>;

/** The documents of one catalog `parkId`. */
export interface Park<D extends ParkDocument = ParkDocument> {
  id: string;
  /** The park's name in its latest document (anonymized names stay anonymized), else a title. */
  name: string;
  level: D['level'];
  province: string | null;
  city: string | null;
  /** By year, undated last, then by id. */
  documents: D[];
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byYear = (a: ParkDocument, b: ParkDocument) =>
  (a.year ?? Infinity) - (b.year ?? Infinity) || byCodePoint(a.id, b.id);

/** Documents grouped by `parkId`, parks by name then id; documents without one are `unlinked`. */
export function groupParks<D extends ParkDocument>(documents: readonly D[]): { parks: Park<D>[]; unlinked: D[] } {
  const groups = new Map<string, D[]>();
  const unlinked: D[] = [];
  for (const d of documents) {
    if (d.parkId === null) unlinked.push(d);
    else groups.set(d.parkId, [...(groups.get(d.parkId) ?? []), d]);
  }
  const parks = [...groups].map(([id, docs]) => {
    const sorted = [...docs].sort(byYear);
    const dated = sorted.filter((d) => d.year !== null);
    const latest = dated.at(-1) ?? sorted[0]!;
    const known = <K extends 'province' | 'city'>(key: K) => sorted.map((d) => d[key]).find((v) => v !== null) ?? null;
    const level = [...sorted].reverse().find((d) => d.level !== 'unknown')?.level ?? latest.level;
    return {
      id,
      name: latest.park ?? latest.title,
      level,
      province: known('province'),
      city: known('city'),
      documents: sorted,
    };
  });
  parks.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || byCodePoint(a.id, b.id));
  return { parks, unlinked: [...unlinked].sort(byYear) };
}

/** Every year from the earliest to the latest known year of `documents`, gaps included; empty when none is dated. */
export function yearSpan(documents: readonly Pick<ParkDocument, 'year'>[]): number[] {
  const years = documents.flatMap((d) => (d.year === null ? [] : [d.year]));
  if (years.length === 0) return [];
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, i) => first + i);
}

/** One year of a park: its documents pooled, and the share of their sentences carrying each theme. */
export interface YearProfile {
  year: number;
  /** Ids of the year's documents, in `Park.documents` order. */
  docs: string[];
  sentences: number;
  counts: Record<ThemeId, number>;
  shares: Record<ThemeId, number>;
}

/**
 * The theme profile of each year in `years` that has documents: tagged body sentences over all
 * body sentences of the year's documents, so a year with a speech and a plan weighs each by length.
 */
export function yearProfiles(
  documents: readonly ParkDocument[],
  themeIds: readonly ThemeId[],
  years: readonly number[] = yearSpan(documents),
): YearProfile[] {
  return years.flatMap((year) => {
    const docs = documents.filter((d) => d.year === year);
    if (docs.length === 0) return [];
    // Body sentences, as in each document's shares: headings are not counted.
    const sentences = docs.reduce((n, d) => n + d.bodySentences, 0);
    const counts = Object.fromEntries(
      themeIds.map((id) => [id, docs.reduce((n, d) => n + (d.themeCounts[id] ?? 0), 0)]),
    ) as Record<ThemeId, number>;
    const shares = Object.fromEntries(
      themeIds.map((id) => [id, sentences === 0 ? 0 : counts[id] / sentences]),
    ) as Record<ThemeId, number>;
    return [{ year, docs: docs.map((d) => d.id), sentences, counts, shares }];
  });
}

/** One row of the park × year coverage grid: a park, or a document that belongs to none. */
export interface CoverageRow<D extends ParkDocument = ParkDocument> {
  /** The park id, or null for a document without one. */
  parkId: string | null;
  label: string;
  /** Documents of each year of `CoverageGrid.years`, in that order; an empty list is "no document". */
  cells: D[][];
  /** Documents without a year. */
  undated: D[];
}

export interface CoverageGrid<D extends ParkDocument = ParkDocument> {
  /** Every year from the corpus's first to its last, gaps included. */
  years: number[];
  /** Whether any document lacks a year, which calls for a "year unknown" column. */
  hasUndated: boolean;
  rows: CoverageRow<D>[];
}

/** Which park has which document in which year: parks as `groupParks` orders them, then documents without a park id. */
export function coverageGrid<D extends ParkDocument>(documents: readonly D[]): CoverageGrid<D> {
  const years = yearSpan(documents);
  const { parks, unlinked } = groupParks(documents);
  const row = (parkId: string | null, label: string, docs: readonly D[]): CoverageRow<D> => ({
    parkId,
    label,
    cells: years.map((year) => docs.filter((d) => d.year === year)),
    undated: docs.filter((d) => d.year === null),
  });
  return {
    years,
    hasUndated: documents.some((d) => d.year === null),
    rows: [
      ...parks.map((p) => row(p.id, p.name, p.documents)),
      ...unlinked.map((d) => row(null, d.park ?? d.title, [d])),
    ],
  };
}

/**
 * The matrix page at hundreds of documents: beyond `MATRIX_ROWS_MAX` documents it shows one row
 * per province (its documents' sentences pooled) instead of one per document, each linking to
 * the province's own matrix, cut in pages of `MATRIX_ROWS_MAX` documents. One page then never
 * holds more than that many rows of 18 linked cells (at 1,000 documents a single page was 678 KB
 * gzip); data/matrix.csv keeps every document.
 */
import type { DocumentRecord } from '../../schemas/document.ts';
import type { HeatmapRow } from './heatmap.ts';

/** Documents shown as rows on one page of the matrix; chosen so such a page stays near 100 KB gzip. */
export const MATRIX_ROWS_MAX = 120;

/** The id of the group of documents whose province is unknown. */
export const UNKNOWN_PROVINCE = 'unknown';

export interface MatrixGroup<D> {
  /** The group's address segment: the province in pinyin, lower case ("hunan"), or `UNKNOWN_PROVINCE`. */
  id: string;
  /** The province as written, or null for the documents whose province is unknown. */
  province: string | null;
  docs: D[];
}

/** Whether the matrix of `count` documents shows provinces instead of documents. */
export function groupsMatrix(count: number): boolean {
  return count > MATRIX_ROWS_MAX;
}

/**
 * Documents by province, largest group first (ties by province), the unknown province last.
 * `romanize` gives the address segment; two provinces that romanize alike (山西, 陕西) are told
 * apart by a number after the second.
 */
export function provinceGroups<D extends Pick<DocumentRecord, 'province'>>(
  documents: readonly D[],
  romanize: (province: string) => string,
): MatrixGroup<D>[] {
  const byProvince = new Map<string | null, D[]>();
  for (const doc of documents) byProvince.set(doc.province, [...(byProvince.get(doc.province) ?? []), doc]);
  const known = [...byProvince]
    .filter((e): e is [string, D[]] => e[0] !== null)
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const taken = new Set<string>([UNKNOWN_PROVINCE]);
  // Slugs are given in province order, not size order, so a group's address does not move when counts change.
  const slugs = new Map<string, string>();
  for (const province of known.map(([p]) => p).sort()) {
    const base = slugify(romanize(province)) || 'province';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(province, slug);
  }
  const groups: MatrixGroup<D>[] = known.map(([province, docs]) => ({ id: slugs.get(province)!, province, docs }));
  const unknown = byProvince.get(null);
  if (unknown) groups.push({ id: UNKNOWN_PROVINCE, province: null, docs: unknown });
  return groups;
}

/** A group's row: every theme's share of the group's body sentences, with the counts behind it. */
export interface GroupRow extends HeatmapRow {
  /** Body sentences of the group's documents: the base of every share in the row. */
  base: number;
  /** Per theme (in `values` order), the group's body sentences carrying it. */
  counts: number[];
}

/**
 * One heatmap row per group: each theme's share of all the group's body sentences (counts
 * pooled, so the share can be given as count/base like a document's, and a long document
 * weighs by its length rather than as much as a two-line notice).
 */
export function groupRows<
  D extends Pick<DocumentRecord, 'bodySentences'> & { themeCounts: Readonly<Partial<Record<string, number>>> },
>(
  groups: readonly MatrixGroup<D>[],
  themes: readonly { id: string }[],
  label: (group: MatrixGroup<D>) => string,
): GroupRow[] {
  return groups.map((group) => {
    const base = group.docs.reduce((sum, doc) => sum + doc.bodySentences, 0);
    const counts = themes.map((theme) => group.docs.reduce((sum, doc) => sum + (doc.themeCounts[theme.id] ?? 0), 0));
    return {
      id: group.id,
      label: label(group),
      base,
      counts,
      values: counts.map((count) => (base === 0 ? 0 : count / base)),
    };
  });
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

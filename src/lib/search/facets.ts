/**
 * The filters of search. A theme belongs to the sentence; park, level, province, year and type
 * belong to its document. Within one filter the chosen values are alternatives (OR); different
 * filters must all hold (AND). The indexer writes these same values as Pagefind filters.
 */

export const FACETS = ['theme', 'park', 'level', 'province', 'year', 'type'] as const;
export type Facet = (typeof FACETS)[number];

/** The value of a document field the document does not state. */
export const UNKNOWN = 'unknown';

/** Each filter's values for one sentence: several themes, one value for each document field. */
export type FacetValues = Record<Facet, string[]>;

/** The values chosen in each filter; an empty list does not filter. */
export type Selection = Record<Facet, string[]>;

/** The document fields the filters read, as in documents.json. */
export interface FacetDocument {
  park: string | null;
  parkId: string | null;
  level: string;
  province: string | null;
  year: number | null;
  type: string;
}

export function emptySelection(): Selection {
  return { theme: [], park: [], level: [], province: [], year: [], type: [] };
}

/** A document's park as a filter value: its parkId, else its name, else "unknown". */
export function parkKey(doc: Pick<FacetDocument, 'park' | 'parkId'>): string {
  return doc.parkId ?? doc.park ?? UNKNOWN;
}

/** The filter values of a sentence carrying `themes` in `doc`. */
export function facetValues(themes: readonly string[], doc: FacetDocument): FacetValues {
  return {
    theme: [...themes],
    park: [parkKey(doc)],
    level: [doc.level],
    province: [doc.province ?? UNKNOWN],
    year: [doc.year === null ? UNKNOWN : String(doc.year)],
    type: [doc.type],
  };
}

/** True when `values` pass every filter of `selection` other than `except`. */
export function passes(values: FacetValues, selection: Selection, except?: Facet): boolean {
  return FACETS.every(
    (facet) =>
      facet === except || selection[facet].length === 0 || selection[facet].some((v) => values[facet].includes(v)),
  );
}

export type FacetCounts = Record<Facet, Map<string, number>>;

/**
 * For each filter and value, how many items would pass if that value were chosen too: the
 * items passing every other filter that carry the value. So a count never changes when its own
 * filter's choice changes, and choosing a value with count n shows (at least) n items.
 */
export function countFacets(items: Iterable<FacetValues>, selection: Selection): FacetCounts {
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as FacetCounts;
  const active = FACETS.filter((facet) => selection[facet].length > 0);
  // Every query counts thousands of hits: test each filter once per item, not once per filter
  // counted. An item failing no filter counts everywhere, failing one counts only there.
  for (const values of items) {
    let failed: Facet | null = null;
    let failures = 0;
    for (const facet of active) {
      if (selection[facet].some((v) => values[facet].includes(v))) continue;
      failed = facet;
      if (++failures > 1) break;
    }
    if (failures > 1) continue;
    for (const facet of failed === null ? FACETS : [failed]) {
      const map = counts[facet];
      const list = values[facet];
      list.forEach((value, i) => {
        if (list.indexOf(value) === i) map.set(value, (map.get(value) ?? 0) + 1);
      });
    }
  }
  return counts;
}

/** True when no filter is set. */
export function isEmptySelection(selection: Selection): boolean {
  return FACETS.every((facet) => selection[facet].length === 0);
}

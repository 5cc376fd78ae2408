/**
 * The compare page's document picker at a thousand documents: a typed query narrows the list
 * to documents whose park, province, city, year, type or title contain every word of it, and
 * facets (province, year, type, level) narrow it further. Pure, so the page's script and the
 * tests share it; the page writes each document's `PickEntry` into its list item.
 */

/** What one document of the picker is matched against. */
export interface PickEntry {
  /** Every name the document goes by, already folded by `foldPickText`. */
  text: string;
  province: string;
  year: string;
  type: string;
  level: string;
}

/** The facets chosen; "" lets every value through. */
export type PickFacets = Partial<Record<'province' | 'year' | 'type' | 'level', string>>;

export const PICK_FACETS = ['province', 'year', 'type', 'level'] as const;

/** Folds text for matching: full-width forms to ASCII, Latin to lower case, whitespace and tone marks away (Hunan finds Húnán). */
export function foldPickText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '');
}

/** The haystack of a document: its names in every form the page offers, joined and folded. */
export function pickText(names: readonly (string | null | undefined)[]): string {
  return names
    .filter((n): n is string => typeof n === 'string' && n !== '')
    .map(foldPickText)
    .join('|');
}

/** Whether `entry` passes every chosen facet and contains every whitespace-separated word of `query`. */
export function pickMatches(entry: PickEntry, query: string, facets: PickFacets = {}): boolean {
  for (const facet of PICK_FACETS) {
    const wanted = facets[facet];
    if (wanted && entry[facet] !== wanted) return false;
  }
  return query
    .split(/\s+/)
    .map(foldPickText)
    .filter(Boolean)
    .every((word) => entry.text.includes(word));
}

/** The values of `facet` among `entries` with how many documents carry each, most common first, ties in text order. */
export function facetValues(
  entries: readonly PickEntry[],
  facet: (typeof PICK_FACETS)[number],
): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const entry of entries) if (entry[facet] !== '') counts.set(entry[facet], (counts.get(entry[facet]) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) =>
      facet === 'year'
        ? a.value < b.value
          ? 1
          : -1
        : b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
    );
}

/**
 * Filter values in a search address that the site does not offer (`?theme=no-such-theme`, a
 * misspelt park): such a filter matches no sentence, and the page must say that it is the filter,
 * not the query, that found nothing.
 */
import { FACETS, type Facet, type Selection } from './facets.ts';

/** Every chosen value not among `offered[facet]`, as `facet=value`, in facet order. */
export function unknownFilterValues(
  filters: Selection,
  offered: Record<Facet, readonly { value: string }[]>,
): string[] {
  return FACETS.flatMap((facet) => {
    const known = new Set(offered[facet].map((o) => o.value));
    return filters[facet].filter((v) => !known.has(v)).map((v) => `${facet}=${v}`);
  });
}

/**
 * The search page's state in its URL, so a search can be linked, reloaded and walked through
 * with back and forward: `?q=营商环境&alias=off&theme=investment&theme=talent&park=changsha-etdz&sort=year`.
 * A filter chosen twice is one value; unknown parameters are ignored.
 */
import { FACETS, emptySelection, type Selection } from './facets.ts';

export const SORTS = ['relevance', 'year'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  /** The query as typed. */
  q: string;
  /** Whether policy aliases expand (双招双引 → 招商引资, 招才引智); `alias=off` in the URL turns it off. */
  expand: boolean;
  filters: Selection;
  sort: Sort;
}

export function emptyState(): SearchState {
  return { q: '', expand: true, filters: emptySelection(), sort: 'relevance' };
}

export function parseState(params: URLSearchParams): SearchState {
  const state = emptyState();
  state.q = params.get('q') ?? '';
  state.expand = params.get('alias') !== 'off';
  for (const facet of FACETS) state.filters[facet] = [...new Set(params.getAll(facet).filter((v) => v !== ''))];
  const sort = params.get('sort');
  if ((SORTS as readonly string[]).includes(sort ?? '')) state.sort = sort as Sort;
  return state;
}

/** The query string of `state`, defaults left out, "" for the empty state. */
export function formatState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  if (!state.expand) params.set('alias', 'off');
  for (const facet of FACETS) for (const value of state.filters[facet]) params.append(facet, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return formatState(a) === formatState(b);
}

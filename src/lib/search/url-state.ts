/**
 * The search page's state in its URL, so a search can be linked, reloaded and walked through
 * with back and forward: `?q=营商环境&theme=investment&theme=talent&park=changsha-etdz&sort=year`.
 * A filter chosen twice is one value; unknown parameters are ignored.
 */
import { FACETS, emptySelection, type Selection } from './facets.ts';

export const SORTS = ['relevance', 'year'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  /** The query as typed. */
  q: string;
  filters: Selection;
  sort: Sort;
}

export function emptyState(): SearchState {
  return { q: '', filters: emptySelection(), sort: 'relevance' };
}

export function parseState(params: URLSearchParams): SearchState {
  const state = emptyState();
  state.q = params.get('q') ?? '';
  for (const facet of FACETS) state.filters[facet] = [...new Set(params.getAll(facet).filter((v) => v !== ''))];
  const sort = params.get('sort');
  if ((SORTS as readonly string[]).includes(sort ?? '')) state.sort = sort as Sort;
  return state;
}

/** The query string of `state`, defaults left out, "" for the empty state. */
export function formatState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const facet of FACETS) for (const value of state.filters[facet]) params.append(facet, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return formatState(a) === formatState(b);
}

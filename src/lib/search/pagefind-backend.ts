/**
 * Search through the Pagefind index the build writes (scripts/index-search.ts). Pagefind finds
 * candidates by the encoded tokens of the query; every candidate's sentence is then checked for
 * the query itself, so bigram coincidences ("营商" and "环境" in different places for 营商环境)
 * are dropped and the result is exact. A query with nothing to tokenise goes to `fallback`.
 */
import type { BrowsePage, PassageHit, SearchBackend } from './backend.ts';
import { FACETS, type FacetCounts, type FacetValues, type Selection } from './facets.ts';
import { matchClauses, type ParsedQuery } from './query.ts';
import { normalize, searchTerm, type CharMap } from './tokenize.ts';
import type { Sort } from './url-state.ts';

/** The part of Pagefind's browser API (pagefind.js) used here. */
export interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: object; sort?: object }): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

interface PagefindFragment {
  raw_url?: string;
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

interface Passage {
  doc: string;
  id: string;
  section: string | null;
  text: string;
  normal: string;
  values: FacetValues;
}

/** "/docs/<doc>/#s0001", the record URL the indexer wrote, as document and sentence. */
export function parsePassageUrl(url: string): { doc: string; id: string } | null {
  const match = /\/docs\/([^/]+)\/#(s\d+)$/.exec(url);
  return match ? { doc: decodeURIComponent(match[1]!), id: match[2]! } : null;
}

/** Pagefind's filter argument for a selection: OR within a filter, AND across filters. */
export function pagefindFilters(selection: Selection, except?: string): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const facet of FACETS) if (facet !== except && selection[facet].length > 0) filters[facet] = { any: selection[facet] };
  return filters;
}

/** Loads pagefind.js from `bundlePath` ("/pagefind/") and returns it initialised; rejects when it cannot. */
export async function loadPagefind(bundlePath: string, baseUrl: string): Promise<PagefindModule> {
  const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindModule;
  // Main thread: a worker started before the service worker took over would stay uncontrolled and fail offline.
  await pagefind.options({ baseUrl, noWorker: true });
  await pagefind.init();
  return pagefind;
}

export function createPagefindBackend(pagefind: PagefindModule, t2s: CharMap, fallback: () => Promise<SearchBackend>): SearchBackend {
  const passages = new Map<string, Promise<Passage | null>>();

  const load = (result: PagefindResult): Promise<Passage | null> => {
    let passage = passages.get(result.id);
    if (!passage) {
      passage = result.data().then((data) => {
        const where = parsePassageUrl(data.raw_url ?? data.url);
        const text = data.meta['text'];
        if (!where || text === undefined) return null;
        const values = Object.fromEntries(FACETS.map((f) => [f, data.filters[f] ?? []])) as FacetValues;
        return { ...where, section: data.meta['section'] || null, text, normal: normalize(text, t2s), values };
      });
      passages.set(result.id, passage);
    }
    return passage;
  };

  const toHit = (p: Passage, score: number, terms: string[]): PassageHit => ({
    doc: p.doc,
    id: p.id,
    section: p.section,
    text: p.text,
    values: p.values,
    score,
    terms,
  });

  const stats = { candidates: 0 };
  // Every filter's index, without which a search counts only the filters it uses; only browsing needs them.
  let allFilters: Promise<unknown> | undefined;
  return {
    stats,
    async find(query: ParsedQuery) {
      const terms = query.clauses.map((clause) => clause.alternatives.map((alt) => searchTerm(alt, t2s)));
      // A clause with an untokenisable alternative ("，") cannot narrow the candidates, only the check can.
      const searchable = terms.filter((alts) => alts.every((term) => term !== ''));
      if (searchable.length === 0) {
        const backend = await fallback();
        const hits = await backend.find(query);
        stats.candidates = backend.stats.candidates;
        return hits;
      }

      const perClause = await Promise.all(
        searchable.map(async (alts) => {
          const best = new Map<string, PagefindResult>();
          for (const response of await Promise.all(alts.map((term) => pagefind.search(term)))) {
            for (const r of response.results) if ((best.get(r.id)?.score ?? -1) < r.score) best.set(r.id, r);
          }
          return best;
        }),
      );
      const [first, ...rest] = perClause;
      const candidates = [...first!.values()].filter((r) => rest.every((m) => m.has(r.id)));
      stats.candidates = candidates.length;
      const loaded = await Promise.all(candidates.map(async (r) => ({ passage: await load(r), score: rest.reduce((s, m) => s + m.get(r.id)!.score, r.score) })));

      const hits: PassageHit[] = [];
      for (const { passage, score } of loaded) {
        const found = passage && matchClauses(query, passage.normal);
        if (passage && found) hits.push(toHit(passage, score, found));
      }
      return hits;
    },

    async browse(selection: Selection, sort: Sort, start: number, limit: number): Promise<BrowsePage> {
      await (allFilters ??= pagefind.filters());
      const order = { [sort === 'year' ? 'recent' : 'reading']: 'asc' };
      const base = await pagefind.search(null, { filters: pagefindFilters(selection), sort: order });
      // A filter's own choice must not narrow its counts: count it with the other filters only.
      const own = await Promise.all(
        FACETS.map((facet) => (selection[facet].length === 0 ? base : pagefind.search(null, { filters: pagefindFilters(selection, facet) }))),
      );
      const counts = Object.fromEntries(FACETS.map((facet, i) => [facet, new Map(Object.entries(own[i]!.filters[facet] ?? {}))])) as FacetCounts;
      const slice = await Promise.all(base.results.slice(start, start + limit).map(load));
      return { total: base.results.length, hits: slice.filter((p): p is Passage => p !== null).map((p) => toHit(p, 0, [])), counts };
    },
  };
}

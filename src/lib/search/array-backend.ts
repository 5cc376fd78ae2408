/**
 * Search over the sentences themselves, held in memory: what the page uses when Pagefind cannot
 * load (a page opened from a file) and for a query with nothing Pagefind can index ("，").
 * A scan with `includes` is exact by construction, and fast enough for tens of thousands of sentences.
 */
import type { BrowsePage, FallbackData, FallbackPassage, PassageHit, SearchBackend, ShownHit } from './backend.ts';
import { countFacets, facetValues, passes, type FacetDocument, type FacetValues, type Selection } from './facets.ts';
import { recentFirst } from './order.ts';
import { matchClauses, type ParsedQuery } from './query.ts';
import { normalize, type CharMap } from './tokenize.ts';

export interface BackendDocument extends FacetDocument {
  id: string;
}

interface Entry {
  passage: FallbackPassage;
  normal: string;
  values: FacetValues;
  reading: number;
}

/** `docs` in reading order; passages in reading order too; `sections` as FallbackData has them. */
export function createArrayBackend(
  passages: readonly FallbackPassage[],
  docs: readonly BackendDocument[],
  t2s: CharMap,
  sections: FallbackData['sections'] = {},
): SearchBackend {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const entries: Entry[] = passages.map((passage, reading) => {
    const doc = byId.get(passage[0]);
    if (!doc) throw new Error(`search-fallback.js has a sentence of unknown document ${passage[0]}`);
    return {
      passage,
      normal: normalize(passage[3], t2s),
      values: facetValues(passage[4].split(' ').filter(Boolean), doc),
      reading,
    };
  });
  const recentRank = new Map(recentFirst(docs).map((d, i) => [d.id, i]));
  const recent = [...entries].sort(
    (a, b) => recentRank.get(a.passage[0])! - recentRank.get(b.passage[0])! || a.reading - b.reading,
  );

  const hit = (entry: Entry, score: number, terms: string[]): ShownHit => {
    const [doc, id, section, text] = entry.passage;
    return { doc, id, section: sections[doc]?.[section] ?? null, text, values: entry.values, score, terms };
  };
  // The hits handed out are shown hits already; `show` gives them back with that type.
  const shown = new WeakMap<PassageHit, ShownHit>();
  const handOut = (h: ShownHit): ShownHit => {
    shown.set(h, h);
    return h;
  };

  return {
    stats: { candidates: entries.length },
    async find(query: ParsedQuery) {
      const hits: PassageHit[] = [];
      for (const entry of entries) {
        const terms = matchClauses(query, entry.normal);
        if (terms) hits.push(handOut(hit(entry, relevance(entry.normal, terms), terms)));
      }
      return hits;
    },
    // Its hits carry their themes from the start.
    async themed(hits) {
      return [...hits];
    },
    async browse(selection: Selection, sort, start, limit): Promise<BrowsePage> {
      const ordered = sort === 'year' ? recent : entries;
      const passing = ordered.filter((e) => passes(e.values, selection));
      return {
        total: passing.length,
        hits: passing.slice(start, start + limit).map((e) => handOut(hit(e, 0, []))),
        counts: countFacets(
          entries.map((e) => e.values),
          selection,
        ),
      };
    },
    // Everything is in memory already.
    preload() {},
    async show(hits) {
      return hits.map((h) => {
        const full = shown.get(h);
        if (!full) throw new Error(`${h.doc}/${h.id} did not come from this search`);
        return full;
      });
    },
  };
}

/** Occurrences of the terms per square root of length: short sentences that repeat the query first. */
function relevance(normal: string, terms: readonly string[]): number {
  let count = 0;
  for (const term of terms)
    for (let at = normal.indexOf(term); at !== -1; at = normal.indexOf(term, at + term.length)) count++;
  return count / Math.sqrt(Math.max(normal.length, 1));
}

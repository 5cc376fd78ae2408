/**
 * What the search page asks of a search engine, whichever answers: Pagefind over HTTP, or the
 * plain array of sentences when the page is opened from a file. Both answer exactly: a hit
 * contains the query, and every sentence containing it is a hit. Hits come without their text,
 * which `show` brings for the few on screen.
 */
import type { FacetCounts, FacetValues, Selection } from './facets.ts';
import type { ParsedQuery } from './query.ts';
import type { Sort } from './url-state.ts';

export interface PassageHit {
  doc: string;
  /** Sentence id, "s0012". */
  id: string;
  values: FacetValues;
  /** Higher is more relevant; 0 when browsing without a query. */
  score: number;
  /** The query strings found in the sentence (normalised), for highlighting. */
  terms: string[];
}

/** A hit with what it takes to show it. */
export interface ShownHit extends PassageHit {
  /** The heading of the sentence's section, as shown ("一、优化营商环境"). */
  section: string | null;
  /** The sentence as written. */
  text: string;
}

export interface BrowsePage {
  /** Sentences passing the filters in all. */
  total: number;
  /** The requested slice of them, in order. */
  hits: PassageHit[];
  counts: FacetCounts;
}

export interface SearchBackend {
  /**
   * Every sentence containing `query`, filters not applied, in no particular order. The hits'
   * themes (`values.theme`) may be left empty: filtering or counting by theme takes `themed(hits)`.
   */
  find(query: ParsedQuery): Promise<PassageHit[]>;
  /** `hits` of this backend's `find`, in order, with their themes. */
  themed(hits: readonly PassageHit[]): Promise<PassageHit[]>;
  /** Sentences passing `selection` in `sort` order, `limit` of them from `start`, with the filter counts. */
  browse(selection: Selection, sort: Sort, start: number, limit: number): Promise<BrowsePage>;
  /** `hits` of this backend's `find`, `themed` or `browse`, in order, with their texts and themes. */
  show(hits: readonly PassageHit[]): Promise<ShownHit[]>;
  /** Starts loading what a `find` of `query` will read, so that it finds it there; never fails. */
  preload(query: ParsedQuery): void;
  /** What the last `find` looked at: index records (Pagefind) or sentences (array), for diagnostics. */
  readonly stats: { candidates: number };
}

/** One passage of `search-fallback.js`: doc, id, section ("" for none), text, themes (space-separated). */
export type FallbackPassage = [doc: string, id: string, section: string, text: string, themes: string];

/** What `search-fallback.js` holds: `globalThis[FALLBACK_GLOBAL]` is the base64 of this as gzipped JSON. */
export interface FallbackData {
  /** Every sentence, in the site's reading order. */
  passages: FallbackPassage[];
  /** Document id -> section id -> heading, for documents with an outline. */
  sections: Record<string, Record<string, string>>;
  /** The traditional -> simplified map, serialised (char-map.ts). */
  t2s: string;
}

export const FALLBACK_GLOBAL = 'parkPlansSearchFallback';

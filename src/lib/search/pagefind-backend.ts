/**
 * Search through the Pagefind index the build writes (scripts/index-search.ts). Each query term
 * is looked up on its own; Pagefind answers with the records holding it and the word positions
 * where it stands, and the positions where all of a query's terms line up are its occurrences
 * (src/lib/search/positions.ts). A position names its sentence, and the record table
 * (record-table.ts) names the sentence's document and id: hits and their document filters are
 * exact without fetching any record. The theme table is fetched only once something filters or
 * counts by theme; texts, with their themes, only for the hits shown.
 */
import type { BrowsePage, PassageHit, SearchBackend, ShownHit } from './backend.ts';
import type { BackendDocument } from './array-backend.ts';
import { earlyStarted, startPagefind } from './early-start.ts';
import { countFacets, facetValues, passes, type FacetValues, type Selection } from './facets.ts';
import { recentFirst } from './order.ts';
import { queryLinks, queryStarts } from './positions.ts';
import type { ParsedQuery } from './query.ts';
import { recordSentenceId, textFile, type RecordTable, type RecordTexts, type ThemeTable } from './record-table.ts';
import { sharedRequests } from '../shared-requests.ts';
import type { Sort } from './url-state.ts';

/** The part of Pagefind's browser API (pagefind.js) used here. */
export interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Loads the index chunks `term` needs, without searching. */
  preload(term: string): Promise<void>;
  search(term: string): Promise<{ results: { id: string; words: number[] }[] }>;
}

/**
 * Loads pagefind.js from `bundlePath` ("/pagefind/") and returns it started (`startPagefind`);
 * rejects when it cannot. Takes the Pagefind the page's head script started, when there is one.
 */
export async function loadPagefind(bundlePath: string, baseUrl: string): Promise<PagefindModule> {
  const early = earlyStarted();
  if (early) return early.pagefind;
  const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindModule;
  return startPagefind(pagefind, baseUrl, null, document.documentElement);
}

/** Sentence `k` of record `n` as one number, `n × KEY_BASE + k`, for the maps a query fills. */
const KEY_BASE = 2 ** 20;
function sentenceKey(n: number, k: number): number {
  // Records are cut at a few dozen sentences (scripts/lib/search/records.ts); this one is not a record.
  if (k >= KEY_BASE) throw new Error(`search/records.json: record ${n} has more than ${KEY_BASE} sentences`);
  return n * KEY_BASE + k;
}
/** The record and the sentence of a `sentenceKey`. */
const keyRecord = (key: number) => Math.floor(key / KEY_BASE);
const keySentence = (key: number) => key % KEY_BASE;

interface Sentence {
  record: number;
  k: number;
  hit: PassageHit;
}

/**
 * `docs` in reading order, as the table's document numbers count them; `loadTable()` reads the
 * record table, asked for only once a query's lookups are under way (a cold page parses it while
 * Pagefind fetches the index, not in the way of Pagefind's start); `loadThemes(table)` reads the
 * theme table; `loadTexts(file)` fetches one file of search/text/ (`textFile`).
 */
export function createPagefindBackend(
  pagefind: PagefindModule,
  loadTable: () => Promise<RecordTable>,
  loadThemes: (table: RecordTable) => Promise<ThemeTable>,
  docs: readonly BackendDocument[],
  loadTexts: (file: string) => Promise<RecordTexts>,
): SearchBackend {
  let ready: Promise<{ table: RecordTable; byPage: Map<string, number[]> }> | undefined;
  const tableReady = () =>
    (ready ??= loadTable().then((table) => {
      // Page id -> its records, in the order of their offsets.
      const byPage = new Map<string, number[]>();
      table.records.forEach((r, n) => {
        const list = byPage.get(r.page);
        if (list) list.push(n);
        else byPage.set(r.page, [n]);
      });
      return { table, byPage };
    }));
  // One key, one table: shared while pending or loaded, asked again after a failed fetch.
  const themesOnce = sharedRequests(async () => loadThemes((await tableReady()).table));
  const themeTable = () => themesOnce('themes');
  // A document's facet values before its sentences' themes are known, one object for all its
  // hits: a query can find thousands of sentences, and none of them changes its values.
  const unthemed = new Map<number, FacetValues>();
  const unthemedValues = (n: number): FacetValues => {
    let values = unthemed.get(n);
    if (!values) unthemed.set(n, (values = facetValues([], docs[n]!)));
    return values;
  };
  /** Sentence `k` of record `n`, with the theme set numbered `set` (none: [] until `themed`). */
  const sentence = (
    table: RecordTable,
    n: number,
    k: number,
    score: number,
    terms: string[],
    set?: number,
  ): Sentence => {
    const record = table.records[n]!;
    const doc = docs[record.doc]!;
    const values = set === undefined ? unthemedValues(record.doc) : facetValues(table.sets[set]!, doc);
    return { record: n, k, hit: { doc: doc.id, id: recordSentenceId(record, k), values, score, terms } };
  };
  const where = new WeakMap<PassageHit, Sentence>();
  const handOut = (s: Sentence): PassageHit => {
    where.set(s.hit, s);
    return s.hit;
  };
  // Every sentence in reading order and in the "recent" order, built on the first browse.
  let everything: { reading: Sentence[]; recent: Sentence[] } | undefined;
  const all = (table: RecordTable, themes: ThemeTable) => {
    if (!everything) {
      const reading = themes.flatMap((sets, n) => sets.map((set, k) => sentence(table, n, k, 0, [], set)));
      const rank = new Map(recentFirst(docs).map((d, i) => [d.id, i]));
      const recent = [...reading].sort(
        (a, b) => rank.get(a.hit.doc)! - rank.get(b.hit.doc)! || a.record - b.record || a.k - b.k,
      );
      everything = { reading, recent };
    }
    return everything;
  };
  const stats = { candidates: 0 };
  const texts = sharedRequests(loadTexts);

  /** Sentence key (`sentenceKey`) -> occurrences of `normal` in it. */
  const occurrences = async (normal: string): Promise<Map<number, number>> => {
    const links = queryLinks(normal);
    const terms = [...new Set(links.map((l) => l.term))];
    const lookups = Promise.all(terms.map(async (term) => [term, await pagefind.search(term)] as const));
    const [responses, { table, byPage }] = await Promise.all([lookups, tableReady()]);
    const answers = new Map(responses);
    const perTerm = new Map(
      [...answers].map(([term, response]) => [term, new Map(response.results.map((r) => [r.id, r.words]))]),
    );
    const out = new Map<number, number>();
    const firstResults = answers.get(links[0]!.term)!.results;
    stats.candidates += firstResults.length;
    for (const { id } of firstResults) {
      const records = byPage.get(id);
      if (records === undefined) continue;
      const found = links.map((link) => perTerm.get(link.term)!.get(id) ?? []);
      for (const start of queryStarts(links, found)) {
        // The last record starting at or before the position holds it.
        let at = records.length - 1;
        while (at > 0 && table.records[records[at]!]!.offset > start) at--;
        const n = records[at]!;
        const { offset, stride } = table.records[n]!;
        const key = sentenceKey(n, Math.floor((start - offset) / stride));
        out.set(key, (out.get(key) ?? 0) + 1);
      }
    }
    return out;
  };

  return {
    stats,

    async find(query: ParsedQuery) {
      stats.candidates = 0;
      // Per clause: sentence -> the alternatives found in it and how often.
      const clauses = await Promise.all(
        query.clauses.map(async (clause) => {
          const found = new Map<number, { terms: string[]; count: number }>();
          for (const [i, counts] of (await Promise.all(clause.alternatives.map(occurrences))).entries()) {
            for (const [key, count] of counts) {
              const entry = found.get(key) ?? { terms: [], count: 0 };
              entry.terms.push(clause.alternatives[i]!);
              entry.count += count;
              found.set(key, entry);
            }
          }
          return found;
        }),
      );
      if (clauses.length === 0) return [];
      const { table } = await tableReady();
      const [first, ...rest] = clauses;
      const hits: PassageHit[] = [];
      for (const [key, entry] of first!) {
        if (!rest.every((clause) => clause.has(key))) continue;
        const found = [entry, ...rest.map((clause) => clause.get(key)!)];
        const score = found.reduce((sum, e) => sum + e.count, 0);
        const terms = found.flatMap((e) => e.terms);
        hits.push(handOut(sentence(table, keyRecord(key), keySentence(key), score, terms)));
      }
      return hits;
    },

    async themed(hits: readonly PassageHit[]) {
      const [{ table }, themes] = await Promise.all([tableReady(), themeTable()]);
      return hits.map((hit) => {
        const s = where.get(hit);
        if (!s) throw new Error(`${hit.doc}/${hit.id} did not come from this search`);
        return handOut(sentence(table, s.record, s.k, hit.score, hit.terms, themes[s.record]![s.k]!));
      });
    },

    async browse(selection: Selection, sort: Sort, start: number, limit: number): Promise<BrowsePage> {
      const [{ table }, themes] = await Promise.all([tableReady(), themeTable()]);
      const { reading, recent } = all(table, themes);
      const passing = (sort === 'year' ? recent : reading).filter((s) => passes(s.hit.values, selection));
      const slice = passing.slice(start, start + limit);
      for (const s of slice) where.set(s.hit, s);
      return {
        total: passing.length,
        hits: slice.map((s) => s.hit),
        counts: countFacets(
          reading.map((s) => s.hit.values),
          selection,
        ),
      };
    },

    preload(query: ParsedQuery) {
      const terms = query.clauses.flatMap((c) =>
        c.alternatives.flatMap((normal) => queryLinks(normal).map((l) => l.term)),
      );
      // A failed preload costs nothing: the search that follows asks again and reports the error.
      for (const term of new Set(terms)) pagefind.preload(term).catch(() => undefined);
    },

    async show(hits: readonly PassageHit[]): Promise<ShownHit[]> {
      return Promise.all(
        hits.map(async (hit) => {
          const s = where.get(hit);
          if (!s) throw new Error(`${hit.doc}/${hit.id} did not come from this search`);
          const { file, index } = textFile(s.record, s.k);
          const [block, { table }] = await Promise.all([texts(file), tableReady()]);
          const [section, text, set]: RecordTexts[number] = block[index] ?? ['', '', 0];
          const values = { ...hit.values, theme: [...(table.sets[set] ?? [])] };
          return { ...hit, values, section: section === '' ? null : section, text };
        }),
      );
    },
  };
}

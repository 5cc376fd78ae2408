/**
 * The search records of the corpus: each a run of one document's sentences, laid out in word
 * positions as src/lib/search/positions.ts says, so that Pagefind's positions name sentences.
 * Consecutive records share one Pagefind page, each after the one before it: few large pages
 * keep Pagefind's per-page metadata, which every search loads, small, and its index build lean.
 * What a sentence needs beyond its position (document, id, themes) is the record table, and its
 * text is the record's text file, fetched only when the sentence is shown.
 */
import type { CustomRecord } from 'pagefind';
import { recordContent, strideFor } from '../../../src/lib/search/positions.ts';
import { sentenceId, sentenceNumber } from '../../../src/lib/search/order.ts';
import {
  placeOnPages,
  type RecordTable,
  type RecordTexts,
  type TableRecord,
  type ThemeTable,
} from '../../../src/lib/search/record-table.ts';
import { normalize, type CharMap } from '../../../src/lib/search/tokenize.ts';

/**
 * The record language. ISO 639-2 "zxx", no linguistic content: the content is encoded
 * characters, so Pagefind must neither stem nor segment it, and it does neither for a language
 * it has no stemmer or segmenter for.
 */
export const RECORD_LANGUAGE = 'zxx';

/**
 * The most word positions in one record (sentences × stride), so no record's content grows
 * unbounded; a single sentence longer than that is a record of its own.
 */
export const MAX_POSITIONS = 32_768;

/**
 * The most word positions in one Pagefind page, which holds as many consecutive records as fit.
 * Pagefind's memory and time grow with its pages' distinct words, so fewer pages build leaner
 * (README: 1.6 → 1.1 GiB at 1,000 documents); larger pages made larger positions and index chunks,
 * and a query fetches more bytes.
 */
export const PAGE_POSITIONS = 65_536;

export interface RecordPassage {
  doc: string;
  id: string;
  section: string | null;
  text: string;
  themes: readonly string[];
}

export interface RecordDocument {
  id: string;
  outline: readonly { id: string; label: string; title: string }[];
}

/**
 * Section id -> heading as shown with a hit ("一、优化营商环境"). The texts carry headings rather
 * than ids, so the search page needs no outline of every document before its first result.
 */
export function sectionHeadings(doc: RecordDocument): Map<string, string> {
  return new Map(doc.outline.map((s) => [s.id, `${s.label}${s.title}`]));
}

/** A record before Pagefind has named its page. */
export interface SearchRecord extends Omit<TableRecord, 'page' | 'offset'> {
  /** Its first sentence's address, unique per record: a page is named by its first record's. */
  url: string;
  /** Its words (`recordContent`): count × stride of them. */
  content: string;
  /** Per sentence: section heading ("" for none), text and theme set, as the files of `search/text/` hold them (`textFile`). */
  texts: RecordTexts;
}

/** What Pagefind indexes: the records `from` to `to` (exclusive), their words one after another. */
export interface SearchPage {
  custom: CustomRecord;
  from: number;
  to: number;
}

/**
 * What a record costs, in positions, beside its sentences' own: its row in the record table every
 * search loads, and a text file cut short. A record's gaps make up the rest of its cost, and
 * Pagefind spends its index build on positions, gaps included (at 1,000 documents 14.5 million
 * positions for 3.1 million characters took 6.1 s to add, the characters alone 1.5 s). At this
 * cost the synthetic 1,000 documents take 8.8 million positions in 2,527 records, against 14.5
 * million in 1,049 records as one record a document, for 4 KB more table (gzip).
 */
export const RECORD_COST = 1000;

/** The most sentences in one record: a longer one could save its sentences under 4 positions each (RECORD_COST / 256), and the bound keeps the split linear. */
const MAX_SENTENCES = 256;

/**
 * Runs of consecutive sentences of one document, none over MAX_POSITIONS, cut where they cost
 * least: a record's stride is its longest sentence, so one long sentence among short ones pads
 * them all with gaps, and a cut before it saves them. The cheapest cuts into runs of at most
 * MAX_SENTENCES are found exactly (dynamic programming over the run's end: positions plus
 * RECORD_COST per record).
 */
function runs(passages: readonly RecordPassage[], normals: readonly string[]): number[][] {
  const lengths = normals.map((n) => Array.from(n).length);
  const out: number[][] = [];
  let start = 0;
  passages.forEach((p, i) => {
    const last = i + 1 === passages.length;
    if (last || sentenceNumber(passages[i + 1]!.id) !== sentenceNumber(p.id) + 1) {
      for (const run of cheapestRuns(lengths, start, i + 1)) out.push(run);
      start = i + 1;
    }
  });
  return out;
}

/** Sentences `from` to `to` (exclusive), following one another, as the runs of least cost. */
function cheapestRuns(lengths: readonly number[], from: number, to: number): number[][] {
  const n = to - from;
  // cost[j]: the least cost of the first j sentences; cut[j]: where the last run of that split starts.
  const cost = new Float64Array(n + 1).fill(Infinity);
  const cut = new Int32Array(n + 1);
  cost[0] = 0;
  for (let j = 1; j <= n; j++) {
    let longest = 0;
    for (let i = j - 1; i >= 0 && j - i <= MAX_SENTENCES; i--) {
      longest = Math.max(longest, lengths[from + i]!);
      const positions = (j - i) * (longest + 1);
      // A sentence alone always fits: its record is as long as it needs.
      if (positions > MAX_POSITIONS && j - i > 1) break;
      const total = cost[i]! + positions + RECORD_COST;
      if (total < cost[j]!) {
        cost[j] = total;
        cut[j] = i;
      }
    }
  }
  const out: number[][] = [];
  for (let j = n; j > 0; j = cut[j]!) out.push(Array.from({ length: j - cut[j]! }, (_, k) => from + cut[j]! + k));
  return out.reverse();
}

/**
 * The records of the corpus in reading order, the theme sets they refer to and the pages they are
 * packed into. `docs` must be in the site's reading order; throws on a passage of a missing
 * document or with an id the ingest would not write (the browser rebuilds ids from numbers).
 */
export function searchRecords(
  passages: readonly RecordPassage[],
  docs: readonly RecordDocument[],
  t2s: CharMap,
): { records: SearchRecord[]; sets: string[][]; pages: SearchPage[] } {
  const grouped = new Map<string, RecordPassage[]>(docs.map((d) => [d.id, []]));
  const setCounts = new Map<string, number>();
  for (const p of passages) {
    const list = grouped.get(p.doc);
    if (!list) throw new Error(`passage ${p.doc} ${p.id} belongs to no document in documents.json`);
    if (sentenceId(sentenceNumber(p.id)) !== p.id)
      throw new Error(`passage ${p.doc} ${p.id}: search expects ids like s0012`);
    list.push(p);
    const key = p.themes.join(' ');
    setCounts.set(key, (setCounts.get(key) ?? 0) + 1);
  }
  // Most common first, then by name: deterministic, and the common sets get the short numbers.
  const keys = [...setCounts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0)).map(([key]) => key);
  const setIndex = new Map(keys.map((key, i) => [key, i]));

  const records: SearchRecord[] = [];
  docs.forEach((doc, docIndex) => {
    const list = grouped.get(doc.id)!.sort((a, b) => sentenceNumber(a.id) - sentenceNumber(b.id));
    const headings = sectionHeadings(doc);
    const normals = list.map((p) => normalize(p.text, t2s));
    for (const run of runs(list, normals)) {
      const own = run.map((i) => normals[i]!);
      const stride = strideFor(own);
      const first = list[run[0]!]!;
      records.push({
        doc: docIndex,
        first: sentenceNumber(first.id),
        stride,
        count: run.length,
        url: `/docs/${doc.id}/#${first.id}`,
        content: recordContent(own, stride),
        texts: run.map((i) => {
          const p = list[i]!;
          return [headings.get(p.section ?? '') ?? '', p.text, setIndex.get(p.themes.join(' '))!];
        }),
      });
    }
  });
  return { records, sets: keys.map((key) => (key === '' ? [] : key.split(' '))), pages: pack(records) };
}

/** Consecutive records in pages of at most PAGE_POSITIONS positions (a record alone may fill one). */
function pack(records: readonly SearchRecord[]): SearchPage[] {
  const ranges: [from: number, to: number][] = [];
  let positions = 0;
  records.forEach((record, n) => {
    const size = record.count * record.stride;
    const last = ranges.at(-1);
    if (last && positions + size <= PAGE_POSITIONS) {
      last[1] = n + 1;
      positions += size;
    } else {
      ranges.push([n, n + 1]);
      positions = size;
    }
  });
  // Each record's words end in a gap, so no match runs from one record into the next.
  return ranges.map(([from, to]) => ({
    custom: {
      url: records[from]!.url,
      content: records
        .slice(from, to)
        .map((r) => r.content)
        .join(' '),
      language: RECORD_LANGUAGE,
    },
    from,
    to,
  }));
}

/** The table the browser reads, once Pagefind has given each page's URL its page id. */
export function recordTable(
  built: { records: readonly SearchRecord[]; sets: string[][]; pages: readonly SearchPage[] },
  pageOf: ReadonlyMap<string, string>,
): RecordTable {
  const records = built.pages.flatMap(({ custom, from, to }) => {
    const page = pageOf.get(custom.url);
    if (!page) throw new Error(`Pagefind wrote no page for ${custom.url}`);
    return built.records.slice(from, to).map(({ doc, first, stride, count }) => ({ page, doc, first, stride, count }));
  });
  return { sets: built.sets, records: placeOnPages(records) };
}

/** search/themes.json's table: per record, in the table's order, its sentences' theme sets (as their texts carry them). */
export function themeTable(built: { records: readonly SearchRecord[] }): ThemeTable {
  return built.records.map((r) => r.texts.map(([, , set]) => set));
}

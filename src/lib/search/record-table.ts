/**
 * `search/records.json`: what the browser needs to turn Pagefind's answer (record ids and word
 * positions) into sentences, counts and filters, without fetching any record. Written by
 * scripts/index-search.ts; each record's sentence texts are in `search/text/<n>.json`.
 */
import { sentenceId } from './order.ts';

export interface TableRecord {
  /** Pagefind's id of the record (its result `id`). */
  page: string;
  /** Index of the document in the site's reading order (config.docs). */
  doc: number;
  /** The number of the record's first sentence ("s0012" -> 12); the others follow in order. */
  first: number;
  /** Positions per sentence (src/lib/search/positions.ts). */
  stride: number;
  /** Per sentence, the index of its theme set in `RecordTable.sets`. */
  themes: number[];
}

export interface RecordTable {
  /** The distinct theme sets of sentences, most common first; sets[0] is usually []. */
  sets: string[][];
  /** In reading order: documents as config.docs orders them, sentences in file order. */
  records: TableRecord[];
}

/** One record of the file: [page, doc, first, stride, themes]. */
type RawRecord = [string, number, number, number, number[]];

/** The file's shape; records as arrays, a third the size of objects. */
export interface RecordTableFile {
  sets: string[][];
  records: RawRecord[];
}

export function serializeRecordTable(table: RecordTable): RecordTableFile {
  return { sets: table.sets, records: table.records.map((r) => [r.page, r.doc, r.first, r.stride, r.themes]) };
}

const isInt = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** Reads the file; throws on anything not of its shape, naming the record. */
export function parseRecordTable(data: unknown, documents: number): RecordTable {
  const file = data as Partial<RecordTableFile> | null;
  if (!file || !Array.isArray(file.sets) || !Array.isArray(file.records)) throw new Error('search/records.json is not a record table');
  const sets = file.sets;
  if (!sets.every((set) => Array.isArray(set) && set.every((t) => typeof t === 'string'))) throw new Error('search/records.json: bad theme sets');
  const records = file.records.map((raw, i): TableRecord => {
    const [page, doc, first, stride, themes] = Array.isArray(raw) ? raw : [];
    const ok =
      typeof page === 'string' && isInt(doc) && doc < documents && isInt(first) && isInt(stride) && stride > 0 &&
      Array.isArray(themes) && themes.every((s) => isInt(s) && s < sets.length);
    if (!ok) throw new Error(`search/records.json: record ${i} is malformed`);
    return { page, doc, first, stride, themes };
  });
  return { sets, records };
}

/** The id of sentence `k` of `record`. */
export function recordSentenceId(record: TableRecord, k: number): string {
  return sentenceId(record.first + k);
}

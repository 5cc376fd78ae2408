/**
 * `search/records.json`: what the browser needs to turn Pagefind's answer (record ids and word
 * positions) into sentences and their documents, without fetching any record. The sentences'
 * theme sets are apart, in `search/themes.json` (`parseThemeTable`): they are most of the bytes
 * (61 KB gzipped at 1,000 documents, against 8 KB for the rest) and only filtering or counting
 * by theme needs them, so a first result does not wait for them. Written by
 * scripts/index-search.ts; each record's sentence texts, with their theme sets, are in
 * `search/text/<n>-<b>.json.gz` (`textFile`).
 */
import { sentenceId } from './order.ts';

export interface TableRecord {
  /** Pagefind's id of the page holding the record (its result `id`); consecutive records share a page. */
  page: string;
  /** Where in its page the record's words start: after those of the page's records before it. */
  offset: number;
  /** Index of the document in the site's reading order (config.docs). */
  doc: number;
  /** The number of the record's first sentence ("s0012" -> 12); the others follow in order. */
  first: number;
  /** Positions per sentence (src/lib/search/positions.ts). */
  stride: number;
  /** Its number of sentences. */
  count: number;
}

export interface RecordTable {
  /** The distinct theme sets of sentences, most common first; sets[0] is usually []. */
  sets: string[][];
  /** In reading order: documents as config.docs orders them, sentences in file order. */
  records: TableRecord[];
}

/**
 * One record of the file: [page, doc, first, stride, count], or [stride, count] where it goes on
 * from the record before it (same page and document, its first sentence the one after that
 * record's last), as most do; its offset follows from the records before it.
 */
type RawRecord = [string, number, number, number, number] | [number, number];

/** The file's shape; records as arrays, a third the size of objects. */
export interface RecordTableFile {
  sets: string[][];
  records: RawRecord[];
}

/** `search/themes.json`: per record of the table, its sentences' theme set numbers as `encodeSets` writes them. */
export type ThemeTableFile = string[];

/** Per record, per sentence, the index of its theme set in `RecordTable.sets`. */
export type ThemeTable = number[][];

/**
 * The theme set numbers, one to three characters each, since they are at least 5 bits a sentence
 * however written (their entropy at 1,000 documents): base-32 digits, most significant first,
 * each but the last raised by 32, from an alphabet JSON never escapes. The common sets have the small numbers, so most
 * sentences take one character; gzipped, a sixth smaller than a JSON array of numbers.
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

export function encodeSets(numbers: readonly number[]): string {
  let out = '';
  for (const n of numbers) {
    let code = DIGITS[n % 32]!;
    for (let rest = Math.floor(n / 32); rest > 0; rest = Math.floor(rest / 32)) code = DIGITS[32 + (rest % 32)]! + code;
    out += code;
  }
  return out;
}

/** `encodeSets` undone; null for a string it cannot have written. */
export function decodeSets(code: string): number[] | null {
  const out: number[] = [];
  let n = 0;
  let open = false;
  for (const char of code) {
    const digit = DIGITS.indexOf(char);
    if (digit === -1) return null;
    n = n * 32 + (digit % 32);
    open = digit >= 32;
    if (!open) {
      out.push(n);
      n = 0;
    }
  }
  return open ? null : out;
}

/** Whether `record` goes on from `before` (`RawRecord`). */
const goesOn = (before: Omit<TableRecord, 'offset'> | undefined, record: Omit<TableRecord, 'offset'>): boolean =>
  before !== undefined &&
  before.page === record.page &&
  before.doc === record.doc &&
  before.first + before.count === record.first;

export function serializeRecordTable(table: RecordTable): RecordTableFile {
  return {
    sets: table.sets,
    records: table.records.map((r, n): RawRecord =>
      goesOn(table.records[n - 1], r) ? [r.stride, r.count] : [r.page, r.doc, r.first, r.stride, r.count],
    ),
  };
}

export function serializeThemeTable(themes: ThemeTable): ThemeTableFile {
  return themes.map(encodeSets);
}

const isInt = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** Reads the file; throws on anything not of its shape, naming the record. */
export function parseRecordTable(data: unknown, documents: number): RecordTable {
  const file = data as Partial<RecordTableFile> | null;
  if (!file || !Array.isArray(file.sets) || !Array.isArray(file.records))
    throw new Error('search/records.json is not a record table');
  const sets = file.sets;
  if (!sets.every((set) => Array.isArray(set) && set.every((t) => typeof t === 'string')))
    throw new Error('search/records.json: bad theme sets');
  const records: Omit<TableRecord, 'offset'>[] = [];
  file.records.forEach((raw: unknown, i) => {
    const before = records.at(-1);
    const fields: unknown[] = !Array.isArray(raw)
      ? []
      : raw.length === 2 && before
        ? [before.page, before.doc, before.first + before.count, ...(raw as unknown[])]
        : raw.length === 5
          ? raw
          : [];
    const [page, doc, first, stride, count] = fields;
    const ok =
      typeof page === 'string' &&
      isInt(doc) &&
      doc < documents &&
      isInt(first) &&
      isInt(stride) &&
      stride > 0 &&
      isInt(count) &&
      count > 0;
    if (!ok) throw new Error(`search/records.json: record ${i} is malformed`);
    records.push({ page, doc, first, stride, count });
  });
  return { sets, records: placeOnPages(records) };
}

/**
 * Records in table order with their offsets: each starts on its page where the one before it on
 * that page ends (the page's words are its records' words one after another). Throws, naming the
 * record, where a page's records are not consecutive, which would leave their offsets unknown.
 */
export function placeOnPages(records: readonly Omit<TableRecord, 'offset'>[]): TableRecord[] {
  const placed: TableRecord[] = [];
  const seen = new Set<string>();
  records.forEach((record, i) => {
    const before = placed.at(-1);
    const samePage = before?.page === record.page;
    if (!samePage && seen.has(record.page))
      throw new Error(
        `search/records.json: record ${i} is on page ${record.page} again after another page's records, so its offset is unknown`,
      );
    seen.add(record.page);
    placed.push({ ...record, offset: samePage ? before.offset + before.count * before.stride : 0 });
  });
  return placed;
}

/** Reads search/themes.json against the table it belongs to; throws on anything else, naming the record. */
export function parseThemeTable(data: unknown, table: RecordTable): ThemeTable {
  if (!Array.isArray(data) || data.length !== table.records.length)
    throw new Error('search/themes.json does not match search/records.json');
  return data.map((code, i) => {
    const themes = typeof code === 'string' ? decodeSets(code) : null;
    if (themes === null || themes.length !== table.records[i]!.count || !themes.every((s) => s < table.sets.length))
      throw new Error(`search/themes.json: record ${i} is malformed`);
    return themes;
  });
}

/** The id of sentence `k` of `record`. */
export function recordSentenceId(record: TableRecord, k: number): string {
  return sentenceId(record.first + k);
}

/**
 * Sentences per text file. A record's texts are cut into blocks of this many sentences, so that
 * showing a hit fetches its block rather than its whole document: at 1,000 documents the first 20
 * hits of a query took a fifth to a half of the bytes their records' whole texts took.
 */
export const TEXT_BLOCK = 8;

/** A file of search/text/: per sentence, its section heading ("" for none), its text and its theme set (in `RecordTable.sets`). */
export type RecordTexts = [section: string, text: string, set: number][];

/** The file, under search/text/, holding sentence `k` of record `n`, and the sentence's place in it. */
export function textFile(n: number, k: number): { file: string; index: number } {
  return { file: `${n}-${Math.floor(k / TEXT_BLOCK)}.json.gz`, index: k % TEXT_BLOCK };
}

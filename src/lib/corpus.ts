/**
 * The only reader of `content/data/`: every page gets the corpus from here, parsed with the
 * shared schemas, so a malformed file fails the build with the file and line at fault.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { PublishedCodebook, THEME_IDS, type PublishedTheme, type ThemeId } from '../schemas/codebook.ts';
import { DocumentRecord } from '../schemas/document.ts';
import { PublishedInstrumentCodebook } from '../schemas/instruments.ts';
import { ParkChangesFile } from '../schemas/park-changes.ts';
import { Passage } from '../schemas/passage.ts';
import { evidenceTermsByPark } from './evidence-terms.ts';
import { mdxBlocks, type MdxBlock } from './read-mdx.ts';
import { mostSimilarAll } from './similarity.ts';

/** The pipeline's output folder: `$CONTENT_DIR` (a benchmark's synthetic corpus), else `content/` of the project root. */
export const CONTENT_DIR = resolve(process.env['CONTENT_DIR'] || 'content');

/** Where the pipeline writes the data files. */
export const DATA_DIR = join(CONTENT_DIR, 'data');

/** Where the pipeline writes one MDX file per document, `<id>.mdx`. */
export const DOCS_DIR = join(CONTENT_DIR, 'docs');

function fail(source: string, error: z.ZodError): never {
  throw new Error(`${source} does not match its schema:\n${z.prettifyError(error)}`);
}

/** `value` checked against `schema`; a mismatch fails naming `source` and every problem. */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown, source: string): T {
  const result = schema.safeParse(value);
  return result.success ? result.data : fail(source, result.error);
}

/** JSON.parse with the file at fault named when the text is not JSON. */
function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${source} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * `codebook.json` as the pipeline publishes it: the codebook without the 正例/反例 and the
 * segmenter dictionary, which only the tagger needs, and possibly without `headingBoost`.
 */

export function parseCodebook(text: string, source = 'codebook.json'): PublishedCodebook {
  const codebook = parseWith(PublishedCodebook, parseJson(text, source), source);
  const order = codebook.themes.map((t) => t.id).join(' ');
  if (order !== THEME_IDS.join(' ')) throw new Error(`${source} lists its themes out of order: ${order}`);
  return codebook;
}

export function parseDocuments(text: string, source = 'documents.json'): DocumentRecord[] {
  return parseWith(z.array(DocumentRecord), parseJson(text, source), source);
}

/** JSON text parsed and checked against `schema`; errors name `source`. */
export function parseJsonWith<T>(schema: z.ZodType<T>, text: string, source: string): T {
  return parseWith(schema, parseJson(text, source), source);
}

/** JSON Lines, one value per non-empty line checked against `schema`; errors name the 1-based line. */
export function parseJsonLines<T>(schema: z.ZodType<T>, text: string, source: string): T[] {
  return text
    .split('\n')
    .flatMap((line, i) => (line.trim() === '' ? [] : [parseJsonWith(schema, line, `${source} line ${i + 1}`)]));
}

/** Parses JSON Lines, one Passage per non-empty line; errors name the 1-based line. */
export function parsePassages(text: string, source = 'passages.jsonl'): Passage[] {
  return parseJsonLines(Passage, text, source);
}

/** `load` run once per build, on first use: content/data does not change while the site is built. */
export function memo<T>(load: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: load() }).v;
}

function readText(file: string): string {
  return readFileSync(join(DATA_DIR, file), 'utf8');
}

export const getCodebook = memo(() => parseCodebook(readText('codebook.json')));

/** All themes in codebook order, which is `THEME_IDS` order. */
export const getThemes = memo((): PublishedTheme[] => getCodebook().themes);

export function getTheme(id: ThemeId): PublishedTheme {
  const theme = getThemes().find((t) => t.id === id);
  if (!theme) throw new Error(`codebook has no theme "${id}"`);
  return theme;
}

/** The policy-instrument codebook that coded the corpus (instruments.json), types in framework order. */
export const getInstruments = memo(() =>
  parseJsonWith(PublishedInstrumentCodebook, readText('instruments.json'), 'instruments.json'),
);

/** All documents, ordered by year (unknown last), then title. */
export const getDocuments = memo(() =>
  parseDocuments(readText('documents.json')).sort(
    (a, b) => (a.year ?? Infinity) - (b.year ?? Infinity) || a.title.localeCompare(b.title, 'zh-CN'),
  ),
);

const documentIndex = memo(() => new Map(getDocuments().map((d) => [d.id, d])));

/** Each document's three most similar by theme shares (see mostSimilarAll), computed once per build rather than per page. */
export const getSimilarDocuments = memo(() => mostSimilarAll(getDocuments(), 3));

export function getDocument(id: string): DocumentRecord {
  const doc = documentIndex().get(id);
  if (!doc) throw new Error(`documents.json has no document "${id}"`);
  return doc;
}

/** Every sentence of the corpus, in file order. */
export const getPassages = memo(() => parsePassages(readText('passages.jsonl')));

/** Per theme, the words that fired it in each park's sentences (the theme pages of both languages), counted once per build. */
export const getEvidenceTermsByPark = memo(() => evidenceTermsByPark(getDocuments(), getPassages()));

const passageIndex = memo(() => {
  const byDoc = new Map<string, Map<string, Passage>>();
  for (const p of getPassages()) {
    let doc = byDoc.get(p.doc);
    if (!doc) byDoc.set(p.doc, (doc = new Map()));
    doc.set(p.id, p);
  }
  return byDoc;
});

/** The sentences of one document in reading order; empty for an unknown document. */
export function getPassagesOf(doc: string): Passage[] {
  return [...(passageIndex().get(doc)?.values() ?? [])];
}

/** A document's text as its MDX file holds it: paragraphs and headings, each with its sentences. */
export function getDocumentText(id: string): MdxBlock[] {
  const path = join(DOCS_DIR, `${id}.mdx`);
  return mdxBlocks(readFileSync(path, 'utf8'), path);
}

/** One sentence by document and sentence id, e.g. `getPassage('a', 's0001')`. */
export function getPassage(doc: string, id: string): Passage | undefined {
  return passageIndex().get(doc)?.get(id);
}

/**
 * `park-changes.json`: what each park carried over, dropped and added from year to year. A corpus
 * ingested before the file existed reads as having no park with several years.
 */
export const getParkChanges = memo((): ParkChangesFile => {
  return (
    readOptionalJson('park-changes.json', ParkChangesFile) ?? {
      method: 'char-bigram-dice-greedy',
      threshold: 0,
      codebookVersion: '',
      parks: [],
    }
  );
});

/** Names of the files in `content/data/`, which the site serves verbatim under `data/`. */
export const listDataFiles = memo(() =>
  readdirSync(DATA_DIR, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort(),
);

/** The text of a data file the pipeline may not have written yet (an older corpus), or null; a CSV's byte-order mark is dropped. */
export function readOptionalText(file: string): string | null {
  return listDataFiles().includes(file) ? new TextDecoder().decode(readDataFile(file)) : null;
}

/** A JSON data file checked against its schema, or null while the pipeline has not written it. */
export function readOptionalJson<T>(file: string, schema: z.ZodType<T>): T | null {
  const text = readOptionalText(file);
  return text === null ? null : parseJsonWith(schema, text, file);
}

/** The bytes of one data file, unparsed, for serving as a download. */
export function readDataFile(file: string): Uint8Array<ArrayBuffer> {
  if (!listDataFiles().includes(file)) throw new Error(`content/data has no file "${file}"`);
  return new Uint8Array(readFileSync(join(DATA_DIR, file)));
}

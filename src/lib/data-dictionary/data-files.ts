import { KeynessFile, OrganisationsFile, PhrasesFile, Target, WordCountsFile } from '../../schemas/analysis.ts';
import { PublishedCodebook, THEME_IDS } from '../../schemas/codebook.ts';
import { DocumentRecord } from '../../schemas/document.ts';
import { EvalReport } from '../../schemas/eval-report.ts';
import { PublishedInstrumentCodebook } from '../../schemas/instruments.ts';
import { ParkChangesFile } from '../../schemas/park-changes.ts';
import { Passage } from '../../schemas/passage.ts';
import { FIELD_TEXT, FILE_TEXT, type Bilingual } from './field-text.ts';
import { schemaFields, type SchemaField } from './schema-fields.ts';

export interface DataFile {
  file: string;
  /** The name it is downloaded under (see publishedName). */
  published: string;
  /** How the file is laid out, e.g. "JSON array", "JSON Lines", "CSV (UTF-8 with BOM)". */
  format: string;
  description: Bilingual;
  fields: (SchemaField & { description: Bilingual })[];
}

/** The theme columns of matrix.csv, written as one row in the field table. */
export const THEME_COLUMNS = `${THEME_IDS[0]} … ${THEME_IDS.at(-1)}`;

/** The theme count columns of matrix.csv (the shares' numerators), written as one row in the field table. */
export const THEME_COUNT_COLUMNS = `${THEME_IDS[0]}_count … ${THEME_IDS.at(-1)}_count`;

/** matrix.csv has no zod schema: it is a flat projection of documents.json, column by column. */
const MATRIX_COLUMNS: SchemaField[] = [
  { path: 'doc', type: 'string', nullable: false, values: [] },
  { path: 'park', type: 'string', nullable: true, values: [] },
  { path: 'year', type: 'integer', nullable: true, values: [] },
  { path: 'type', type: 'string', nullable: false, values: [] },
  { path: 'level', type: 'string', nullable: false, values: [] },
  { path: 'province', type: 'string', nullable: true, values: [] },
  { path: 'sentences', type: 'integer', nullable: false, values: [] },
  { path: THEME_COLUMNS, type: 'number', nullable: false, values: [] },
  { path: THEME_COUNT_COLUMNS, type: 'integer', nullable: false, values: [] },
];

/** The industry columns of industries.csv (ids of content/industries.yaml), written as one row in the field table. */
export const INDUSTRY_COLUMNS = 'electronic-information … modern-services';

/** industries.csv has no zod schema: a document id, then one count per industry. */
const INDUSTRIES_COLUMNS: SchemaField[] = [
  { path: 'doc', type: 'string', nullable: false, values: [] },
  { path: INDUSTRY_COLUMNS, type: 'integer', nullable: false, values: [] },
];

/** instruments.csv has no zod schema: one row per document and theme, sentence counts per instrument type. */
const INSTRUMENT_COUNT_COLUMNS: SchemaField[] = [
  'doc',
  'theme',
  'tagged',
  'supply',
  'demand',
  'environment',
  'unidentified',
].map((path, i) => ({ path, type: i < 2 ? 'string' : 'integer', nullable: false, values: [] }));

/** Every column name of matrix.csv, in order, with the theme columns spelled out. */
export const MATRIX_HEADER = [
  ...MATRIX_COLUMNS.slice(0, -2).map((c) => c.path),
  ...THEME_IDS,
  ...THEME_IDS.map((id) => `${id}_count`),
];

const SPECS: { file: string; format: string; fields: SchemaField[]; gzip?: true }[] = [
  { file: 'documents.json', format: 'JSON', fields: schemaFields(DocumentRecord), gzip: true },
  { file: 'passages.jsonl', format: 'JSON Lines', fields: schemaFields(Passage), gzip: true },
  { file: 'matrix.csv', format: 'CSV', fields: MATRIX_COLUMNS },
  { file: 'codebook.json', format: 'JSON', fields: schemaFields(PublishedCodebook) },
  { file: 'instruments.json', format: 'JSON', fields: schemaFields(PublishedInstrumentCodebook) },
  { file: 'instruments.csv', format: 'CSV', fields: INSTRUMENT_COUNT_COLUMNS },
  { file: 'eval.json', format: 'JSON', fields: schemaFields(EvalReport) },
  { file: 'keyness.json', format: 'JSON', fields: schemaFields(KeynessFile), gzip: true },
  { file: 'word-counts.json', format: 'JSON', fields: schemaFields(WordCountsFile), gzip: true },
  { file: 'phrases.json', format: 'JSON', fields: schemaFields(PhrasesFile), gzip: true },
  { file: 'targets.jsonl', format: 'JSON Lines', fields: schemaFields(Target) },
  { file: 'industries.csv', format: 'CSV', fields: INDUSTRIES_COLUMNS },
  { file: 'organisations.json', format: 'JSON', fields: schemaFields(OrganisationsFile) },
  { file: 'park-changes.json', format: 'JSON', fields: schemaFields(ParkChangesFile), gzip: true },
  { file: 'datapackage.json', format: 'JSON (Frictionless Data Package)', fields: [] },
];

/**
 * Whether a data file is published gzip-compressed: the JSON files that grow with every sentence
 * or document of the corpus (evidence, contexts, outlines and removed lines, compared sentences,
 * word counts compress to a fifth or less), which keeps a large corpus's site within GitHub Pages'
 * 1 GB; the compare page unpacks word-counts.json.gz with `fetchJson`. Every other file is
 * published as it is in content/data.
 */
export function isGzipped(file: string): boolean {
  return SPECS.find((f) => f.file === file)?.gzip === true;
}

/** The name a data file is published under: `<file>.gz` when it is gzipped. */
export function publishedName(file: string): string {
  return isGzipped(file) ? `${file}.gz` : file;
}

function fieldText(file: string, path: string): Bilingual {
  const text = FIELD_TEXT[file]?.[path];
  if (!text) throw new Error(`data dictionary: no description for ${file} field "${path}" (add it to field-text.ts)`);
  return text;
}

/**
 * The description of one column of a CSV file as written: a fixed column by its name, a theme
 * column (matrix.csv) or an industry column (industries.csv, every column after `doc`) by the
 * row that stands for all of them.
 */
export function columnText(file: string, column: string): Bilingual {
  const fixed = FIELD_TEXT[file]?.[column];
  if (fixed) return fixed;
  if (file === 'matrix.csv' && (THEME_IDS as readonly string[]).includes(column)) return fieldText(file, THEME_COLUMNS);
  if (file === 'matrix.csv' && (THEME_IDS as readonly string[]).some((id) => column === `${id}_count`))
    return fieldText(file, THEME_COUNT_COLUMNS);
  if (file === 'industries.csv' && column !== 'doc') return fieldText(file, INDUSTRY_COLUMNS);
  return fieldText(file, column);
}

/** One column of a CSV file as written, typed and described by the dictionary row that covers it. */
export function columnField(file: string, column: string): SchemaField & { description: Bilingual } {
  const description = columnText(file, column);
  const spec = SPECS.find((f) => f.file === file);
  const row =
    spec?.fields.find((f) => f.path === column) ?? spec?.fields.find((f) => FIELD_TEXT[file]?.[f.path] === description);
  if (!row) throw new Error(`data dictionary: ${file} has no column "${column}"`);
  return { ...row, path: column, description };
}

/** What a data file holds, in both languages. */
export function fileText(file: string): Bilingual {
  const text = FILE_TEXT[file];
  if (!text) throw new Error(`data dictionary: no description for data file ${file} (add it to field-text.ts)`);
  return text;
}

/** The fields of a data file a reader meets first: the top-level keys of a JSON object, the columns of a CSV. */
export function topLevelFields(file: string): DataFile['fields'] {
  const spec = dataFiles().find((f) => f.file === file);
  if (!spec) throw new Error(`data dictionary: no data file named ${file}`);
  return spec.fields.filter((f) => !f.path.includes('.') && !f.path.includes('[]'));
}

/**
 * Every data file the pipeline writes, with its fields (from the zod schemas where the file
 * has one) and their descriptions; throws when a schema field has no description.
 */
export function dataFiles(): DataFile[] {
  return SPECS.map((spec) => ({
    file: spec.file,
    published: publishedName(spec.file),
    format: spec.gzip ? `${spec.format}, gzip` : spec.format,
    description: FILE_TEXT[spec.file] ?? { zh: '', en: '' },
    fields: spec.fields.map((f) => ({ ...f, description: fieldText(spec.file, f.path) })),
  }));
}

export type { Bilingual };

import { createHash } from 'node:crypto';
import type { Codebook, PublishedCodebook } from '../../../src/schemas/codebook.ts';
import type { DocumentRecord } from '../../../src/schemas/document.ts';
import type { Passage } from '../../../src/schemas/passage.ts';

/** File name -> exact contents; written under content/data/ and served at <base>/data/. */
export type DataFiles = Map<string, string>;

const BOM = '\uFEFF';
const META_COLUMNS = ['doc', 'park', 'year', 'type', 'level', 'province', 'sentences'] as const;

/** The open data of a build. Contains nothing time-dependent, so the same seeds give identical bytes. */
export function openData(codebook: Codebook, records: readonly DocumentRecord[], passages: readonly Passage[]): DataFiles {
  const themeIds = codebook.themes.map((t) => t.id);
  const files: DataFiles = new Map();
  const published: PublishedCodebook = {
    version: codebook.version,
    threshold: codebook.threshold,
    headingWeight: codebook.headingWeight,
    headingBoost: codebook.headingBoost,
    themes: codebook.themes.map(({ positive: _p, negative: _n, ...theme }) => theme),
    aliases: codebook.aliases,
  };
  files.set('codebook.json', json(published));
  files.set('documents.json', json(records));
  files.set('passages.jsonl', passages.map((p) => JSON.stringify(p)).join('\n') + '\n');
  files.set('matrix.csv', BOM + csv([
    [...META_COLUMNS, ...themeIds],
    ...records.map((r) => [r.id, r.park ?? '', r.year ?? '', r.type, r.level, r.province ?? '', r.sentenceCount, ...themeIds.map((id) => r.themeShares[id].toFixed(4))]),
  ]));
  files.set('datapackage.json', json(dataPackage(codebook, records, themeIds)));
  return files;
}

/** Identifies the corpus a build saw: changes when any document's text changes. */
export function corpusVersion(records: readonly DocumentRecord[]): string {
  const hash = createHash('sha256');
  for (const r of [...records].sort((a, b) => a.id.localeCompare(b.id))) hash.update(`${r.id}:${r.sha256}\n`);
  return hash.digest('hex').slice(0, 16);
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** RFC 4180: quote a field when it holds a comma, quote or line break. */
function csv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const field = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

function dataPackage(codebook: Codebook, records: readonly DocumentRecord[], themeIds: readonly string[]) {
  const string = (name: string, description: string) => ({ name, type: 'string', description });
  return {
    profile: 'data-package',
    name: 'park-plans-compared',
    title: '园区工作计划比较 Park Plans Compared',
    description: 'Work plans of Chinese industrial parks, split into sentences and tagged with policy themes.',
    version: codebook.version,
    codebookVersion: codebook.version,
    corpusVersion: corpusVersion(records),
    documents: records.length,
    licenses: [{ name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 (tagging and data; document texts remain their authors\')' }],
    resources: [
      {
        name: 'codebook', path: 'codebook.json', format: 'json', mediatype: 'application/json', encoding: 'utf-8',
        description: 'Themes with Chinese and English names, definitions, weighted terms, patterns and exclusions; tagging threshold, heading weight and heading boost.',
      },
      {
        name: 'documents', path: 'documents.json', format: 'json', mediatype: 'application/json', encoding: 'utf-8',
        description: 'One object per document: metadata with provenance, counts, removed web-noise lines, outline and theme shares.',
        schema: { fields: [
          string('id', 'Document id, used in URLs and in passages.doc'),
          string('seed', 'File name in seeds/'),
          string('title', 'Title'),
          string('park', 'Park name as written (null if unknown)'),
          { name: 'anonymized', type: 'boolean', description: 'True if the authors withheld the park name' },
          string('level', 'national-hitech | national-etdz | state-new-area | provincial | county | unknown'),
          string('province', 'Province'),
          string('city', 'City'),
          { name: 'year', type: 'integer', description: 'Year the plan is for' },
          { name: 'date', type: 'date', description: 'Publication date' },
          string('source', 'Outlet or issuing body'),
          string('type', 'work-points | work-plan | speech | symposium | news-report | unknown'),
          { name: 'sentenceCount', type: 'integer', description: 'Sentences in the cleaned text' },
          { name: 'chars', type: 'integer', description: 'Characters in the cleaned text' },
          { name: 'removed', type: 'array', description: 'Lines removed as web noise: {line, text, reason}' },
          { name: 'themeShares', type: 'object', description: 'Share of sentences carrying each theme, 0..1' },
        ] },
      },
      {
        name: 'passages', path: 'passages.jsonl', format: 'jsonl', mediatype: 'application/jsonl', encoding: 'utf-8',
        description: 'One JSON object per line, one line per sentence.',
        schema: { fields: [
          string('doc', 'Document id'),
          string('id', 'Sentence id, anchor #id on the document page'),
          string('section', 'Id of the innermost outline section (null before the first heading)'),
          string('text', 'The sentence verbatim'),
          { name: 'heading', type: 'boolean', description: 'True if the sentence is a heading' },
          { name: 'themes', type: 'array', description: 'Theme ids the sentence carries' },
          { name: 'evidence', type: 'array', description: 'Per theme: score and hits {rule, match, text, weight, where}' },
        ] },
      },
      {
        name: 'matrix', path: 'matrix.csv', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8-sig',
        description: 'Documents x themes: share of each document\'s sentences carrying each theme.',
        dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
        schema: { fields: [
          string('doc', 'Document id'), string('park', 'Park'), { name: 'year', type: 'integer' }, string('type', 'Document type'),
          string('level', 'Park level'), string('province', 'Province'), { name: 'sentences', type: 'integer', description: 'Sentence count' },
          ...themeIds.map((id) => ({ name: id, type: 'number', description: `Share of sentences tagged ${id}` })),
        ] },
      },
    ],
  };
}

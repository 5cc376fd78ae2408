import { createHash } from 'node:crypto';
import type { Codebook, PublishedCodebook } from '../../../src/schemas/codebook.ts';
import type { DocumentRecord } from '../../../src/schemas/document.ts';
import {
  INSTRUMENT_IDS,
  type InstrumentCodebook,
  type PublishedInstrumentCodebook,
} from '../../../src/schemas/instruments.ts';
import type { Industry } from '../../../src/schemas/lexicons.ts';
import type { Passage } from '../../../src/schemas/passage.ts';
import type { SiteConfig } from '../../../src/schemas/site-config.ts';
import { CSV_BOM, toCsv } from '../../../src/lib/csv-cell.ts';
import {
  columnField,
  fileText,
  isGzipped,
  publishedName,
  topLevelFields,
} from '../../../src/lib/data-dictionary/data-files.ts';
import type { SchemaField } from '../../../src/lib/data-dictionary/schema-fields.ts';

/** File name -> exact contents; written under content/data/ and served at <base>/data/. */
export type DataFiles = Map<string, string>;

/** What the datapackage says about the dataset itself, from site.config.yaml. */
export type DatasetIdentity = Pick<SiteConfig, 'id' | 'title' | 'dataset'>;

/** What instruments.csv counts of a passage. */
type CountedPassage = Pick<Passage, 'doc' | 'themes' | 'instruments'>;

const META_COLUMNS = ['doc', 'park', 'year', 'type', 'level', 'province', 'sentences'] as const;

/** matrix.csv's column of a theme's sentence count, after the share columns: "investment_count". */
export const countColumn = (theme: string): string => `${theme}_count`;

/**
 * The open data of a build, apart from passages.jsonl (`passageLines`, per document). Contains
 * nothing time-dependent, so the same seeds give identical bytes. `industries`
 * (content/industries.yaml) names the columns of industries.csv in datapackage.json; `identity`
 * gives its name, title, description and licence. The analysis files themselves come from
 * scripts/lib/analysis.
 */
export function openData(
  codebook: Codebook,
  instruments: InstrumentCodebook,
  records: readonly DocumentRecord[],
  passages: readonly CountedPassage[],
  industries: readonly Pick<Industry, 'id' | 'en'>[],
  identity: DatasetIdentity,
): DataFiles {
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
  files.set(
    'matrix.csv',
    CSV_BOM +
      toCsv([
        [...META_COLUMNS, ...themeIds, ...themeIds.map(countColumn)],
        ...records.map((r) => [
          r.id,
          r.park ?? '',
          r.year ?? '',
          r.type,
          r.level,
          r.province ?? '',
          r.bodySentences,
          ...themeIds.map((id) => r.themeShares[id].toFixed(4)),
          // The counts beside the shares: 16.7% reads differently as 1 of 6 than as 20 of 120.
          ...themeIds.map((id) => r.themeCounts[id]),
        ]),
      ]),
  );
  const publishedInstruments: PublishedInstrumentCodebook = {
    version: instruments.version,
    instruments: instruments.instruments.map(({ positive: _p, negative: _n, ...instrument }) => instrument),
  };
  files.set('instruments.json', json(publishedInstruments));
  files.set('instruments.csv', CSV_BOM + toCsv(instrumentRows(records, passages, themeIds)));
  files.set('datapackage.json', json(dataPackage(codebook, instruments, records, themeIds, industries, identity)));
  return files;
}

/** Lines of passages.jsonl, one per passage, each ending in a line break. */
export function passageLines(passages: readonly Passage[]): string {
  return passages.map((p) => `${JSON.stringify(p)}\n`).join('');
}

const INSTRUMENT_COLUMNS = ['doc', 'theme', 'tagged', ...INSTRUMENT_IDS, 'unidentified'] as const;

/** instruments.csv: per document and theme, how many of the theme's sentences use each instrument type. */
function instrumentRows(
  records: readonly DocumentRecord[],
  passages: readonly CountedPassage[],
  themeIds: readonly string[],
): (string | number)[][] {
  const counts = new Map<string, number[]>();
  for (const p of passages) {
    for (const theme of p.themes) {
      const key = `${p.doc}\t${theme}`;
      const row = counts.get(key) ?? counts.set(key, new Array(INSTRUMENT_COLUMNS.length - 2).fill(0)).get(key)!;
      row[0]! += 1;
      for (const id of p.instruments) row[1 + INSTRUMENT_IDS.indexOf(id)]! += 1;
      if (p.instruments.length === 0) row[row.length - 1]! += 1;
    }
  }
  const rows: (string | number)[][] = [[...INSTRUMENT_COLUMNS]];
  for (const r of records)
    for (const theme of themeIds)
      rows.push([
        r.id,
        theme,
        ...(counts.get(`${r.id}\t${theme}`) ?? new Array(INSTRUMENT_COLUMNS.length - 2).fill(0)),
      ]);
  return rows;
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

/** A Frictionless field type for a dictionary type: arrays are "array" whatever they hold. */
function frictionlessType(field: SchemaField): string {
  return field.type.endsWith('[]') ? 'array' : field.type;
}

/**
 * Every field description below comes from the data dictionary (src/lib/data-dictionary), the
 * one text the /data/ page and the README table are made from too. `date` keeps the
 * Frictionless type "date" though the schema holds it as a string; an enumeration's values become
 * the field's `constraints.enum`.
 */
function dataPackage(
  codebook: Codebook,
  instruments: InstrumentCodebook,
  records: readonly DocumentRecord[],
  themeIds: readonly string[],
  industries: readonly Pick<Industry, 'id' | 'en'>[],
  identity: DatasetIdentity,
) {
  const jsonFields = (file: string) =>
    topLevelFields(file).map((f) => ({
      name: f.path,
      type: file === 'documents.json' && f.path === 'date' ? 'date' : frictionlessType(f),
      description: f.description.en,
      ...(f.values.length > 0 && !f.type.endsWith('[]') && f.type !== 'object'
        ? { constraints: { enum: f.values } }
        : {}),
    }));
  /** A column per theme or industry shares one dictionary row; the description names which one it is. */
  const csvFields = (
    file: string,
    columns: readonly string[],
    label: (column: string) => string | undefined = () => undefined,
  ) =>
    columns.map((name) => {
      const f = columnField(file, name);
      const which = label(name);
      return {
        name,
        type: frictionlessType(f),
        description: which ? `${f.description.en}: ${which}` : f.description.en,
      };
    });
  const industryName = new Map(industries.map((i) => [i.id, i.en]));
  const dataResource = (name: string, file: string, format: 'json' | 'jsonl') => ({
    name,
    path: publishedName(file),
    format,
    mediatype: `application/${format}`,
    ...(isGzipped(file) ? { compression: 'gz' } : {}),
    encoding: 'utf-8',
    description: fileText(file).en,
    schema: { fields: jsonFields(file) },
  });
  const jsonResource = (name: string, path: string) => dataResource(name, path, 'json');
  const jsonlResource = (name: string, path: string) => dataResource(name, path, 'jsonl');
  const csvResource = (name: string, path: string, fields: object[]) => ({
    name,
    path,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8-sig',
    description: fileText(path).en,
    dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
    schema: { fields },
  });
  return {
    profile: 'data-package',
    name: identity.id,
    title: `${identity.title.zh} ${identity.title.en}`,
    description: identity.dataset.description,
    version: codebook.version,
    codebookVersion: codebook.version,
    corpusVersion: corpusVersion(records),
    documents: records.length,
    licenses: [{ name: identity.dataset.licence.name, title: identity.dataset.licence.title }],
    resources: [
      jsonResource('codebook', 'codebook.json'),
      jsonResource('documents', 'documents.json'),
      jsonlResource('passages', 'passages.jsonl'),
      { ...jsonResource('instruments', 'instruments.json'), version: instruments.version },
      csvResource('instrument-counts', 'instruments.csv', csvFields('instruments.csv', INSTRUMENT_COLUMNS)),
      csvResource(
        'matrix',
        'matrix.csv',
        csvFields('matrix.csv', [...META_COLUMNS, ...themeIds, ...themeIds.map(countColumn)], (c) =>
          themeIds.includes(c) ? c : themeIds.find((id) => countColumn(id) === c),
        ),
      ),
      jsonResource('keyness', 'keyness.json'),
      jsonResource('word-counts', 'word-counts.json'),
      jsonResource('phrases', 'phrases.json'),
      jsonlResource('targets', 'targets.jsonl'),
      csvResource(
        'industries',
        'industries.csv',
        csvFields('industries.csv', ['doc', ...industries.map((i) => i.id)], (c) => industryName.get(c)),
      ),
      jsonResource('organisations', 'organisations.json'),
      jsonResource('park-changes', 'park-changes.json'),
    ],
  };
}

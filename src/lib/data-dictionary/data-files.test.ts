import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataFiles, MATRIX_HEADER, publishedName } from './data-files.ts';
import { FIELD_TEXT } from './field-text.ts';

describe('dataFiles', () => {
  const files = dataFiles();

  it('dataFiles() describes every field of every schema in both languages', () => {
    for (const file of files) {
      for (const field of file.fields) {
        expect(field.description.zh, `${file.file} ${field.path}`).not.toBe('');
        expect(field.description.en, `${file.file} ${field.path}`).not.toBe('');
      }
    }
  });

  it('dataFiles() has no description left over for a field the schemas no longer have', () => {
    for (const [file, fields] of Object.entries(FIELD_TEXT)) {
      const paths = new Set(files.find((f) => f.file === file)?.fields.map((f) => f.path));
      expect(
        Object.keys(fields).filter((path) => !paths.has(path)),
        file,
      ).toEqual([]);
    }
  });

  it('publishedName() gzips the six JSON files that grow with the corpus, and no other', () => {
    expect(files.filter((f) => f.published !== f.file).map((f) => f.published)).toEqual([
      'documents.json.gz',
      'passages.jsonl.gz',
      'keyness.json.gz',
      'word-counts.json.gz',
      'phrases.json.gz',
      'park-changes.json.gz',
    ]);
    expect(publishedName('passages.jsonl')).toBe('passages.jsonl.gz');
    expect(publishedName('word-counts.json')).toBe('word-counts.json.gz');
    expect(publishedName('matrix.csv')).toBe('matrix.csv');
    expect(files.find((f) => f.file === 'phrases.json')?.format).toBe('JSON, gzip');
  });

  it('dataFiles() flattens nested fields into paths with [] for array items', () => {
    const passages = files.find((f) => f.file === 'passages.jsonl')!;
    expect(passages.fields.map((f) => f.path)).toContain('evidence[].hits[].where');
    const documents = files.find((f) => f.file === 'documents.json')!;
    expect(documents.fields.find((f) => f.path === 'year')).toMatchObject({ type: 'integer', nullable: true });
    expect(documents.fields.find((f) => f.path === 'level')!.values).toContain('national-hitech');
  });
});

const datapackage = 'content/data/datapackage.json';
describe.runIf(existsSync(datapackage))('MATRIX_HEADER', () => {
  it('MATRIX_HEADER names the columns datapackage.json gives matrix.csv, in order', () => {
    const pkg = JSON.parse(readFileSync(datapackage, 'utf8')) as {
      resources: { path: string; schema?: { fields: { name: string }[] } }[];
    };
    const matrix = pkg.resources.find((r) => r.path === 'matrix.csv');
    expect(matrix?.schema?.fields.map((f) => f.name)).toEqual(MATRIX_HEADER);
  });
});

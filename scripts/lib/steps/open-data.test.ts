import { describe, expect, it } from 'vitest';
import { readCodebook } from '../load-inputs.ts';
import { THEME_IDS } from '../../../src/schemas/codebook.ts';
import type { DocumentRecord } from '../../../src/schemas/document.ts';
import { corpusVersion, openData } from './open-data.ts';

const codebook = readCodebook('content/codebook.yaml');
const shares = Object.fromEntries(THEME_IDS.map((t, i) => [t, i === 2 ? 0.12345 : 0])) as DocumentRecord['themeShares'];
const record = { id: 'a', park: '某区,"东"园', year: 2020, type: 'work-plan', level: 'county', province: null, sentenceCount: 3, sha256: 'f'.repeat(64), themeShares: shares } as unknown as DocumentRecord;

describe('openData(codebook, records, passages)', () => {
  const files = openData(codebook, [record], []);

  it('openData() writes the five data files', () => {
    expect([...files.keys()]).toEqual(['codebook.json', 'documents.json', 'passages.jsonl', 'matrix.csv', 'datapackage.json']);
  });

  it('openData() writes matrix.csv with a BOM, CRLF rows, quoted fields and four-decimal shares', () => {
    const [header, row] = files.get('matrix.csv')!.split('\r\n');
    expect(header!.startsWith('\uFEFFdoc,park,year,type,level,province,sentences,positioning,')).toBe(true);
    expect(row).toBe(`a,"某区,""东""园",2020,work-plan,county,,3,0.0000,0.0000,0.1235,${Array(15).fill('0.0000').join(',')}`);
  });

  it('openData() leaves the examples out of codebook.json and names both versions in datapackage.json', () => {
    expect(files.get('codebook.json')).not.toContain('"positive"');
    const pkg = JSON.parse(files.get('datapackage.json')!);
    expect(pkg).toMatchObject({ codebookVersion: codebook.version, corpusVersion: corpusVersion([record]) });
    expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual([
      'codebook.json', 'documents.json', 'passages.jsonl', 'matrix.csv',
      'keyness.json', 'word-counts.json', 'phrases.json', 'targets.jsonl', 'industries.csv', 'organisations.json',
    ]);
  });

  it('openData(codebook, records, passages, industries) names a column of industries.csv per industry in datapackage.json', () => {
    const pkg = JSON.parse(openData(codebook, [record], [], [{ id: 'biomedicine', en: 'Biomedicine' }]).get('datapackage.json')!);
    const industries = pkg.resources.find((r: { path: string }) => r.path === 'industries.csv');
    expect(industries.schema.fields.map((f: { name: string }) => f.name)).toEqual(['doc', 'biomedicine']);
  });
});

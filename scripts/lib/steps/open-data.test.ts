import { describe, expect, it } from 'vitest';
import { readCodebook, readInstruments } from '../load-inputs.ts';
import { THEME_IDS } from '../../../src/schemas/codebook.ts';
import type { DocumentRecord } from '../../../src/schemas/document.ts';
import type { Passage } from '../../../src/schemas/passage.ts';
import { corpusVersion, openData, passageLines } from './open-data.ts';

const codebook = readCodebook('content/codebook.yaml');
const instruments = readInstruments();
// 10 of 81 body sentences carry the third theme: 0.12345….
const shares = Object.fromEntries(THEME_IDS.map((t, i) => [t, i === 2 ? 10 / 81 : 0])) as DocumentRecord['themeShares'];
const counts = Object.fromEntries(THEME_IDS.map((t, i) => [t, i === 2 ? 10 : 0])) as DocumentRecord['themeCounts'];
const record = {
  id: 'a',
  park: '某区,"东"园',
  year: 2020,
  type: 'work-plan',
  level: 'county',
  province: null,
  sentenceCount: 90,
  bodySentences: 81,
  sha256: 'f'.repeat(64),
  themeShares: shares,
  themeCounts: counts,
} as unknown as DocumentRecord;

const identity = {
  id: 'plans-of-x',
  title: { zh: '某省园区计划', en: 'Plans of X' },
  dataset: { description: 'Plans of X, tagged.', licence: { name: 'CC0-1.0', title: 'Public domain dedication' } },
};

const passage = (id: string, themes: string[], instruments: string[]) =>
  ({
    doc: 'a',
    id,
    section: null,
    text: '。',
    heading: false,
    themes,
    evidence: [],
    instruments,
    instrumentEvidence: [],
  }) as unknown as Passage;

describe('openData(codebook, instruments, records, passages)', () => {
  const files = openData(codebook, instruments, [record], [], [], identity);

  it('openData() writes the six data files besides passages.jsonl', () => {
    expect([...files.keys()]).toEqual([
      'codebook.json',
      'documents.json',
      'matrix.csv',
      'instruments.json',
      'instruments.csv',
      'datapackage.json',
    ]);
  });

  it('openData() counts, per document and theme, the sentences using each instrument type in instruments.csv', () => {
    const passages = [
      passage('s0001', ['investment', 'finance'], ['supply', 'environment']),
      passage('s0002', ['investment'], []),
      passage('s0003', [], []),
    ];
    const rows = openData(codebook, instruments, [record], passages, [], identity)
      .get('instruments.csv')!
      .split('\r\n');
    expect(rows[0]).toBe('\uFEFFdoc,theme,tagged,supply,demand,environment,unidentified');
    expect(rows).toHaveLength(1 + THEME_IDS.length + 1);
    expect(rows).toContain('a,investment,2,1,0,1,1');
    expect(rows).toContain('a,finance,1,1,0,1,0');
    expect(rows).toContain('a,party,0,0,0,0,0');
  });

  it('openData() publishes the instruments codebook without its examples', () => {
    const published = JSON.parse(files.get('instruments.json')!);
    expect(published.instruments.map((i: { id: string }) => i.id)).toEqual(['supply', 'demand', 'environment']);
    expect(files.get('instruments.json')).not.toContain('"positive"');
  });

  it("openData() writes matrix.csv with a BOM, CRLF rows, quoted fields and four-decimal shares, then each theme's count", () => {
    const [header, row] = files.get('matrix.csv')!.split('\r\n');
    expect(header!.startsWith('\uFEFFdoc,park,year,type,level,province,sentences,positioning,')).toBe(true);
    expect(header!.endsWith(`,${THEME_IDS.at(-1)},${THEME_IDS.map((id) => `${id}_count`).join(',')}`)).toBe(true);
    expect(row).toBe(
      `a,"某区,""东""园",2020,work-plan,county,,81,0.0000,0.0000,0.1235,${Array(15).fill('0.0000').join(',')},0,0,10,${Array(15).fill('0').join(',')}`,
    );
  });

  it('openData() describes every matrix.csv column in datapackage.json, the count columns as integers', () => {
    const header = files.get('matrix.csv')!.slice(1).split('\r\n')[0]!.split(',');
    const pkg = JSON.parse(files.get('datapackage.json')!);
    const fields = pkg.resources.find((r: { path: string }) => r.path === 'matrix.csv').schema.fields as {
      name: string;
      type: string;
      description: string;
    }[];
    expect(fields.map((f) => f.name)).toEqual(header);
    expect(fields.find((f) => f.name === 'investment_count')).toMatchObject({
      type: 'integer',
      description: expect.stringContaining('numerator'),
    });
  });

  it('openData() leaves the examples out of codebook.json and names both versions in datapackage.json', () => {
    expect(files.get('codebook.json')).not.toContain('"positive"');
    const pkg = JSON.parse(files.get('datapackage.json')!);
    expect(pkg).toMatchObject({ codebookVersion: codebook.version, corpusVersion: corpusVersion([record]) });
    expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual([
      'codebook.json',
      'documents.json.gz',
      'passages.jsonl.gz',
      'instruments.json',
      'instruments.csv',
      'matrix.csv',
      'keyness.json.gz',
      'word-counts.json.gz',
      'phrases.json.gz',
      'targets.jsonl',
      'industries.csv',
      'organisations.json',
      'park-changes.json.gz',
    ]);
    const gzipped = pkg.resources.filter((r: { compression?: string }) => r.compression === 'gz');
    expect(gzipped.map((r: { name: string }) => r.name)).toEqual([
      'documents',
      'passages',
      'keyness',
      'word-counts',
      'phrases',
      'park-changes',
    ]);
  });

  it('openData(…, identity) names, titles and licenses the datapackage from the site configuration', () => {
    const pkg = JSON.parse(files.get('datapackage.json')!);
    expect(pkg).toMatchObject({
      name: 'plans-of-x',
      title: '某省园区计划 Plans of X',
      description: 'Plans of X, tagged.',
      licenses: [{ name: 'CC0-1.0', title: 'Public domain dedication' }],
    });
  });

  it('openData(codebook, records, passages, industries) names a column of industries.csv per industry in datapackage.json', () => {
    const pkg = JSON.parse(
      openData(codebook, instruments, [record], [], [{ id: 'biomedicine', en: 'Biomedicine' }], identity).get(
        'datapackage.json',
      )!,
    );
    const industries = pkg.resources.find((r: { path: string }) => r.path === 'industries.csv');
    expect(industries.schema.fields.map((f: { name: string }) => f.name)).toEqual(['doc', 'biomedicine']);
  });
});

describe('passageLines(passages)', () => {
  it('writes one JSON line per passage, each with its line break', () => {
    const passages = [passage('s0001', ['investment'], []), { ...passage('s0002', [], []), text: '推进“招商引资”。' }];
    const lines = passageLines(passages);
    expect(lines.endsWith('\n')).toBe(true);
    expect(
      lines
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual(passages);
  });
});

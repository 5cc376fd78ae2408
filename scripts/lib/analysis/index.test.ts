import { describe, expect, it } from 'vitest';
import { KeynessFile, OrganisationsFile, PhrasesFile, Target, WordCountsFile } from '../../../src/schemas/analysis.ts';
import { ParkChangesFile } from '../../../src/schemas/park-changes.ts';
import { seedCorpus } from '../../../tests/support/seed-corpus.ts';
import { analyseDocuments, type DocumentAnalysis } from './document-analysis.ts';
import { analyse } from './index.ts';
import { readLexicons } from './lexicons.ts';

describe('analyse(records, passages, codebook, segmenter)', () => {
  const { records, passages, codebook, segmenter } = seedCorpus();
  const files = analyse(records, passages, codebook, segmenter);

  it('analyse() returns the seven analysis files, each passing its schema', () => {
    expect([...files.keys()].sort()).toEqual([
      'industries.csv',
      'keyness.json',
      'organisations.json',
      'park-changes.json',
      'phrases.json',
      'targets.jsonl',
      'word-counts.json',
    ]);
    ParkChangesFile.parse(JSON.parse(files.get('park-changes.json')!));
    KeynessFile.parse(JSON.parse(files.get('keyness.json')!));
    WordCountsFile.parse(JSON.parse(files.get('word-counts.json')!));
    PhrasesFile.parse(JSON.parse(files.get('phrases.json')!));
    OrganisationsFile.parse(JSON.parse(files.get('organisations.json')!));
    for (const line of files.get('targets.jsonl')!.trimEnd().split('\n')) Target.parse(JSON.parse(line));
  });

  it('analyse() gives the same bytes on a second run', () => {
    expect(analyse(records, passages, codebook, segmenter)).toEqual(files);
  });

  it('analyse() gives the same bytes from the documents’ cached analyses as when it computes them', () => {
    const lexicons = readLexicons();
    const cached = JSON.parse(JSON.stringify([...analyseDocuments(records, passages, segmenter, lexicons)])) as [
      string,
      DocumentAnalysis,
    ][];
    expect(analyse(records, passages, codebook, segmenter, lexicons, new Map(cached))).toEqual(files);
  });

  it('analyse() lists every document in keyness.json and industries.csv, in id order', () => {
    const ids = records.map((r) => r.id).sort();
    expect(KeynessFile.parse(JSON.parse(files.get('keyness.json')!)).documents.map((d) => d.doc)).toEqual(ids);
    expect(
      files
        .get('industries.csv')!
        .trimEnd()
        .split('\r\n')
        .slice(1)
        .map((row) => row.split(',')[0]),
    ).toEqual(ids);
  });

  it('analyse() writes an empty targets.jsonl, not a blank line, for a corpus without numbers', () => {
    const one = passages.filter((p) => p.doc === records[0]!.id).slice(0, 0);
    expect(analyse([records[0]!], one, codebook, segmenter).get('targets.jsonl')).toBe('');
  });
});

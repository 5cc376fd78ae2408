import { describe, expect, it } from 'vitest';
import { seedCorpus } from '../../../tests/support/seed-corpus.ts';
import { analyseDocument, analyseDocuments } from './document-analysis.ts';
import { readLexicons } from './lexicons.ts';

describe('analyseDocument(passages, year, lexicons)', () => {
  const lexicons = readLexicons();
  const { segmenter } = seedCorpus();
  const passages = [
    '到2025年，引进华为公司等企业30家以上，集成电路产业产值突破100亿元。',
    '集成电路企业达到30家。',
  ].map((text, i) => ({
    doc: 'd',
    id: `s000${i + 1}`,
    text,
    themes: [],
    section: null,
    words: segmenter.cut(text),
  }));
  const analysis = analyseDocument(passages, { year: 2024, outline: [] }, lexicons);

  it('analyseDocument() counts the document’s words, industries and organisations and reads its targets', () => {
    expect(analysis.words).toContainEqual(['集成电路', 2]);
    expect(analysis.industries.length).toBeGreaterThan(0);
    expect(analysis.organisations.map((o) => [o.name, o.sentence])).toContainEqual(['华为', 's0001']);
    expect(analysis.targets.map((t) => [t.sentence, t.text])).toContainEqual(['s0001', '30家以上']);
    expect(analysis.targets.every((t) => t.doc === 'd')).toBe(true);
  });

  it('analyseDocument() gives plain JSON, which the ingest cache stores and reads back unchanged', () => {
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
  });
});

describe('analyseDocuments(records, passages, segmenter, lexicons) on the seeds', () => {
  const { records, passages, segmenter, segmented } = seedCorpus();
  const lexicons = readLexicons();

  it('analyseDocuments() gives each document what analyseDocument gives for its own sentences', () => {
    const all = analyseDocuments(records, passages, segmenter, lexicons);
    expect([...all.keys()]).toEqual(records.map((r) => r.id));
    for (const r of records)
      expect(all.get(r.id)).toEqual(
        analyseDocument(
          segmented.filter((p) => p.doc === r.id),
          r,
          lexicons,
        ),
      );
  });
});

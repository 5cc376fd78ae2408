import { describe, expect, it } from 'vitest';
import { ingestDocument } from './ingest-document.ts';
import { readCodebook, readInstruments } from './load-inputs.ts';
import { createInstrumentCoder } from './steps/instrument.ts';
import { codebookWords, createTagger } from './steps/tag.ts';
import { createSegmenter } from './text/segmenter.ts';

const codebook = readCodebook('content/codebook.yaml');
const segmenter = createSegmenter(codebookWords(codebook));
const tagger = createTagger(codebook, segmenter);
const codeInstruments = createInstrumentCoder(readInstruments());
const bytes = (text: string) => new TextEncoder().encode(text);
const ingest = (text: string) => ingestDocument('doc.txt', bytes(text), undefined, tagger, codeInstruments, segmenter);

// Lines written for this test: the same plan in simplified and in traditional characters, the
// traditional one with the pinyin glosses and spacing an auto-converter leaves.
const SIMPLIFIED =
  '园区2025年工作要点\n一、加快产业发展\n大力推进招商引资,培育战略性新兴产业集群。\n加强人才引进,完善创新创业服务体系。\n';
const TRADITIONAL =
  '園區2025年工作要點\n一、加快產(chǎn)業(yè)發(fā)展\n大力推進招商引資,培育戰略性新興產(chǎn)業(yè)集群。\n加強人才引進,完善創(chuàng)新創(chuàng)業(yè)服務體系。\n';

describe('ingestDocument', () => {
  it('ingestDocument(file) tags a traditional-character document with glosses as it tags the simplified one', () => {
    const simplified = ingest(SIMPLIFIED);
    const traditional = ingest(TRADITIONAL);
    expect(simplified.passages.some((p) => p.themes.length > 0)).toBe(true);
    expect(traditional.passages.map((p) => p.themes)).toEqual(simplified.passages.map((p) => p.themes));
    expect(traditional.record.themeCounts).toEqual(simplified.record.themeCounts);
  });

  it('ingestDocument(file) shows sentences as written, minus the glosses, and reads them folded', () => {
    const { passages, folded } = ingest(TRADITIONAL);
    expect(passages.map((p) => p.text)).toContain('大力推進招商引資,培育戰略性新興產業集群。');
    expect(folded).toContain('大力推进招商引资,培育战略性新兴产业集群。');
  });

  it('ingestDocument(file) lists the glosses it cut in removed, one entry per gloss with its count', () => {
    const { record } = ingest(TRADITIONAL);
    const glosses = record.removed.filter((r) => r.reason === 'pinyin gloss');
    expect(glosses).toContainEqual({ line: 2, text: '(chǎn)', reason: 'pinyin gloss', kind: 'span', count: 2 });
    expect(glosses.reduce((n, r) => n + (r.count ?? 1), 0)).toBe(8);
  });

  it('ingestDocument(file) decodes a one-line file whose line breaks are written as \\n', () => {
    const { passages } = ingest(SIMPLIFIED.trimEnd().replaceAll('\n', '\\n'));
    expect(passages.map((p) => p.text)).toEqual(ingest(SIMPLIFIED).passages.map((p) => p.text));
    expect(passages.every((p) => !p.text.includes('\\n'))).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentRecord } from '../src/schemas/document.ts';
import { Passage } from '../src/schemas/passage.ts';
import { ANNOTATIONS_FILE, evaluate, INSTRUMENT_ANNOTATIONS_FILE, InstrumentAnnotation, readAnnotations } from '../scripts/lib/eval.ts';

describe('tagging quality on the hand-annotated sample', () => {
  const records = DocumentRecord.array().parse(JSON.parse(readFileSync('content/data/documents.json', 'utf8')));
  const passages = readFileSync('content/data/passages.jsonl', 'utf8').trim().split('\n').map((l) => Passage.parse(JSON.parse(l)));
  const annotations = readAnnotations(ANNOTATIONS_FILE);
  const instrumentAnnotations = readAnnotations(INSTRUMENT_ANNOTATIONS_FILE, InstrumentAnnotation);

  it('the sample has at least 150 sentences from every seed', () => {
    expect(annotations.length).toBeGreaterThanOrEqual(150);
    expect(new Set(annotations.map((a) => a.seed))).toEqual(new Set(records.map((r) => r.seed)));
  });

  it('evaluate() finds every annotated sentence verbatim and reaches micro-F1 0.80', () => {
    const report = evaluate(annotations, passages, records, instrumentAnnotations);
    expect(report.micro.f1).toBeGreaterThanOrEqual(0.8);
  });

  it('evaluate() keeps the instrument coder at micro-F1 0.50 or better', () => {
    // A floor against regressions, at the level measured when the gold file was written; not a quality claim.
    expect(evaluate(annotations, passages, records, instrumentAnnotations).instruments.micro.f1).toBeGreaterThanOrEqual(0.5);
  });

  it('every annotated sentence with a theme has its policy instruments annotated too, in the same order', () => {
    expect(instrumentAnnotations.map((a) => [a.seed, a.text])).toEqual(annotations.filter((a) => a.themes.length > 0).map((a) => [a.seed, a.text]));
  });

  it('content/data/eval.json holds the same figures as a fresh evaluation', () => {
    expect(JSON.parse(readFileSync('content/data/eval.json', 'utf8'))).toEqual(evaluate(annotations, passages, records, instrumentAnnotations));
  });
});

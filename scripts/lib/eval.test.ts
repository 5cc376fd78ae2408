import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../src/schemas/codebook.ts';
import type { DocumentRecord } from '../../src/schemas/document.ts';
import type { Passage } from '../../src/schemas/passage.ts';
import { evaluate } from './eval.ts';

const records = [{ id: 'd', seed: 'd.txt' }] as DocumentRecord[];
const passage = (text: string, themes: Passage['themes'], instruments: Passage['instruments'] = []): Passage =>
  ({ doc: 'd', id: 's0001', section: null, text, heading: false, themes, evidence: [], instruments, instrumentEvidence: [] });

describe('evaluate(annotations, passages, records, instrumentAnnotations)', () => {
  const passages = [passage('甲。', ['investment', 'talent'], ['supply']), passage('乙。', ['investment'], ['supply', 'environment']), passage('丙。', [])];
  const report = evaluate([
    { seed: 'd.txt', text: '甲。', themes: ['investment'] },
    { seed: 'd.txt', text: '乙。', themes: ['investment', 'party'] },
    { seed: 'd.txt', text: '丙。', themes: [] },
  ], passages, records, [
    { seed: 'd.txt', text: '甲。', instruments: ['supply'] },
    { seed: 'd.txt', text: '乙。', instruments: ['demand'] },
  ]);

  it('evaluate() counts true and false positives and negatives per theme', () => {
    expect(report.perTheme['investment']).toMatchObject({ tp: 2, fp: 0, fn: 0, support: 2, f1: 1 });
    expect(report.perTheme['talent']).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0 });
    expect(report.perTheme['party']).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0 });
    expect(Object.keys(report.perTheme)).toEqual([...THEME_IDS]);
  });

  it('evaluate() pools micro scores and averages macro scores over themes in play', () => {
    expect(report.micro).toMatchObject({ tp: 2, fp: 1, fn: 1, precision: 0.667, recall: 0.667 });
    expect(report.macro.f1).toBe(0.333);
  });

  it('evaluate() scores the instrument coder the same way against its own annotations', () => {
    expect(report.instruments.sentences).toBe(2);
    expect(report.instruments.perInstrument).toMatchObject({
      supply: { tp: 1, fp: 1, fn: 0, support: 1 },
      demand: { tp: 0, fp: 0, fn: 1, support: 1 },
      environment: { tp: 0, fp: 1, fn: 0, support: 0 },
    });
    expect(report.instruments.micro).toMatchObject({ tp: 1, fp: 2, fn: 1 });
  });

  it('evaluate() refuses an annotation whose sentence is not in the corpus', () => {
    expect(() => evaluate([{ seed: 'd.txt', text: '丁。', themes: [] }], passages, records, [])).toThrow(/annotations\.jsonl: no sentence of d\.txt reads exactly "丁。"/u);
    expect(() => evaluate([], passages, records, [{ seed: 'd.txt', text: '丁。', instruments: [] }])).toThrow(/instruments\.jsonl: no sentence of d\.txt/u);
  });
});

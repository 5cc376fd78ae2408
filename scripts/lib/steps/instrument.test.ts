import { describe, expect, it } from 'vitest';
import { readInstruments } from '../load-inputs.ts';
import type { InstrumentCodebook } from '../../../src/schemas/instruments.ts';
import { createInstrumentCoder } from './instrument.ts';

const small: InstrumentCodebook = {
  version: '0.0.1',
  instruments: [
    {
      id: 'supply',
      zh: '供给型',
      en: 'Supply',
      definitionZh: '…',
      definitionEn: '…',
      positive: ['x'],
      negative: ['x'],
      tools: [
        { id: 'funds', zh: '资金', en: 'Funds', terms: ['资金', '专项资金'], exclude: [] },
        { id: 'infrastructure', zh: '基础设施', en: 'Infrastructure', terms: ['道路'], exclude: ['发展道路'] },
      ],
    },
    {
      id: 'demand',
      zh: '需求型',
      en: 'Demand',
      definitionZh: '…',
      definitionEn: '…',
      positive: ['x'],
      negative: ['x'],
      tools: [{ id: 'procurement', zh: '采购', en: 'Procurement', terms: ['采购', '政府采购'], exclude: [] }],
    },
    {
      id: 'environment',
      zh: '环境型',
      en: 'Environment',
      definitionZh: '…',
      definitionEn: '…',
      positive: ['x'],
      negative: ['x'],
      tools: [{ id: 'finance', zh: '金融', en: 'Finance', terms: ['基金'], exclude: [] }],
    },
  ],
};
const code = createInstrumentCoder(small);

describe('createInstrumentCoder(codebook)', () => {
  it('gives a tagged sentence every type one of whose tools it uses, in framework order, with the words as evidence', () => {
    expect(code('设立产业基金和专项资金，扩大政府采购。', ['finance'])).toEqual({
      instruments: ['supply', 'demand', 'environment'],
      instrumentEvidence: [
        { instrument: 'supply', tool: 'funds', terms: ['专项资金'] },
        { instrument: 'demand', tool: 'procurement', terms: ['政府采购'] },
        { instrument: 'environment', tool: 'finance', terms: ['基金'] },
      ],
    });
  });

  it('lists each word once per tool, in order of first appearance', () => {
    expect(code('资金到位，专项资金、资金。', ['finance']).instrumentEvidence).toEqual([
      { instrument: 'supply', tool: 'funds', terms: ['资金', '专项资金'] },
    ]);
  });

  it('ignores a term inside an excluded word (发展道路 is not a road to build)', () => {
    expect(code('坚持高质量发展道路。', ['positioning']).instruments).toEqual([]);
    expect(code('新修道路3公里。', ['urban']).instruments).toEqual(['supply']);
  });

  it('codes nothing in a sentence that carries no theme', () => {
    expect(code('设立专项资金。', [])).toEqual({ instruments: [], instrumentEvidence: [] });
  });
});

describe('content/instruments.yaml', () => {
  const codebook = readInstruments();
  const codeReal = createInstrumentCoder(codebook);
  // Examples are coded as if tagged: the coder only asks whether a sentence carries some theme.
  for (const instrument of codebook.instruments) {
    for (const sentence of instrument.positive) {
      it(`codes ${instrument.id} in 正例 “${sentence}”`, () => {
        expect(codeReal(sentence, ['example']).instruments).toContain(instrument.id);
      });
    }
    for (const sentence of instrument.negative) {
      it(`does not code ${instrument.id} in 反例 “${sentence}”`, () => {
        expect(codeReal(sentence, ['example']).instruments).not.toContain(instrument.id);
      });
    }
  }
});

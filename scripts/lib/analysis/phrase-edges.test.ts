import { describe, expect, it } from 'vitest';
import { seedCorpus } from '../../../tests/support/seed-corpus.ts';
import { phraseSpan, wordBoundaries, type RunContext } from './phrase-edges.ts';

const { segmenter } = seedCorpus();
/** The uses of `run` in `sentences` (each holds it once), segmented by the codebook's segmenter. */
const uses = (run: string, ...sentences: string[]): RunContext[] =>
  sentences.map((text) => ({
    text,
    offset: text.indexOf(run),
    boundaries: wordBoundaries(segmenter.cut(text), segmenter.subwords),
  }));
const cut = (run: string, ...sentences: string[]) => {
  const span = phraseSpan(run, uses(run, ...sentences));
  return span && run.slice(span.start, span.end);
};

describe('wordBoundaries(words, subwords)', () => {
  it('wordBoundaries() keeps a number split at its decimal point whole', () => {
    expect([...wordBoundaries(['收入', '16', '.', '3', '亿元'])]).toEqual([0, 2, 6, 8]);
  });

  it('wordBoundaries() lets a long compound lose its last character when the rest is its subwords', () => {
    const b = wordBoundaries(['推进', '相对集中行政许可权', '改革'], segmenter.subwords);
    expect(b.has(10)).toBe(true);
    expect(wordBoundaries(['地方', '一般公共预算收入'], segmenter.subwords).has(9)).toBe(false);
  });
});

describe('phraseSpan(run, uses)', () => {
  it('phraseSpan() moves an edge out of a word: 地方一般公共预算收 loses 收, 示精神 loses 示', () => {
    expect(cut('地方一般公共预算收', '地方一般公共预算收入增长8%。', '全年地方一般公共预算收入达到5亿元。')).toBe(
      '地方',
    );
    expect(
      cut(
        '示精神,坚持稳中求进工作总基调',
        '重要指示精神,坚持稳中求进工作总基调。',
        '批示精神,坚持稳中求进工作总基调。',
      ),
    ).toBe('坚持稳中求进工作总基调');
  });

  it('phraseSpan() drops a clause fragment before the first comma: 工作,有效防范化解重大风险', () => {
    expect(
      cut('工作,有效防范化解重大风险', '做好安全工作,有效防范化解重大风险。', '抓实监管工作,有效防范化解重大风险。'),
    ).toBe('有效防范化解重大风险');
  });

  it('phraseSpan() drops 来, at the start and 的 at the end of 来,在市委、市政府的', () => {
    expect(cut('来,在市委、市政府的', '一年来,在市委、市政府的领导下。', '两年来,在市委、市政府的支持下。')).toBe(
      '在市委、市政府',
    );
  });

  it('phraseSpan() drops the bare number and the unit after a number at the edges', () => {
    expect(cut('亿元,同比增长1', '收入3亿元,同比增长12%。', '产值9亿元,同比增长15%。')).toBe('同比增长');
  });

  it('phraseSpan() keeps a long piece before the comma even when a use starts inside its clause', () => {
    const run = '以习近平新时代中国特色社会主义思想为指导,全面贯彻新发展理念';
    expect(cut(run, `坚持${run}。`, `${run}。`)).toBe(run);
  });

  it('phraseSpan() keeps a clause the uses open and close: 勇担使命,攻坚克难', () => {
    expect(cut('勇担使命,攻坚克难', '一、勇担使命,攻坚克难。', '全区上下,勇担使命,攻坚克难。')).toBe(
      '勇担使命,攻坚克难',
    );
  });
});

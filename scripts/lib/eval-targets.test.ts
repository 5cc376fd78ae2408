import { describe, expect, it } from 'vitest';
import type { Target } from '../../src/schemas/analysis.ts';
import { figureKey, scoreTargets, sentenceKey, type FoundFigure, type TargetAnnotation } from './eval-targets.ts';

const sentence = '营业收入3.65亿元，同比增长227%，力争突破5亿元。';
/** A found figure of `sentence` in docs/a.txt, under its key. */
const figure = (text: string, statement: Target['statement'], thing: string | null): [string, FoundFigure] => {
  const offset = sentence.indexOf(text);
  const target = { doc: 'a', sentence: 's0001', text, offset, statement, thing } as Target;
  return [figureKey('docs/a.txt', sentenceKey(sentence), offset, text.length), { sentence, target }];
};
const annotation = (text: string, rest: Partial<TargetAnnotation>): TargetAnnotation => ({
  file: 'docs/a.txt',
  sentence: sentenceKey(sentence),
  figure: [sentence.indexOf(text), text.length],
  ...rest,
});

describe('scoreTargets(annotations, found)', () => {
  it('scoreTargets() counts statements right, wrong and unknown, things exact, held and missing, and figures no longer found', () => {
    const found = new Map([
      figure('3.65亿元', 'result', '营业收入'),
      figure('227%', 'unknown', '收入'),
      figure('突破5亿元', 'result', null),
    ]);
    const span = (words: string): [number, number] => [sentence.indexOf(words), sentence.indexOf(words) + words.length];
    const scores = scoreTargets(
      [
        annotation('3.65亿元', { statement: 'result', thing: span('营业收入') }),
        annotation('227%', { statement: 'result', thing: span('营业收入') }),
        annotation('突破5亿元', { statement: 'target', thing: span('营业收入') }),
        { file: 'docs/a.txt', sentence: sentenceKey('另一句。'), figure: [0, 2], statement: 'other' },
      ],
      found,
    );
    expect(scores).toEqual({
      scores: {
        figures: 4,
        documents: 1,
        dropped: 1,
        statement: { right: 1, wrong: 1, unknown: 1 },
        thing: { exact: 1, overlap: 1, wrong: 0, none: 1, extra: 0 },
      },
      confusion: { 'result->result': 1, 'result->unknown': 1, 'target->result': 1 },
      dropped: { other: 1 },
    });
  });
});

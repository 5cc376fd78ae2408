import { describe, expect, it } from 'vitest';
import { readCodebook } from '../load-inputs.ts';
import { codebookExamples } from './codebook-examples.ts';

describe('codebookExamples(codebook)', () => {
  const codebook = readCodebook('content/codebook.yaml');
  const examples = codebookExamples(codebook);

  it('codebookExamples() gives every 正例 and 反例 once', () => {
    expect(examples).toHaveLength(codebook.themes.reduce((n, t) => n + t.positive.length + t.negative.length, 0));
  });

  it('codebookExamples() labels only the example’s own theme and leaves the other 17 uncounted', () => {
    const investment = codebook.themes.find((t) => t.id === 'investment')!;
    const positive = examples.find((e) => e.text === investment.positive[0])!;
    const negative = examples.find((e) => e.text === investment.negative[0])!;
    expect(positive).toMatchObject({ set: 'codebook', themes: ['investment'] });
    expect(positive.optional).toHaveLength(17);
    expect(positive.optional).not.toContain('investment');
    expect(negative.themes).toEqual([]);
    expect(negative.optional).not.toContain('investment');
  });
});

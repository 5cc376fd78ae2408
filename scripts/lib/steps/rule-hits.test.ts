import { describe, expect, it } from 'vitest';
import type { Codebook } from '../../../src/schemas/codebook.ts';
import { readCodebook } from '../load-inputs.ts';
import { createSegmenter } from '../text/segmenter.ts';
import { createRuleMatcher } from './rule-hits.ts';

const codebook = readCodebook('content/codebook.yaml');
const base = codebook.themes[0]!;
/** One theme whose terms span one, two and three words, to test the word-run scan by hand-cut words. */
const tiny: Codebook = {
  ...codebook,
  themes: [
    {
      ...base,
      id: 'investment',
      terms: [
        { term: '招商', weight: 1 },
        { term: '招商引资', weight: 1 },
        { term: '产业链招商', weight: 0.5 },
      ],
      patterns: [],
      exclude: ['招商局'],
    },
  ],
};
const hitsIn = createRuleMatcher(tiny, createSegmenter(['招商', '引资', '产业链']));
const matches = (words: string[]) =>
  (hitsIn(words.join(''), words, 'sentence').get('investment') ?? []).map((h) => h.match);

describe('createRuleMatcher(codebook, segmenter)', () => {
  it('hitsIn() finds terms made of several words, after runs of words that begin no term', () => {
    expect(matches(['加强', '产业链', '招商', '工作'])).toEqual(['产业链招商']);
    expect(matches(['全面', '加强', '招商', '引资'])).toEqual(['招商引资']);
  });

  it('hitsIn() finds a one-word term alone, and not inside a longer word or an exclusion', () => {
    expect(matches(['开展', '招商'])).toEqual(['招商']);
    expect(matches(['招商局', '集团'])).toEqual([]);
  });
});

describe('createRuleMatcher(codebook, segmenter) on a text without sentence breaks', () => {
  // Web pages flatten tables into one line: a "sentence" can run to hundreds of thousands of characters.
  it('hitsIn() reads a long text as it reads its parts: an exclusion or a longer term covers only what it spans', () => {
    const part = ['招商局', '集团', '，', '产业链', '招商', '，', '开展', '招商', '，'];
    const words = Array.from({ length: 2_000 }, () => part).flat();
    const hits = hitsIn(words.join(''), words, 'sentence').get('investment') ?? [];
    expect(hits.map((h) => h.match)).toEqual(['产业链招商', '招商']);
    expect(matches(['招商局', '集团', '，', '开展', '招商'])).toEqual(['招商']);
    expect(matches(['招商局', '集团'])).toEqual([]);
  });
});

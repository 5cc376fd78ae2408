import { describe, expect, it } from 'vitest';
import { THEME_IDS, type Codebook } from '../../../src/schemas/codebook.ts';
import { TaggerModel } from '../../../src/schemas/tagger-model.ts';
import { readCodebook, readTaggerModel } from '../load-inputs.ts';
import { createSegmenter } from '../text/segmenter.ts';
import { createModelTagger } from './model-tag.ts';
import { codebookWords } from './tag.ts';

const codebook = readCodebook('content/codebook.yaml');
const segmenter = createSegmenter(codebookWords(codebook));
const vector = (entries: Record<string, number>) => THEME_IDS.map((t) => entries[t] ?? 0);

/** A hand-made model: 人才 (as a word) and the codebook's talent score push talent; the heading word 招商 pushes investment. */
const tiny = TaggerModel.parse({
  format: 1,
  codebookVersion: codebook.version,
  trainingDataHash: '0'.repeat(16),
  sentences: 1,
  documents: 1,
  kinds: { words: true, rules: true, chars: false },
  training: { l2: 0.001, iterations: 1, learningRate: 0.1 },
  themes: [...THEME_IDS],
  thresholds: Object.fromEntries(THEME_IDS.map((t) => [t, 0.5])),
  bias: THEME_IDS.map(() => -3),
  weights: {
    'w:人才': vector({ talent: 2 }),
    'r:talent': vector({ talent: 1 }),
    'h:招商': vector({ investment: 4 }),
    'w:引进': vector({ talent: 0.5, investment: 0.2 }),
  },
});

describe('createModelTagger(model, codebook, segmenter)', () => {
  const tagger = createModelTagger(tiny, codebook, segmenter);

  it('tag(text) gives a theme whose probability reaches its threshold, with the words that weighed most as evidence', () => {
    const { themes, evidence } = tagger.tag('引进高层次人才。', null);
    expect(themes).toEqual(['talent']);
    expect(evidence[0]!.threshold).toBe(0.5);
    expect(evidence[0]!.score).toBeGreaterThan(0.5);
    expect(evidence[0]!.hits.map((h) => [h.rule, h.text, h.where])).toEqual([
      ['word', '人才', 'sentence'],
      ['word', '引进', 'sentence'],
    ]);
  });

  it('tag(text) leaves out of the evidence a reason weaker than a tenth of the strongest', () => {
    const weak = TaggerModel.parse({ ...tiny, weights: { ...tiny.weights, 'w:引进': vector({ talent: 0.19 }) } });
    const { themes, evidence } = createModelTagger(weak, codebook, segmenter).tag('引进高层次人才。', null);
    expect(themes).toEqual(['talent']);
    expect(evidence[0]!.hits.map((h) => h.text)).toEqual(['人才']);
  });

  it('tag(text, heading) reads the section heading as context and says so in the evidence', () => {
    const { themes, evidence } = tagger.tag('全年签约项目十个。', '二、招商。');
    expect(themes).toEqual(['investment']);
    expect(evidence[0]!.hits[0]).toMatchObject({ rule: 'word', text: '招商', where: 'heading' });
  });

  it('tag(text) folds traditional characters before reading the words', () => {
    expect(tagger.tag('引進高層次人才。', null).themes).toEqual(['talent']);
  });

  it('tagAll(sentences) gives what tag() gives, sentence by sentence', () => {
    const inputs = [
      { text: '引进人才。', heading: null, isHeading: false },
      { text: '项目签约。', heading: '招商', isHeading: false },
    ];
    expect(tagger.tagAll(inputs)).toEqual(inputs.map((s) => tagger.tag(s.text, s.heading, s.isHeading)));
  });

  it('createModelTagger() refuses a model trained with another codebook version', () => {
    expect(() => createModelTagger({ ...tiny, codebookVersion: '0.0.1' }, codebook as Codebook, segmenter)).toThrow(
      /trained with codebook 0\.0\.1.*npm run train/u,
    );
  });
});

describe('the committed model (content/model/tagger.json)', () => {
  const model = readTaggerModel();

  it('readTaggerModel() reads a model of every theme, for the current codebook, under 5 MB', async () => {
    expect(model.themes).toEqual([...THEME_IDS]);
    expect(model.codebookVersion).toBe(codebook.version);
    const { statSync } = await import('node:fs');
    expect(statSync('content/model/tagger.json').size).toBeLessThan(5e6);
  });

  it('the committed model tags a plain investment sentence and explains it in words', () => {
    const { themes, evidence } = createModelTagger(model, codebook, segmenter).tag(
      '大力开展招商引资,全年引进亿元以上项目10个。',
      null,
    );
    expect(themes).toContain('investment');
    expect(evidence.find((e) => e.theme === 'investment')!.hits.some((h) => h.text.includes('招商'))).toBe(true);
  });
});

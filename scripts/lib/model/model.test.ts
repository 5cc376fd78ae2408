import { describe, expect, it } from 'vitest';
import { examplesHash, type Example } from './dataset.ts';
import { crossValidate } from './fit.ts';
import { THEME_IDS } from '../../../src/schemas/codebook.ts';
import { groupedFolds, keepDocuments } from './folds.ts';
import { predict, train, type SparseRow } from './logistic-regression.ts';
import { bootstrapByDocument, countLabels, summarise } from './scores.ts';
import { bestThreshold } from './thresholds.ts';
import { ownFeatures, wordFeature, wordValue } from './features.ts';
import type { RuleMatcher } from '../steps/rule-hits.ts';

const row = (...index: number[]): SparseRow => ({
  index: Int32Array.from(index),
  value: Float32Array.from(index, () => 1),
});

describe('train(rows, targets, features, labels) and predict(model, row)', () => {
  // Feature 0 means label 0, feature 1 means label 1; feature 2 is noise on every row.
  const rows = [row(0, 2), row(0, 2), row(1, 2), row(1, 2), row(2)];
  const targets = [
    [1, 0],
    [1, 0],
    [0, 1],
    [0, 1],
    [0, 0],
  ].map((t) => Int8Array.from(t));
  const options = { l2: 1e-3, iterations: 200, learningRate: 0.1 };

  it('train() learns which feature signals which label', () => {
    const model = train(rows, targets, 3, 2, options);
    const [a0, a1] = predict(model, row(0, 2));
    const [b0, b1] = predict(model, row(1, 2));
    expect(a0).toBeGreaterThan(0.8);
    expect(a1).toBeLessThan(0.2);
    expect(b1).toBeGreaterThan(0.8);
    expect(b0).toBeLessThan(0.2);
  });

  it('train() gives the same weights for the same data (no randomness)', () => {
    expect(Array.from(train(rows, targets, 3, 2, options).weights)).toEqual(
      Array.from(train(rows, targets, 3, 2, options).weights),
    );
  });

  it('train() leaves an optional label (-1) out of the loss', () => {
    const optional = targets.map((t, i) => (i < 2 ? Int8Array.from([-1, t[1]!]) : t));
    const model = train(rows, optional, 3, 2, options);
    // With its only positives left out, label 0 is never seen positive and stays low.
    expect(predict(model, row(0, 2))[0]).toBeLessThan(0.5);
  });
});

describe('groupedFolds(groups, strata, k, seed)', () => {
  const groups = ['s/a', 's/a', 's/b', 's/c', 'r/x', 'r/y', 'r/y', 'r/z'];
  const strata = ['seeds', 'seeds', 'seeds', 'seeds', 'real', 'real', 'real', 'real'];

  it('groupedFolds() keeps every document in one fold and spreads each stratum over the folds', () => {
    const folds = groupedFolds(groups, strata, 3, 1);
    expect(folds[0]).toBe(folds[1]);
    expect(folds[5]).toBe(folds[6]);
    expect(new Set([folds[0], folds[2], folds[3]]).size).toBe(3);
    expect(groupedFolds(groups, strata, 3, 1)).toEqual(folds);
  });
});

describe('keepDocuments(documents, fraction, seed)', () => {
  const documents = ['a', 'b', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

  it('keepDocuments() keeps round(fraction × distinct documents), the same ones for the same seed', () => {
    const half = keepDocuments(documents, 0.5, 3);
    expect(half.size).toBe(4);
    for (const doc of half) expect(documents).toContain(doc);
    expect(keepDocuments([...documents].reverse(), 0.5, 3)).toEqual(half);
    expect(keepDocuments(documents, 1, 3).size).toBe(8);
    expect(keepDocuments(documents, 0, 3).size).toBe(0);
  });

  it('keepDocuments() nests: a larger fraction keeps every document a smaller one kept', () => {
    const quarter = keepDocuments(documents, 0.25, 9);
    const most = keepDocuments(documents, 0.75, 9);
    for (const doc of quarter) expect(most.has(doc)).toBe(true);
  });

  it('keepDocuments() refuses a fraction outside [0, 1]', () => {
    expect(() => keepDocuments(documents, 1.5, 1)).toThrow(RangeError);
  });
});

describe('crossValidate(examples, folds, k, options, always, also, trainable)', () => {
  // Twelve documents of two sentences: "x" always carries the first theme, "y" never does.
  const examples: Example[] = Array.from({ length: 24 }, (_, i) => {
    const positive = i % 2 === 0;
    return {
      sentence: {
        id: `${i}`,
        set: 'more' as const,
        doc: `d${i >> 1}`,
        path: `d${i >> 1}`,
        text: '',
        themes: [],
        optional: [],
      },
      features: { values: new Map([[positive ? 'x' : 'y', 1]]), ruleHits: new Map() },
      target: Int8Array.from(THEME_IDS, (_, l) => (l === 0 && positive ? 1 : 0)),
    };
  });
  const folds = examples.map((e) => Number(e.sentence.doc.slice(1)) % 3);
  const options = {
    training: { l2: 1e-3, iterations: 200, learningRate: 0.1 },
    l2Grid: [1e-3],
    innerFolds: 2,
    seed: 1,
  };

  it('crossValidate() tags every example by a model fitted on the other folds', () => {
    const { decisions } = crossValidate(examples, folds, 3, options);
    expect(decisions.map((d) => d[0])).toEqual(examples.map((e) => e.target[0] === 1));
  });

  it('crossValidate() leaves out of training what `trainable` refuses, and still tags it', () => {
    // Without the positive sentences to learn from, no model finds the theme.
    const { decisions } = crossValidate(
      examples,
      folds,
      3,
      options,
      [],
      undefined,
      (i) => examples[i]!.target[0] !== 1,
    );
    expect(decisions).toHaveLength(examples.length);
    expect(decisions.some((d) => d[0])).toBe(false);
  });
});

describe('bestThreshold(probabilities, targets)', () => {
  it('bestThreshold() picks the cut-off with the best F1 and skips optional decisions', () => {
    expect(bestThreshold([0.9, 0.7, 0.3, 0.2], [1, 1, 0, 0])).toBeGreaterThan(0.3);
    expect(bestThreshold([0.9, 0.7, 0.3, 0.2], [1, 1, 0, 0])).toBeLessThanOrEqual(0.7);
    expect(bestThreshold([0.9, 0.4], [1, -1])).toBe(0.5);
    expect(bestThreshold([0.2, 0.1], [0, 0])).toBe(0.5);
  });
});

describe('countLabels(decisions), summarise(counts) and bootstrapByDocument(decisions)', () => {
  const decisions = [
    { group: 'a', target: [1, 0], predicted: [true, true] },
    { group: 'a', target: [1, -1], predicted: [false, true] },
    { group: 'b', target: [0, 1], predicted: [false, true] },
  ];

  it('countLabels() counts tp, fp, fn per label and leaves optional (-1) decisions out', () => {
    expect(countLabels(decisions, 2)).toEqual([
      { tp: 1, fp: 0, fn: 1, support: 2 },
      { tp: 1, fp: 1, fn: 0, support: 1 },
    ]);
    const s = summarise(countLabels(decisions, 2));
    expect(s.micro.f1).toBeCloseTo(2 / 3);
    expect(s.macro.f1).toBeCloseTo(2 / 3);
  });

  it('bootstrapByDocument() gives intervals around the scores, the same for the same seed', () => {
    const b = bootstrapByDocument(decisions, 2, 200, 3);
    expect(b.micro.f1[0]).toBeLessThanOrEqual(b.micro.f1[1]);
    expect(b).toEqual(bootstrapByDocument(decisions, 2, 200, 3));
  });
});

describe('wordFeature(word)', () => {
  it('wordFeature() folds numbers to # and drops punctuation', () => {
    expect(wordFeature('8%')).toBe('#%');
    expect(wordFeature('招商')).toBe('招商');
    expect(wordFeature(',')).toBeNull();
  });
});

describe('wordValue(n)', () => {
  it('wordValue() gives each of n word features 3 / sqrt(n), so long sentences do not win by length', () => {
    expect(wordValue(9)).toBe(1);
    expect(wordValue(1)).toBe(3);
    expect(wordValue(0)).toBe(3);
  });
});

describe('ownFeatures(kinds, rules, sentence, isHeading)', () => {
  // A matcher that finds one codebook term, 招商, for the investment theme.
  const rules: RuleMatcher = (text, _words, where) =>
    new Map(
      text.includes('招商') ? [['investment', [{ rule: 'term', match: '招商', text: '招商', weight: 1, where }]]] : [],
    );
  const sentence = { text: '加强招商工作', words: ['加强', '招商', '工作'] };

  it('ownFeatures() adds trigrams, one feature per codebook term with its hit, and a length bucket only when asked', () => {
    const off = ownFeatures({ words: false, rules: true, chars: false }, rules, sentence, false).values;
    expect([...off.keys()]).toEqual(['r:investment']);
    const on = ownFeatures(
      { words: false, rules: false, chars: false, trigrams: true, terms: true, length: true },
      rules,
      sentence,
      false,
    );
    expect([...on.values.keys()].sort()).toEqual(
      ['c3:加强招', 'c3:强招商', 'c3:商工作', 'c3:招商工', 'len:1', 't:招商'].sort(),
    );
    expect(on.ruleHits.get('t:招商')?.[0]?.match).toBe('招商');
  });
});

describe('examplesHash(examples)', () => {
  const example = (features: [string, number][], target = [1, 0]): Example => ({
    sentence: {
      id: 'd-001',
      set: 'invented',
      doc: 'd.txt',
      path: 'd.txt',
      text: '招商引资。',
      themes: [],
      optional: [],
    },
    features: { values: new Map(features), ruleHits: new Map() },
    target: Int8Array.from(target),
  });

  it('examplesHash() is the same whatever order a sentence’s features were found in', () => {
    expect(
      examplesHash([
        example([
          ['w:招商', 1],
          ['r:investment', 2],
        ]),
      ]),
    ).toBe(
      examplesHash([
        example([
          ['r:investment', 2],
          ['w:招商', 1],
        ]),
      ]),
    );
  });

  it('examplesHash() changes when a feature value or a label changes', () => {
    const base = examplesHash([example([['w:招商', 1]])]);
    expect(examplesHash([example([['w:招商', 0.5]])])).not.toBe(base);
    expect(examplesHash([example([['w:招', 1]])])).not.toBe(base);
    expect(examplesHash([example([['w:招商', 1]], [0, 0])])).not.toBe(base);
  });
});

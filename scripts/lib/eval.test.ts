import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../src/schemas/codebook.ts';
import type { AnnotatedSentence } from './annotations/annotated-sentence.ts';
import { modelScores, scoreDecisions, targetOf } from './eval.ts';

const sentence = (
  doc: string,
  themes: AnnotatedSentence['themes'],
  optional: AnnotatedSentence['optional'] = [],
): AnnotatedSentence => ({ id: doc, set: 'docs', doc, path: doc, text: '甲。', themes, optional });
const predicted = (...themes: string[]) => THEME_IDS.map((t) => themes.includes(t));

describe('targetOf(sentence)', () => {
  it('targetOf() marks given themes 1, optional ones -1 and the rest 0', () => {
    const t = targetOf(sentence('a', ['investment'], ['talent']));
    expect(t[THEME_IDS.indexOf('investment')]).toBe(1);
    expect(t[THEME_IDS.indexOf('talent')]).toBe(-1);
    expect(t[THEME_IDS.indexOf('party')]).toBe(0);
  });
});

describe('modelScores(model, sentences, predicted, inSet)', () => {
  const sentences = [
    sentence('a', ['investment']),
    sentence('a', ['investment', 'party'], ['talent']),
    sentence('b', []),
  ];
  const report = modelScores(
    'rules',
    sentences,
    [predicted('investment', 'talent'), predicted('investment', 'talent'), predicted('talent')],
    () => true,
  );

  it('modelScores() counts per theme, an optional theme neither right nor wrong', () => {
    expect(report.perTheme.investment).toMatchObject({ tp: 2, fp: 0, fn: 0, support: 2, f1: 1 });
    // talent: optional on the second sentence, predicted wrongly on the first and third.
    expect(report.perTheme.talent).toMatchObject({ tp: 0, fp: 2, fn: 0 });
    expect(report.perTheme.party).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0 });
    expect(report.micro).toMatchObject({ tp: 2, fp: 2, fn: 1 });
  });

  it('modelScores() gives every score a bootstrap interval', () => {
    expect(report.micro.f1CI[0]).toBeLessThanOrEqual(report.micro.f1CI[1]);
    expect(report.macro.f1CI).toHaveLength(2);
  });
});

describe('scoreDecisions(labels, decisions)', () => {
  it('scoreDecisions() keeps labels in the order given', () => {
    const { perLabel } = scoreDecisions(
      ['supply', 'demand'],
      [{ group: 'a', target: [1, 0], predicted: [true, true] }],
    );
    expect(Object.keys(perLabel)).toEqual(['supply', 'demand']);
    expect(perLabel.demand).toMatchObject({ fp: 1, precision: 0 });
  });
});

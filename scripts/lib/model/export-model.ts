import { THEME_IDS, type ThemeId } from '../../../src/schemas/codebook.ts';
import { TaggerModel } from '../../../src/schemas/tagger-model.ts';
import type { FeatureKinds } from './features.ts';
import type { Fitted } from './fit.ts';
import type { TrainOptions } from './logistic-regression.ts';

// Four decimals keep the file small and identical across platforms; the probabilities move by less than 1e-3.
const round4 = (x: number) => Math.round(x * 10_000) / 10_000 + 0;

/** The fitted model as the committed file: features in name order, all-zero ones left out. */
export function exportModel(
  fitted: Fitted,
  meta: {
    codebookVersion: string;
    trainingDataHash: string;
    sentences: number;
    documents: number;
    kinds: FeatureKinds;
    training: TrainOptions;
  },
): TaggerModel {
  const labels = THEME_IDS.length;
  const weights: Record<string, number[]> = {};
  for (const [name, at] of [...fitted.index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const w = Array.from(fitted.model.weights.subarray(at * labels, (at + 1) * labels), round4);
    if (w.some((x) => x !== 0)) weights[name] = w;
  }
  return TaggerModel.parse({
    format: 1,
    ...meta,
    themes: [...THEME_IDS],
    thresholds: Object.fromEntries(THEME_IDS.map((t, l) => [t, fitted.thresholds[l]!])) as Record<ThemeId, number>,
    bias: Array.from(fitted.model.bias, round4),
    weights,
  });
}

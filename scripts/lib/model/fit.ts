import { THEME_IDS } from '../../../src/schemas/codebook.ts';
import { documentKey } from '../annotations/annotated-sentence.ts';
import { indexFeatures, toRow, type Example } from './dataset.ts';
import { groupedFolds } from './folds.ts';
import { predict, train, type LinearModel, type TrainOptions } from './logistic-regression.ts';
import { countLabels, summarise } from './scores.ts';
import { bestThreshold } from './thresholds.ts';

/** A fitted tagger: columns, weights and a probability cut-off per theme. */
export interface Fitted {
  index: Map<string, number>;
  model: LinearModel;
  thresholds: number[];
  /** The settings the weights were fitted with (the L2 penalty the inner cross-validation chose). */
  training: TrainOptions;
}

export interface FitOptions {
  /** Iterations and step size; `l2` is chosen from `l2Grid`. */
  training: TrainOptions;
  /** L2 penalties to choose from by inner cross-validation (micro-F1 at the thresholds it chooses). */
  l2Grid: readonly number[];
  /** Folds of the inner cross-validation that chooses the thresholds. */
  innerFolds: number;
  seed: number;
}

const fitWeights = (examples: readonly Example[], training: TrainOptions) => {
  const index = indexFeatures(examples);
  const rows = examples.map((e) => toRow(e.features.values, index));
  return {
    index,
    model: train(
      rows,
      examples.map((e) => e.target),
      index.size,
      THEME_IDS.length,
      training,
    ),
  };
};

/** Probabilities of every theme for each example. */
export function probabilities(fitted: Pick<Fitted, 'index' | 'model'>, examples: readonly Example[]): Float64Array[] {
  return examples.map((e) => predict(fitted.model, toRow(e.features.values, fitted.index)));
}

/**
 * Fits weights on all `examples`, choosing the L2 penalty and each theme's threshold on
 * out-of-fold probabilities of an inner document-grouped cross-validation over the same examples
 * only, so nothing outside them (an outer test fold) decides anything. `always` (the codebook's
 * own example sentences) joins every training set and is never scored.
 */
export function fit(examples: readonly Example[], options: FitOptions, always: readonly Example[] = []): Fitted {
  const folds = groupedFolds(
    examples.map((e) => documentKey(e.sentence)),
    examples.map((e) => e.sentence.set),
    options.innerFolds,
    options.seed,
  );
  let best: { f1: number; thresholds: number[]; training: TrainOptions } | undefined;
  for (const l2 of options.l2Grid) {
    const training = { ...options.training, l2 };
    const oof: Float64Array[] = new Array(examples.length);
    for (let k = 0; k < options.innerFolds; k++) {
      const trainSet = [...examples.filter((_, i) => folds[i] !== k), ...always];
      const testAt = examples.flatMap((_, i) => (folds[i] === k ? [i] : []));
      if (trainSet.length === 0 || testAt.length === 0) continue;
      const probs = probabilities(
        fitWeights(trainSet, training),
        testAt.map((i) => examples[i]!),
      );
      testAt.forEach((i, j) => (oof[i] = probs[j]!));
    }
    const scored = examples.flatMap((e, i) => (oof[i] ? [{ p: oof[i]!, t: e.target }] : []));
    const thresholds = THEME_IDS.map((_, l) =>
      bestThreshold(
        scored.map((s) => s.p[l]!),
        scored.map((s) => s.t[l]!),
      ),
    );
    const decisions = scored.map((s) => ({
      group: '',
      target: s.t,
      predicted: Array.from(s.p, (x, l) => x >= thresholds[l]!),
    }));
    const f1 = summarise(countLabels(decisions, THEME_IDS.length)).micro.f1;
    if (!best || f1 > best.f1 + 1e-12) best = { f1, thresholds, training };
  }
  return {
    ...fitWeights([...examples, ...always], best!.training),
    thresholds: best!.thresholds,
    training: best!.training,
  };
}

/** Examples tagged by the fold models only, never trained on: another annotation of the same documents. */
export interface AlsoTagged {
  examples: readonly Example[];
  /** The fold of each example's document (-1: a document in no fold, left untagged). */
  folds: readonly number[];
}

const decide = (p: Float64Array, thresholds: readonly number[]) => Array.from(p, (x, l) => x >= thresholds[l]!);

/**
 * Out-of-fold theme decisions for every example: each fold tagged by a model fitted without it.
 * `also` is tagged by the model of its document's fold, so it is out-of-document too.
 * `trainable(i, fold)` may keep example i out of fold `fold`'s training (a learning curve fits
 * on part of the training documents); every example is still tagged.
 */
export function crossValidate(
  examples: readonly Example[],
  folds: readonly number[],
  k: number,
  options: FitOptions,
  always: readonly Example[] = [],
  also?: AlsoTagged,
  trainable: (index: number, fold: number) => boolean = () => true,
): { decisions: boolean[][]; alsoDecisions: (boolean[] | null)[] } {
  const decisions: boolean[][] = new Array(examples.length);
  const alsoDecisions: (boolean[] | null)[] = (also?.examples ?? []).map(() => null);
  for (let fold = 0; fold < k; fold++) {
    const fitted = fit(
      examples.filter((_, i) => folds[i] !== fold && trainable(i, fold)),
      options,
      always,
    );
    const testAt = examples.flatMap((_, i) => (folds[i] === fold ? [i] : []));
    probabilities(
      fitted,
      testAt.map((i) => examples[i]!),
    ).forEach((p, j) => (decisions[testAt[j]!] = decide(p, fitted.thresholds)));
    const alsoAt = (also?.folds ?? []).flatMap((f, i) => (f === fold ? [i] : []));
    probabilities(
      fitted,
      alsoAt.map((i) => also!.examples[i]!),
    ).forEach((p, j) => (alsoDecisions[alsoAt[j]!] = decide(p, fitted.thresholds)));
  }
  return { decisions, alsoDecisions };
}

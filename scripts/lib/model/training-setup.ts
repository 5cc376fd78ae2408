import type { Codebook } from '../../../src/schemas/codebook.ts';
import { documentKey, type AnnotatedSentence } from '../annotations/annotated-sentence.ts';
import { withHeadings, type Contextualised } from '../annotations/heading-context.ts';
import { readAnnotatedData, type AnnotatedData } from '../annotations/training-data.ts';
import { readCodebook } from '../load-inputs.ts';
import { createRuleMatcher, type RuleMatcher } from '../steps/rule-hits.ts';
import { codebookWords } from '../steps/tag.ts';
import { createSegmenter, type Segmenter } from '../text/segmenter.ts';
import type { FeatureKinds } from './features.ts';
import type { FitOptions } from './fit.ts';

/** Where the model and its evaluation are committed. */
export const MODEL_FILE = 'content/model/tagger.json';
export const REPORT_FILE = 'content/model/eval.json';

/** The feature groups of the models compared; `shipped` is the one `npm run train` fits. */
export const MODELS = {
  lr: { words: true, rules: false, chars: false },
  'lr+rules': { words: true, rules: true, chars: false },
} as const satisfies Record<string, FeatureKinds>;
export type ModelId = keyof typeof MODELS;
export const SHIPPED: ModelId = 'lr+rules';

/**
 * Fixed before any evaluation: 300 full-batch Adam steps of 0.05 from zero, the L2 penalty chosen
 * from three values and the thresholds from 0.05…0.95 by a 3-fold inner cross-validation.
 */
export const FIT: FitOptions = {
  training: { l2: 3e-3, iterations: 300, learningRate: 0.05 },
  l2Grid: [1e-3, 3e-3, 1e-2],
  innerFolds: 3,
  seed: 11,
};
export const OUTER_FOLDS = 5;
export const FOLD_SEED = 20261204;

export interface TrainingSetup {
  codebook: Codebook;
  segmenter: Segmenter;
  rules: RuleMatcher;
  data: AnnotatedData;
  /** Seeds then real sentences, each with its heading context. */
  sentences: AnnotatedSentence[];
  context: Contextualised[];
  documents: number;
}

/** Everything training and evaluation read, built the same way for both. */
export function trainingSetup(): TrainingSetup {
  const codebook = readCodebook('content/codebook.yaml');
  const segmenter = createSegmenter(codebookWords(codebook));
  const data = readAnnotatedData();
  const sentences = [...data.seeds, ...data.real];
  return {
    codebook, segmenter, rules: createRuleMatcher(codebook, segmenter), data, sentences,
    context: withHeadings(sentences),
    documents: new Set(sentences.map(documentKey)).size,
  };
}

/** The annotators' agreement on each set, as their README reports it. */
export const AGREEMENT = {
  seeds: { microF1: [0.95, 0.97] as [number, number], note: '../shared/real-docs/README.md: two independent annotators' },
  real: { microF1: [0.95, 0.97] as [number, number], note: '../shared/real-docs/README.md: two independent annotators' },
  gold: { microF1: [0.95, 0.97] as [number, number], note: '../shared/real-docs/README.md: two independent annotators' },
};

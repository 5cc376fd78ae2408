import { existsSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import type { Codebook } from '../../../src/schemas/codebook.ts';
import { documentKey, type AnnotatedSentence } from '../annotations/annotated-sentence.ts';
import { codebookExamples } from '../annotations/codebook-examples.ts';
import { withHeadings, type Contextualised } from '../annotations/heading-context.ts';
import { PROJECT_ANNOTATIONS, readAnnotatedData, type AnnotatedData } from '../annotations/training-data.ts';
import { readCodebook } from '../load-inputs.ts';
import { createRuleMatcher, type RuleMatcher } from '../steps/rule-hits.ts';
import { codebookWords } from '../steps/tag.ts';
import { createSegmenter, type Segmenter } from '../text/segmenter.ts';
import { examplesHash, toExamples, type Example } from './dataset.ts';
import type { FeatureKinds } from './features.ts';
import type { FitOptions } from './fit.ts';
import { groupedFolds } from './folds.ts';

/** Where the model and its evaluation are committed. */
export const MODEL_FILE = 'content/model/tagger.json';
export const REPORT_FILE = 'content/model/eval.json';
export const AGREEMENT_FILE = 'content/annotations/agreement.json';

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
    codebook,
    segmenter,
    rules: createRuleMatcher(codebook, segmenter),
    data,
    sentences,
    context: withHeadings(sentences),
    documents: new Set(sentences.map(documentKey)).size,
  };
}

/** The evaluation's outer fold of each annotated sentence: whole documents, each set spread over the folds. */
export function outerFolds(sentences: readonly AnnotatedSentence[]): number[] {
  return groupedFolds(
    sentences.map(documentKey),
    sentences.map((s) => s.set),
    OUTER_FOLDS,
    FOLD_SEED,
  );
}

const SHARED_AGREEMENT = {
  microF1: [0.95, 0.97] as [number, number],
  note: '../shared/real-docs/README.md: two independent annotators of seeds-gold.jsonl and gold.jsonl',
};
const ProjectAgreement = z.object({ sentences: z.number().int(), microF1: z.number().min(0).max(1) });

/**
 * The annotators' agreement on each set: for the seeds and the shared gold as their README
 * reports it; for the project's annotations from `content/annotations/agreement.json` (before
 * adjudication), or the shared figure while the real set is the shared gold.
 */
export function agreementOf(
  real: string,
): Record<'seeds' | 'real' | 'gold', { microF1: [number, number]; note: string }> {
  let project = SHARED_AGREEMENT;
  if (real === PROJECT_ANNOTATIONS && existsSync(AGREEMENT_FILE)) {
    const a = ProjectAgreement.parse(JSON.parse(readFileSync(AGREEMENT_FILE, 'utf8')));
    project = {
      microF1: [a.microF1, a.microF1],
      note: `${AGREEMENT_FILE}: two independent annotators on ${a.sentences} sentences, before adjudication`,
    };
  }
  return { seeds: SHARED_AGREEMENT, real: project, gold: SHARED_AGREEMENT };
}

/**
 * The hash of everything the shipped model learns from, as it reads it (annotated and invented
 * sentences and the codebook's examples, with their features): what ties a model and a report to
 * their data and to the pipeline that featurised it.
 */
export function trainingDataHash(setup: TrainingSetup): string {
  const kinds = MODELS[SHIPPED];
  return examplesHash([
    ...toExamples(setup.sentences, setup.context, kinds, setup.segmenter, setup.rules),
    ...alwaysTraining(setup, kinds),
  ]);
}

/**
 * What joins every training set and is never scored, as examples of `kinds`: the codebook's
 * 正例/反例 (no heading) and the sentences of the invented documents (with their headings).
 */
export function alwaysTraining(setup: TrainingSetup, kinds: FeatureKinds): Example[] {
  const examples = codebookExamples(setup.codebook);
  const invented = setup.data.invented;
  return toExamples(
    [...examples, ...invented],
    [
      ...examples.map((s) => ({ text: s.text, heading: null, isHeading: false, aligned: false })),
      ...withHeadings(invented),
    ],
    kinds,
    setup.segmenter,
    setup.rules,
  );
}

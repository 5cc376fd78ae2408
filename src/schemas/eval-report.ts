import { z } from 'astro/zod';
import { ThemeId } from './codebook.ts';
import { InstrumentId } from './instruments.ts';

const Rate = z.number().min(0).max(1);
/** A bootstrap 95% interval: the 2.5th and 97.5th percentiles over resampled documents. */
const Interval = z.tuple([Rate, Rate]);

export const Scores = z.object({
  /** Sentences both the tagger and the annotators gave the label. */
  tp: z.number().int().nonnegative(),
  /** Sentences the tagger gave the label and the annotators did not. */
  fp: z.number().int().nonnegative(),
  /** Sentences the annotators gave the label and the tagger missed. */
  fn: z.number().int().nonnegative(),
  precision: Rate,
  recall: Rate,
  f1: Rate,
  precisionCI: Interval,
  recallCI: Interval,
  f1CI: Interval,
});
export type Scores = z.infer<typeof Scores>;

/** Scores of one label; `support` is the number of annotated sentences carrying it. */
export const LabelScores = Scores.extend({ support: z.number().int().nonnegative() });
export type LabelScores = z.infer<typeof LabelScores>;

export const Means = z.object({
  precision: Rate,
  recall: Rate,
  f1: Rate,
  precisionCI: Interval,
  recallCI: Interval,
  f1CI: Interval,
});
export type Means = z.infer<typeof Means>;

/** The tagging models compared: the codebook rules alone, logistic regression on words, and on words plus the rules' scores. */
export const ModelId = z.enum(['rules', 'lr', 'lr+rules']);
export type ModelId = z.infer<typeof ModelId>;

/** One model's cross-validated scores on one set of annotated sentences. */
export const ModelScores = z.object({
  model: ModelId,
  /** Per theme; `support` is the number of annotated sentences carrying the theme. */
  perTheme: z.record(ThemeId, LabelScores),
  /** All theme decisions pooled. */
  micro: Scores,
  /** Mean of the per-theme scores over themes in the sample or the output. */
  macro: Means,
});
export type ModelScores = z.infer<typeof ModelScores>;

/** The models on one set of annotated sentences. */
export const EvalSet = z.object({
  /**
   * `seeds`: sentences of the five seed documents; `real`: sentences of further real park
   * documents; `gold`: another, independent annotation of some of those documents
   * (../shared/real-docs/gold.jsonl), scored by the same fold models and never trained on.
   */
  id: z.enum(['seeds', 'real', 'gold']),
  /** The annotation file, relative to the repository root. */
  source: z.string(),
  sentences: z.number().int().nonnegative(),
  documents: z.number().int().nonnegative(),
  /** Micro-F1 between two independent annotators on such sentences: the ceiling a tagger is measured against. */
  agreement: z.object({ microF1: Interval, note: z.string() }),
  models: z.array(ModelScores),
});
export type EvalSet = z.infer<typeof EvalSet>;

const count = z.number().int().nonnegative();

/** How the targets' statements and things compare with an annotator's (scripts/lib/eval-targets.ts). */
export const TargetScores = z.object({
  /** Annotated figures, and the documents they are in. */
  figures: count,
  documents: count,
  /** Annotated figures the pipeline no longer reports (left out as no quantity, or their sentence changed). */
  dropped: count,
  /** Of the figures annotated target or result and still reported: the pipeline's statement right, wrong, or unknown. */
  statement: z.object({ right: count, wrong: count, unknown: count }),
  /** Of the figures whose thing was annotated: the annotator's words, holding or held by them, other words, none, one where none was named. */
  thing: z.object({ exact: count, overlap: count, wrong: count, none: count, extra: count }),
});
export type TargetScores = z.infer<typeof TargetScores>;

/**
 * `content/model/eval.json` (published as data/eval.json): the theme tagger measured by
 * document-level cross-validation on the project's annotated sample (`npm run eval`), and the
 * policy-instrument coder on its own annotations. The same for every corpus built.
 */
export const EvalReport = z.object({
  /** The model the ingest uses. */
  shipped: ModelId,
  /** First 16 hex digits of the SHA-256 of content/model/tagger.json when the report was computed. */
  modelHash: z.string(),
  /** The same of the training examples as the model reads them: labels and features (content/model/tagger.json names its own). */
  trainingDataHash: z.string(),
  codebookVersion: z.string(),
  /** Cross-validation folds; every document's sentences are in one fold. */
  folds: z.number().int().positive(),
  /** Seed of the fold assignment. */
  foldSeed: z.number().int(),
  /** Resamples of whole documents (with replacement) for the intervals, and their seed. */
  bootstrap: z.object({ replicates: z.number().int().positive(), seed: z.number().int() }),
  sets: z.array(EvalSet),
  /**
   * Sentences of the documents the project wrote itself to widen the training data
   * (content/annotations/invented.jsonl): in every training set, never scored.
   */
  invented: z.object({ sentences: z.number().int().nonnegative(), documents: z.number().int().nonnegative() }),
  /** The policy-instrument coder against its own annotations (content/annotations/seed-instruments.jsonl), coding the shipped tagger's themes. */
  instruments: z.object({
    /** Annotated sentences compared: those the annotator gave at least one theme. */
    sentences: z.number().int().nonnegative(),
    perInstrument: z.record(InstrumentId, LabelScores),
    micro: Scores,
    macro: Means,
  }),
  /**
   * The numbers of targets.jsonl on the real documents against their annotation
   * (content/annotations/targets-real.jsonl; `npm run eval-targets` writes this block).
   */
  targets: TargetScores,
});
export type EvalReport = z.infer<typeof EvalReport>;

import { z } from 'astro/zod';
import { ThemeId } from './codebook.ts';
import { InstrumentId } from './instruments.ts';

const Rate = z.number().min(0).max(1);

export const Scores = z.object({
  /** Sentences both the tagger and the annotator gave the theme. */
  tp: z.number().int().nonnegative(),
  /** Sentences the tagger gave the theme and the annotator did not. */
  fp: z.number().int().nonnegative(),
  /** Sentences the annotator gave the theme and the tagger missed. */
  fn: z.number().int().nonnegative(),
  precision: Rate,
  recall: Rate,
  f1: Rate,
});

export type Scores = z.infer<typeof Scores>;

/** Scores of one label; `support` is the number of annotated sentences carrying it. */
export const LabelScores = Scores.extend({ support: z.number().int().nonnegative() });
export type LabelScores = z.infer<typeof LabelScores>;

const Means = z.object({ precision: Rate, recall: Rate, f1: Rate });

/** `content/data/eval.json`: the tagger measured against hand-annotated sentences (`npm run eval`). */
export const EvalReport = z.object({
  /** Annotated sentences compared. */
  sentences: z.number().int().nonnegative(),
  /** Scores per theme; `support` is the number of annotated sentences carrying the theme. */
  perTheme: z.record(ThemeId, LabelScores),
  /** Scores over all theme decisions pooled. */
  micro: Scores,
  /** Mean of the per-theme scores over themes that occur in the sample or in the tagger's output. */
  macro: Means,
  /** The policy-instrument coder against its own annotations (tests/fixtures/eval/instruments.jsonl). */
  instruments: z.object({
    /** Annotated sentences compared: those the annotator gave at least one theme. */
    sentences: z.number().int().nonnegative(),
    perInstrument: z.record(InstrumentId, LabelScores),
    micro: Scores,
    macro: Means,
  }),
});
export type EvalReport = z.infer<typeof EvalReport>;

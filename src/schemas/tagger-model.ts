import { z } from 'astro/zod';
import { ThemeId } from './codebook.ts';

/** `content/model/tagger.json`: the fitted theme tagger that `npm run train` writes and `npm run ingest` reads. */
export const TaggerModel = z
  .object({
    /** Version of this file's layout. */
    format: z.literal(1),
    /** The codebook whose terms and patterns the `r:`/`hr:` features count and whose words the segmenter keeps whole. */
    codebookVersion: z.string(),
    /** First 16 hex digits of the SHA-256 of the training examples, labels and features: names the data the weights came from, as the pipeline read it. */
    trainingDataHash: z.string().regex(/^[0-9a-f]{16}$/),
    /** Annotated sentences and documents the model was fitted on. */
    sentences: z.number().int().positive(),
    documents: z.number().int().positive(),
    /** The feature groups read: segmented words (sentence `w:`, heading `h:`), codebook scores (`r:`, `hr:`), character bigrams (`c:`). */
    // Optional groups (trigrams `c3:`, one feature per codebook term `t:`/`ht:`, length buckets `len:`) are off when absent.
    kinds: z.object({
      words: z.boolean(),
      rules: z.boolean(),
      chars: z.boolean(),
      trigrams: z.boolean().optional(),
      terms: z.boolean().optional(),
      length: z.boolean().optional(),
    }),
    /** The optimiser's settings: L2 penalty, full-batch Adam iterations and step size. */
    training: z.object({
      l2: z.number().nonnegative(),
      iterations: z.number().int().positive(),
      learningRate: z.number().positive(),
    }),
    /** Theme order of `bias` and of every weight vector. */
    themes: z.array(ThemeId),
    /** Probability at or above which a sentence carries the theme, chosen by inner cross-validation. */
    thresholds: z.record(ThemeId, z.number().min(0).max(1)),
    bias: z.array(z.number()),
    /** Feature name → its weight for each theme (`themes` order); a feature whose weights all round to 0 is left out. */
    weights: z.record(z.string(), z.array(z.number())),
  })
  .refine(
    (m) => m.bias.length === m.themes.length && Object.values(m.weights).every((w) => w.length === m.themes.length),
    {
      message: 'bias and every weight vector must have one value per theme',
    },
  );
export type TaggerModel = z.infer<typeof TaggerModel>;

import { z } from 'astro/zod';
import { ThemeId } from './codebook.ts';
import { InstrumentHit, InstrumentId } from './instruments.ts';

export const Evidence = z.object({
  theme: ThemeId,
  /**
   * The model's probability that the sentence carries the theme (the rule tagger: the sum of the
   * weights that fired); the tag holds when score >= `threshold`.
   */
  score: z.number(),
  /** The theme's cut-off: the model's per-theme threshold, or the codebook threshold for the rule tagger. */
  threshold: z.number(),
  /**
   * What weighed most for the tag, strongest first: a segmented word the model learned from
   * (`word`), a codebook term or pattern (`term`, `pattern`), or a character pair (`chars`), with
   * its weight and where it was found.
   */
  hits: z.array(
    z.object({
      rule: z.enum(['word', 'term', 'pattern', 'chars']),
      /** The word, the codebook term, the pattern's note or source, or the character pair. */
      match: z.string(),
      /** The text that matched (folded to simplified characters). */
      text: z.string(),
      /** Its contribution to the theme's log-odds (the rule tagger: its codebook weight). */
      weight: z.number(),
      where: z.enum(['sentence', 'heading']),
    }),
  ),
});
export type Evidence = z.infer<typeof Evidence>;

/** One sentence: a line of passages.jsonl. */
export const Passage = z.object({
  /** Document id. */
  doc: z.string(),
  /** Sentence id, unique in its document and stable while the text is unchanged ("s0001"). */
  id: z.string().regex(/^s\d{4,}$/),
  /** Id of the innermost section containing the sentence, or null before the first heading. */
  section: z.string().nullable(),
  /** The sentence exactly as written, terminator included. */
  text: z.string().min(1),
  /** True when the sentence is itself a heading. */
  heading: z.boolean(),
  themes: z.array(ThemeId),
  evidence: z.array(Evidence),
  /** Policy-instrument types the sentence uses (content/instruments.yaml); empty when it carries no theme. */
  instruments: z.array(InstrumentId),
  /** The tools that decided `instruments`, with the words matched. */
  instrumentEvidence: z.array(InstrumentHit),
});
export type Passage = z.infer<typeof Passage>;

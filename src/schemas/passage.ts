import { z } from 'astro/zod';
import { ThemeId } from './codebook.ts';
import { InstrumentHit, InstrumentId } from './instruments.ts';

export const Evidence = z.object({
  theme: ThemeId,
  /** Sum of the weights that fired; the tag holds when score >= the codebook threshold. */
  score: z.number(),
  /** What fired: a codebook term or pattern, with its weight and where it was found. */
  hits: z.array(z.object({
    rule: z.enum(['term', 'pattern']),
    /** The term, or the pattern's source. */
    match: z.string(),
    /** The text the rule matched. */
    text: z.string(),
    weight: z.number(),
    where: z.enum(['sentence', 'heading']),
  })),
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

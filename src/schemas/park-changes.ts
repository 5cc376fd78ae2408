import { z } from 'astro/zod';
import { ThemeId } from './codebook.ts';

const DocId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
const ParkId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

/** One sentence of the corpus, the anchor `/docs/<doc>/#<sentence>`. */
export const SentenceRef = z.object({
  doc: DocId,
  /** Sentence id, e.g. s0012. */
  sentence: z.string().regex(/^s\d{4,}$/),
});
export type SentenceRef = z.infer<typeof SentenceRef>;

/** A sentence of the earlier year matched one-to-one with a sentence of the later year. */
export const CarriedItem = z.object({
  from: SentenceRef,
  to: SentenceRef,
  /** Dice coefficient of the two sentences' character bigrams, 0..1, rounded to 3 places. */
  similarity: z.number().min(0).max(1),
});
export type CarriedItem = z.infer<typeof CarriedItem>;

/** What became of one theme's sentences from one year of a park to its next documented year. */
export const ThemeChange = z.object({
  theme: ThemeId,
  /** Matched pairs, in the earlier year's reading order. */
  carried: z.array(CarriedItem),
  /** Sentences of the earlier year with no match, in reading order. */
  dropped: z.array(SentenceRef),
  /** Sentences of the later year with no match, in reading order. */
  new: z.array(SentenceRef),
});
export type ThemeChange = z.infer<typeof ThemeChange>;

/** The documents of one park in one year; a park may publish several (a speech and a work plan). */
export const ParkYear = z.object({
  year: z.number().int(),
  /** Ids of the documents, sorted. */
  docs: z.array(DocId).min(1),
});
export type ParkYear = z.infer<typeof ParkYear>;

/** Two consecutive documented years of one park: `to` is the next year that has a document. */
export const YearComparison = z.object({
  from: ParkYear,
  to: ParkYear,
  /** Every theme that either year tagged at least once, in codebook order. */
  themes: z.array(ThemeChange),
});
export type YearComparison = z.infer<typeof YearComparison>;

/** `park-changes.json`: per park (catalog `parkId`), which items carry over, drop or appear from year to year. */
export const ParkChangesFile = z.object({
  /** Always "char-bigram-dice-greedy": one-to-one greedy matching by Dice of character bigrams. */
  method: z.literal('char-bigram-dice-greedy'),
  /** Lowest similarity at which two sentences count as the same item carried over. */
  threshold: z.number().min(0).max(1),
  /** Version of the codebook whose themes group the sentences. */
  codebookVersion: z.string(),
  /** Every park with a `parkId` and at least one dated document, in id order. */
  parks: z.array(
    z.object({
      parkId: ParkId,
      /** Years with documents, ascending; documents without a year are not placed in time and are left out. */
      years: z.array(ParkYear),
      /** One per pair of consecutive entries of `years`; empty when the park has one year. */
      comparisons: z.array(YearComparison),
    }),
  ),
});
export type ParkChangesFile = z.infer<typeof ParkChangesFile>;

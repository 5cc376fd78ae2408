import { z } from 'astro/zod';
import { ThemeId } from './codebook.ts';
import { OrganisationType } from './lexicons.ts';

const DocId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
const SentenceId = z.string().regex(/^s\d{4,}$/);

export const KeyTerm = z.object({
  /** A segmenter word, e.g. 工程机械. */
  word: z.string().min(1),
  /** δ / σ: how many standard errors the word's log-odds in the focus exceed the rest's (rounded to 2 places). */
  z: z.number(),
  /** δ: difference of the prior-smoothed log-odds, focus minus rest (rounded to 3 places). */
  delta: z.number(),
  /** Times the word occurs in the focus document(s). */
  count: z.number().int().nonnegative(),
  /** Times it occurs in the rest of the corpus. */
  rest: z.number().int().nonnegative(),
});
export type KeyTerm = z.infer<typeof KeyTerm>;

/** `keyness.json`: each document's most distinctive words against the rest of the corpus. */
export const KeynessFile = z.object({
  /** Always "log-odds-informative-dirichlet" (Monroe, Colaresi & Quinn 2008, "Fightin' Words"). */
  method: z.literal('log-odds-informative-dirichlet'),
  /** Version of the codebook whose dictionary the segmenter used; words depend on it. */
  codebookVersion: z.string(),
  /** α₀: the prior's total pseudo-count, spread over words in proportion to their corpus frequency. */
  priorSize: z.number().positive(),
  /** Fewest occurrences in a document for a word to be listed for it. */
  minCount: z.number().int().positive(),
  documents: z.array(
    z.object({
      doc: DocId,
      /** Counted words in the document (after the stop list). */
      tokens: z.number().int().nonnegative(),
      /** Up to 30 words with positive z, highest z first. */
      terms: z.array(KeyTerm),
    }),
  ),
});
export type KeynessFile = z.infer<typeof KeynessFile>;

/** `word-counts.json`: every document's counted words, so keyness can be computed for any group of documents. */
export const WordCountsFile = z.object({
  /** Every counted word once, most frequent in the corpus first (ties in code-point order). */
  vocabulary: z.array(z.string().min(1)),
  documents: z.array(
    z.object({
      doc: DocId,
      /** Counted words in the document. */
      tokens: z.number().int().nonnegative(),
      /** Flat pairs [vocabulary index, count, vocabulary index, count, …], indexes ascending. */
      counts: z.array(z.number().int().nonnegative()),
      /** Words naming the document's own park, city and province, which keyness leaves out when it compares parks. */
      own: z.array(z.string().min(1)),
    }),
  ),
});
export type WordCountsFile = z.infer<typeof WordCountsFile>;

export const PHRASE_KINDS = ['quoted', 'shared-run'] as const;

export const PhraseOccurrence = z.object({
  doc: DocId,
  sentence: SentenceId,
  /** Where the match starts in the sentence text, in UTF-16 code units (String.prototype.slice offsets). */
  offset: z.number().int().nonnegative(),
  /** Up to 20 characters of the sentence before the match. */
  left: z.string(),
  /** The sentence text matched, verbatim (it may differ from `phrase` in full-/half-width forms). */
  match: z.string().min(1),
  /** Up to 20 characters of the sentence after the match. */
  right: z.string(),
});
export type PhraseOccurrence = z.infer<typeof PhraseOccurrence>;

/** shared: wording two parks share; indicator: a statistical indicator's name or a figure about one; boilerplate: national or genre formulas and scraper text. */
export const PHRASE_LISTS = ['shared', 'indicator', 'boilerplate'] as const;
export const PhraseList = z.enum(PHRASE_LISTS);
export type PhraseList = z.infer<typeof PhraseList>;

export const PhraseVariant = z.object({
  /** A shorter phrase found inside this one, merged under it. */
  phrase: z.string().min(1),
  /** Ids of the documents using the variant (alone or inside the longer phrase), sorted. */
  documents: z.array(DocId).min(1),
});
export type PhraseVariant = z.infer<typeof PhraseVariant>;

export const Phrase = z.object({
  /** The shared text: a slogan without its quotes, or a run with full-width forms folded to half-width. */
  phrase: z.string().min(1),
  /** quoted: the inside of “…” (2–12 characters); shared-run: a maximal run of ≥ 8 characters cut at word boundaries. */
  kind: z.enum(PHRASE_KINDS),
  /** Which list the phrase is shown in: shared wording, a statistical indicator, or boilerplate (kept, not dropped). */
  list: PhraseList,
  /** Ids of the documents using it or one of its variants, at least two, sorted. */
  documents: z.array(DocId).min(2),
  /** How many of those documents have no year; `firstYear` speaks only for the others. */
  undated: z.number().int().nonnegative(),
  /** Earliest `year` among those documents that have one, or null when none has. */
  firstYear: z.number().int().nullable(),
  /** Shorter shared runs inside this one, merged under it, longest first. */
  variants: z.array(PhraseVariant),
  /** Every use of the phrase or a variant (a variant's use inside the phrase's counted once), in corpus order. */
  occurrences: z.array(PhraseOccurrence).min(2),
});
export type Phrase = z.infer<typeof Phrase>;

/** `phrases.json`: slogans and runs of text that two or more documents share. */
export const PhrasesFile = z.object({
  /** Version of the codebook whose dictionary the segmenter used (it decides word boundaries and boilerplate). */
  codebookVersion: z.string(),
  /** Shortest shared run reported, in characters. */
  minRunLength: z.number().int().positive(),
  /** Characters of context on each side of a match, at most. */
  contextChars: z.number().int().nonnegative(),
  /** Shared runs merged as variants under a longer phrase containing them. */
  merged: z.number().int().nonnegative(),
  /** Most documents first, then most occurrences, then longest, then code-point order; the page shows each list apart. */
  phrases: z.array(Phrase),
});
export type PhrasesFile = z.infer<typeof PhrasesFile>;

export const TARGET_KINDS = ['count', 'money', 'area', 'percent', 'rank', 'deadline', 'other'] as const;
export const TargetKind = z.enum(TARGET_KINDS);
export type TargetKind = z.infer<typeof TargetKind>;

/** target: still to reach (力争, 确保, 到2025年, a plan's section); result: already reached (完成, 同比增长, a review's section); unknown: neither the sentence nor its section says. */
export const TARGET_STATEMENTS = ['target', 'result', 'unknown'] as const;
export const TargetStatement = z.enum(TARGET_STATEMENTS);
export type TargetStatement = z.infer<typeof TargetStatement>;

/** One number with its unit found in a sentence: a line of `targets.jsonl`. */
export const Target = z.object({
  doc: DocId,
  sentence: SentenceId,
  /** The text matched, verbatim, e.g. 139家以上, 全国60强, 到“十四五”末. */
  text: z.string().min(1),
  /** Where `text` starts in the sentence, in UTF-16 code units (String.prototype.slice offsets). */
  offset: z.number().int().nonnegative(),
  /** The number as written (Chinese numerals read: 一百二十 -> 120); a deadline's year; null for 年底 in an undated document. */
  value: z.number().nullable(),
  /** The unit as written (家, 亿元, 平方公里, %, 强, 年), "" when there is none. */
  unit: z.string(),
  /** `value` in the kind's reporting unit: 亿元 for money, 平方公里 for area; equal to `value` for the other kinds. */
  normalized: z.number().nullable(),
  /** at-least: 以上, 超过, 突破…; about: 左右, 约…; at-most: 以内, 不超过…; null when the text states the number flat. */
  bound: z.enum(['at-least', 'about', 'at-most']).nullable(),
  /** What the number counts or the deadline is for: the noun phrase after or before it, or null when none was found. */
  thing: z.string().nullable(),
  kind: TargetKind,
  /** Whether the sentence sets the number as a target or reports it as a result. */
  statement: TargetStatement,
  /**
   * What decided `statement`, verbatim: words of the sentence (力争, 同比增长, 到2025年) or, when the
   * sentence says nothing itself, the heading of its section (2023年工作回顾, 二、2024年工作安排); null when nothing did.
   */
  cue: z.string().nullable(),
  /** Where `cue` stands: in the sentence, or it is the section's heading; null when `cue` is. */
  cueIn: z.enum(['sentence', 'heading']).nullable(),
  /** Themes of the sentence. */
  themes: z.array(ThemeId),
});
export type Target = z.infer<typeof Target>;

export const OrganisationMention = z.object({
  doc: DocId,
  sentence: SentenceId,
  /** The name as the sentence writes it (an alias, or the name with its suffix). */
  text: z.string().min(1),
});

/** `organisations.json`: enterprises, universities, institutes and platforms the documents name. */
export const OrganisationsFile = z.object({
  organisations: z.array(
    z.object({
      /** The dictionary name, or the name as found by a suffix pattern. */
      name: z.string().min(2),
      type: OrganisationType,
      /** dictionary: listed in content/organisations.yaml; suffix: found by its ending (…公司, …大学, …中心). */
      source: z.enum(['dictionary', 'suffix']),
      /** Ids of the documents naming it, sorted. */
      documents: z.array(DocId).min(1),
      /** Every mention, in corpus order. */
      mentions: z.array(OrganisationMention).min(1),
    }),
  ),
});
export type OrganisationsFile = z.infer<typeof OrganisationsFile>;

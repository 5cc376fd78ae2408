import { z } from 'astro/zod';

/** Theme ids are fixed by the project's method: changing one breaks every citation of a theme page. */
export const THEME_IDS = [
  'positioning',
  'industry',
  'investment',
  'projects',
  'innovation',
  'talent',
  'enterprise',
  'business-env',
  'reform',
  'opening',
  'regional',
  'finance',
  'land',
  'digital',
  'green',
  'urban',
  'party',
  'safety',
] as const;

export const ThemeId = z.enum(THEME_IDS);
export type ThemeId = z.infer<typeof ThemeId>;

export const WeightedTerm = z.object({
  /** A word or fixed phrase, matched only on segmenter word boundaries. */
  term: z.string().min(1),
  /** How strongly the term alone signals the theme; a sentence is tagged at `threshold`. */
  weight: z.number().positive(),
});

export const WeightedPattern = z.object({
  /** A JavaScript regular expression (no flags) matched against the sentence text. */
  pattern: z
    .string()
    .min(1)
    .refine((p) => {
      try {
        new RegExp(p, 'u');
        return true;
      } catch {
        return false;
      }
    }, 'not a valid regular expression'),
  weight: z.number().positive(),
  /** Why the pattern exists, shown as the evidence of a tag it assigns. */
  note: z.string().optional(),
});

export const Theme = z.object({
  id: ThemeId,
  /** Chinese name, e.g. 招商引资. */
  zh: z.string().min(1),
  /** English name. */
  en: z.string().min(1),
  /** What a sentence must substantively address to carry the theme (Chinese). */
  definitionZh: z.string().min(1),
  /** The same definition in English. */
  definitionEn: z.string().min(1),
  terms: z.array(WeightedTerm).min(1),
  patterns: z.array(WeightedPattern).default([]),
  /** Words that contain a term but mean something else (招商局 is not 招商); matched words are ignored. */
  exclude: z.array(z.string().min(1)).default([]),
  /** 正例: sentences the tagger must tag with this theme. */
  positive: z.array(z.string().min(1)).min(1),
  /** 反例: sentences the tagger must not tag with this theme. */
  negative: z.array(z.string().min(1)).min(1),
});
export type Theme = z.infer<typeof Theme>;

export const Alias = z.object({
  /** What a reader may type, e.g. 双招双引. */
  query: z.string().min(1),
  /** What it also finds, e.g. 招商引资, 招才引智. */
  expands: z.array(z.string().min(1)).min(1),
});

export const Codebook = z.object({
  /** Semantic version; bump on any change to terms or rules so data files say which codebook tagged them. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** Score at or above which a sentence carries a theme. */
  threshold: z.number().positive(),
  /**
   * Multiplier for the terms of the sentence's section heading, which is context, not content.
   * The heading's contribution is also capped at this value, so context alone never tags a sentence.
   */
  headingWeight: z.number().min(0).max(1),
  /** Multiplier for terms in a heading sentence itself: a heading is short and every word in it is its topic. */
  headingBoost: z.number().min(1),
  themes: z
    .array(Theme)
    .length(THEME_IDS.length)
    .superRefine((themes, ctx) => {
      const seen = new Set(themes.map((t) => t.id));
      for (const id of THEME_IDS)
        if (!seen.has(id)) ctx.addIssue({ code: 'custom', message: `theme "${id}" is missing` });
    }),
  /** Words that must stay whole for the segmenter even though no theme counts them (names, fixed expressions). */
  dictionary: z.array(z.string().min(1)).default([]),
  /** Policy aliases for search query expansion. */
  aliases: z.array(Alias).default([]),
});
export type Codebook = z.infer<typeof Codebook>;

/** A theme as published in codebook.json: the examples stay in the hand-written codebook. */
export const PublishedTheme = Theme.omit({ positive: true, negative: true });
export type PublishedTheme = z.infer<typeof PublishedTheme>;

/** `codebook.json`: what tagged the corpus, without the examples and the segmenter dictionary. */
export const PublishedCodebook = Codebook.omit({ dictionary: true }).extend({
  themes: z.array(PublishedTheme).length(THEME_IDS.length),
});
export type PublishedCodebook = z.infer<typeof PublishedCodebook>;

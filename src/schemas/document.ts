import { z } from 'astro/zod';
import { ParkLevel, DocType, WebUrl } from './catalog.ts';
import { ThemeId } from './codebook.ts';

export const FIELD_SOURCES = ['catalog', 'gazetteer', 'text', 'unknown'] as const;

export const RemovedLine = z.object({
  /** 1-based line number in the normalised text (the decoded seed, with literal "\n" escapes decoded); for a span, the first line it was cut from. */
  line: z.number().int().positive(),
  /** The whole line as written, or for a span the text cut ("(zhèn)", "浏览量:4372", "推 进" for a space removed between 推 and 进). */
  text: z.string(),
  /** Why it was removed, e.g. "share prompt", "pinyin gloss". */
  reason: z.string().min(1),
  /** "line": the whole line went (the default when absent); "span": text cut from inside a line that stays. */
  kind: z.enum(['line', 'span']).optional(),
  /** For a span: how many identical cuts (same text, same reason) this entry stands for; 1 when absent. */
  count: z.number().int().positive().optional(),
});
export type RemovedLine = z.infer<typeof RemovedLine>;

export const Section = z.object({
  /** Stable anchor, e.g. "sec-2-1": the path of ordinals in the outline. */
  id: z.string().regex(/^sec(-\d+)+$/),
  /** 1 = 一、, 2 = (一), 3 = 1., 4 = a lead phrase such as "优化产业布局。". */
  level: z.number().int().min(1).max(4),
  /** The numbering as written ("一、", "(二)", "1.") or "" for a lead phrase or keyword heading. */
  label: z.string(),
  /** Heading text without its numbering or closing punctuation. */
  title: z.string().min(1),
  /** Id of the sentence that carries the heading. */
  sentence: z.string(),
});
export type Section = z.infer<typeof Section>;

export const ThemeShares = z.record(ThemeId, z.number().min(0).max(1));

/** One document as the pipeline records it: documents.json entries and MDX frontmatter. */
export const DocumentRecord = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** File name in seeds/. */
  seed: z.string(),
  title: z.string().min(1),
  park: z.string().nullable(),
  parkId: z.string().nullable(),
  anonymized: z.boolean(),
  level: ParkLevel,
  province: z.string().nullable(),
  city: z.string().nullable(),
  year: z.number().int().nullable(),
  /** Every year the document says it covers ("2022年工作总结和2023年工作计划": 2022 and 2023); `year` is the one it is about. */
  years: z.array(z.number().int()).optional(),
  date: z.string().nullable(),
  source: z.string().nullable(),
  type: DocType,
  /** Only http(s): the page links it. */
  url: WebUrl.nullable(),
  /** Where each metadata field came from. */
  provenance: z.record(z.string(), z.enum(FIELD_SOURCES)),
  encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030']),
  /** SHA-256 of the decoded text, for de-duplication and caching. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Characters of cleaned text. */
  chars: z.number().int().nonnegative(),
  /** Every sentence of the text, headings included. */
  sentenceCount: z.number().int().nonnegative(),
  /** Sentences that are not headings: the denominator of `themeShares`. */
  bodySentences: z.number().int().nonnegative(),
  removed: z.array(RemovedLine),
  outline: z.array(Section),
  /** Share of the document's body sentences tagged with each theme (0..1); headings are tagged for navigation but not counted. */
  themeShares: ThemeShares,
  /** Number of body sentences tagged with each theme (headings left out). */
  themeCounts: z.record(ThemeId, z.number().int().nonnegative()),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

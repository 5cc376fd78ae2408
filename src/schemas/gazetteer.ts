import { z } from 'astro/zod';

/** National levels a gazetteer park can have; provincial parks come from a catalog's own list. */
export const GAZETTEER_LEVELS = ['national-hitech', 'national-etdz', 'state-new-area', 'provincial'] as const;

/** One park as the gazetteer knows it. */
export const GazetteerPark = z.strictObject({
  /** Stable URL-safe id; becomes the document's `parkId`, linking one park's documents across years. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens'),
  /** Official full name, e.g. 武汉东湖新技术开发区. */
  name: z.string().min(2),
  /** Short names and aliases in use (东湖高新区, 中国光谷); each must name this park alone. */
  aliases: z.array(z.string().min(2)).default([]),
  level: z.enum(GAZETTEER_LEVELS),
  /** Province as running text names it, short form (湖北, 内蒙古, 广西). */
  province: z.string().min(2),
  /** Prefecture-level city (or municipality) without 市, e.g. 武汉; null when the park spans several. */
  city: z.string().min(2).nullable(),
  /** GB/T 2260 code of the city (or province when city is null), six digits. */
  division: z.string().regex(/^\d{6}$/u),
  /** Year the park was approved at this level, when known. */
  approved: z.number().int().min(1984).max(2100).optional(),
});
export type GazetteerPark = z.infer<typeof GazetteerPark>;

/** `content/gazetteer/*.yaml`: one file per level, each a list of parks plus where its facts come from. */
export const GazetteerFile = z.strictObject({
  /** What the list covers and as of when. */
  about: z.string().min(1),
  /** Public sources the facts were checked against (titles and URLs). */
  sources: z.array(z.string().min(1)).min(1),
  parks: z.array(GazetteerPark),
});
export type GazetteerFile = z.infer<typeof GazetteerFile>;

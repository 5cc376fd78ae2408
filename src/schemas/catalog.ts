import { z } from 'astro/zod';

export const PARK_LEVELS = ['national-hitech', 'national-etdz', 'state-new-area', 'provincial', 'county', 'unknown'] as const;
export const ParkLevel = z.enum(PARK_LEVELS);
export type ParkLevel = z.infer<typeof ParkLevel>;

export const DOC_TYPES = [
  'work-points', 'work-plan', 'work-report', 'annual-summary', 'government-work-report', 'five-year-plan', 'task-breakdown',
  'plan-execution-report', 'speech', 'symposium', 'news-report', 'unknown',
] as const;
export const DocType = z.enum(DOC_TYPES);
export type DocType = z.infer<typeof DocType>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');

/** Metadata fields a catalog entry may set; each one overrides what detection found. */
export const CatalogEntry = z.strictObject({
  /** URL slug of the document; defaults to the seed's file name. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens').optional(),
  title: z.string().min(1).optional(),
  /** The park's name as the document writes it; anonymized names stay anonymized. */
  park: z.string().min(1).optional(),
  /** Links documents of the same park across years. */
  parkId: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).optional(),
  anonymized: z.boolean().optional(),
  level: ParkLevel.optional(),
  province: z.string().min(1).optional(),
  city: z.string().min(1).optional(),
  /** The year the plan is for. */
  year: z.number().int().min(1978).max(2100).optional(),
  /** Publication date. */
  date: isoDate.optional(),
  /** Outlet or issuing body. */
  source: z.string().min(1).optional(),
  type: DocType.optional(),
  /** Where the text was found (a URL), if known. */
  url: z.string().url().optional(),
  note: z.string().optional(),
});
export type CatalogEntry = z.infer<typeof CatalogEntry>;

/** `seeds/catalog.yaml`: seed file name -> entry. */
export const Catalog = z.record(z.string().regex(/\.txt$/, 'keys are seed file names ending in .txt'), CatalogEntry);
export type Catalog = z.infer<typeof Catalog>;

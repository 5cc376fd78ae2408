import { z } from 'astro/zod';

export const PARK_LEVELS = [
  'national-hitech',
  'national-etdz',
  'state-new-area',
  'provincial',
  'county',
  'unknown',
] as const;
export const ParkLevel = z.enum(PARK_LEVELS);
export type ParkLevel = z.infer<typeof ParkLevel>;

export const DOC_TYPES = [
  'work-points',
  'work-plan',
  'work-report',
  'annual-summary',
  'government-work-report',
  'five-year-plan',
  'task-breakdown',
  'plan-execution-report',
  'speech',
  'symposium',
  'news-report',
  'unknown',
] as const;
export const DocType = z.enum(DOC_TYPES);
export type DocType = z.infer<typeof DocType>;

/** A date that exists in the calendar, as YYYY-MM-DD: 2020-02-29 is one, 2021-02-29 and 2020-13-45 are not. */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')
  .refine((s) => {
    const date = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s);
  }, 'not a date in the calendar');

/**
 * A web address a reader can be sent to: http or https only, since a link with another scheme
 * (javascript:, data:, file:) would run code or open a local file when clicked.
 */
export const WebUrl = z
  .string()
  .url()
  .refine((s) => /^https?:$/u.test(new URL(s).protocol), 'use an http:// or https:// address');

/** Metadata fields a catalog entry may set; each one overrides what detection found. */
export const CatalogEntry = z.strictObject({
  /** URL slug of the document; defaults to the seed's file name. */
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens')
    .optional(),
  title: z.string().min(1).optional(),
  /** The park's name as the document writes it; anonymized names stay anonymized. */
  park: z.string().min(1).optional(),
  /** Links documents of the same park across years. */
  parkId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .optional(),
  anonymized: z.boolean().optional(),
  level: ParkLevel.optional(),
  province: z.string().min(1).optional(),
  city: z.string().min(1).optional(),
  /** The year the plan is for. */
  year: z.number().int().min(1978).max(2100).optional(),
  /** Publication date. */
  date: CalendarDate.optional(),
  /** Outlet or issuing body. */
  source: z.string().min(1).optional(),
  type: DocType.optional(),
  /** Where the text was found (a URL), if known. */
  url: WebUrl.optional(),
  note: z.string().optional(),
});
export type CatalogEntry = z.infer<typeof CatalogEntry>;

/** `seeds/catalog.yaml`: seed file name -> entry. */
export const Catalog = z.record(z.string().regex(/\.txt$/, 'keys are seed file names ending in .txt'), CatalogEntry);
export type Catalog = z.infer<typeof Catalog>;

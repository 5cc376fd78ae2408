import { z } from 'astro/zod';

/**
 * The parts of `content/data/datapackage.json` (a Frictionless Data Package) the site reads;
 * other keys pass through unchecked.
 */
export const DataPackage = z.looseObject({
  name: z.string().min(1),
  title: z.string().min(1),
  /** Version of the dataset as a whole. */
  version: z.string().min(1),
  /** Version of the codebook that tagged the sentences. */
  codebookVersion: z.string().optional(),
  /** Fingerprint of the corpus the files were built from. */
  corpusVersion: z.string().optional(),
  licenses: z
    .array(z.looseObject({ name: z.string().min(1), title: z.string().optional(), path: z.string().optional() }))
    .default([]),
});
export type DataPackage = z.infer<typeof DataPackage>;

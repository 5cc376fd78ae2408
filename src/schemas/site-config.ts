import { z } from 'astro/zod';

/** A text the site shows in both of its languages. */
export const Bilingual = z.strictObject({
  /** The Chinese text. */
  zh: z.string().trim().min(1),
  /** The English text. */
  en: z.string().trim().min(1),
});
export type Bilingual = z.infer<typeof Bilingual>;

/** A name that is the same in both languages, or one per language. */
export const Name = z.union([z.string().trim().min(1), Bilingual]);
export type Name = z.infer<typeof Name>;

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens');

/** One person or group who keeps the site. */
export const Maintainer = z.strictObject({
  /** Their name, as the About page shows it. */
  name: Name,
  /** An e-mail address, shown as a mailto: link. */
  email: z.email().optional(),
  /** A web page of theirs (https://…). */
  url: z.url({ protocol: /^https?$/ }).optional(),
});
export type Maintainer = z.infer<typeof Maintainer>;

/**
 * `site.config.yaml`: everything the site says about itself, so that a fork built from other
 * documents names itself, its maintainers, the licence of its texts and how to cite it.
 */
export const SiteConfig = z.strictObject({
  /** Short machine name: the datapackage's `name`, the offline zip and its folder, the offline caches, citation keys. */
  id: slug,
  /** The site's name, in the header of every page and in `<title>`. */
  title: Bilingual,
  /** One sentence on what the site holds: every page's meta description unless the page has its own. */
  description: Bilingual,
  /** The home page's heading. */
  headline: Bilingual,
  /** The language of the pages that have no counterpart (404) and the first of the plain-text files (offline README). The URLs stay zh at / and en at /en/. */
  defaultLanguage: z.enum(['zh', 'en']),
  /** Who keeps the site, named on the About page. */
  maintainers: z.array(Maintainer).min(1),
  /** How readers reach the maintainers: an e-mail address or a web address (an issue tracker). */
  contact: z.union([z.email(), z.url({ protocol: /^https?$/ })]),
  /** The documents' texts: where they come from and under what terms they are shown. */
  texts: z.strictObject({
    /** Where the texts come from and how they were treated, in every page's footer. */
    source: Bilingual,
    /** Who holds the rights to the texts, or their licence: on the data and About pages. */
    licence: Bilingual,
  }),
  /** The published data files (datapackage.json). */
  dataset: z.strictObject({
    /** The datapackage's description. */
    description: z.string().trim().min(1),
    /** The licence of the tagging and data: an SPDX id and a title, as Frictionless writes them. */
    licence: z.strictObject({
      /** SPDX identifier, e.g. CC-BY-4.0. */
      name: z.string().trim().min(1),
      /** Its title, with anything it does not cover. */
      title: z.string().trim().min(1),
    }),
  }),
  /** How to cite the corpus (the data page and the About page). */
  citation: z.strictObject({
    /** Authors in citation order: persons or a group. */
    authors: z.array(Name).min(1),
    /** Year of the cited release. */
    year: z.number().int().min(1900).max(2100),
    /** Version of the cited release; omitted: the dataset's version (the codebook's) as published in datapackage.json. */
    version: z.string().trim().min(1).optional(),
    /** DOI of the release, e.g. 10.5281/zenodo.1234567, without https://doi.org/. */
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'a DOI such as 10.5281/zenodo.1234567')
      .optional(),
  }),
});
export type SiteConfig = z.infer<typeof SiteConfig>;

/** The corpus's citation, as the data page and the About page give it, from the site configuration. */

import type { SiteConfig } from '../schemas/site-config.ts';
import type { DatasetCitation } from './citation.ts';
import { localName } from './site-config.ts';

/**
 * The configured citation in `lang`: the title names the site in both languages (as the
 * datapackage does), the version is the configured one or else the dataset's published version.
 */
export function datasetCitation(
  site: SiteConfig,
  lang: 'zh' | 'en',
  datasetVersion: string,
  url: string | undefined,
): DatasetCitation {
  return {
    authors: site.citation.authors.map((a) => localName(lang, a)),
    title: `${site.title.zh} ${site.title.en}`,
    version: site.citation.version ?? datasetVersion,
    year: site.citation.year,
    url,
    doi: site.citation.doi,
  };
}

/**
 * What the search page hands its script in a JSON block: documents, filter labels, aliases and
 * interface strings, so the script loads no other data before the index itself.
 */
import type { SearchAlias } from './query.ts';
import type { BackendDocument } from './array-backend.ts';
import type { Facet } from './facets.ts';
import type { ShippedDocument } from './doc-facts.ts';

/** The interface strings the script shows; `{name}` is filled in by `fill`. */
export const SEARCH_TEXT_KEYS = [
  'search.summary',
  'search.summaryBrowse',
  'search.none',
  'search.unknownFilter',
  'search.also',
  'search.loading',
  'search.searching',
  'search.more',
  'search.sentence',
  'search.docHits',
  'search.viaAlias',
  'search.viaAliasNote',
  'search.fileMode',
  'search.fallbackMode',
  'search.unavailable',
  'search.error',
] as const;
export type SearchTextKey = (typeof SEARCH_TEXT_KEYS)[number];

export interface SearchDocument extends BackendDocument {
  title: string;
  /** The document page in the page's language, base included. */
  href: string;
  /** Park, level, province, year and type, joined for display. */
  facts: string;
}

export interface FacetOption {
  value: string;
  /** In the page's language (pinyin for places on English pages). */
  label: string;
  /** The name as written, shown beside `label` on English pages. */
  native?: string;
}

export interface SearchConfig {
  lang: 'zh' | 'en';
  /** The HTML lang of document text on this page ("zh-CN"), or null where the page is Chinese. */
  dataLang: string | null;
  /** The site's base path, ending in "/". */
  base: string;
  pagefindPath: string;
  t2sUrl: string;
  /** search/records.json, the record table. */
  recordsUrl: string;
  /** search/themes.json, the sentences' theme sets, fetched once something filters or counts by theme. */
  themesUrl: string;
  /** The folder of the texts' files: `${textPath}${textFile(n, k).file}` (record-table.ts). */
  textPath: string;
  fallbackDataUrl: string;
  /** Where document pages are: `${docsPath}${id}/` (base and language included). */
  docsPath: string;
  /** Documents in the site's reading order. */
  docs: SearchDocument[];
  facets: Record<Facet, FacetOption[]>;
  /** Theme id -> short label and CSS colour. */
  themes: Record<string, { label: string }>;
  aliases: SearchAlias[];
  text: Record<SearchTextKey, string>;
}

/** The configuration as the page holds it: documents without what follows from the rest (doc-facts.ts). */
export type SearchConfigFile = Omit<SearchConfig, 'docs'> & { docs: ShippedDocument[] };

export const CONFIG_ELEMENT_ID = 'search-config';

export { fillTemplate as fill } from '../fill-template.ts';

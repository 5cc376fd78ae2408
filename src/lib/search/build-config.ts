/** The search page's configuration (config.ts), computed from the corpus at build time. */
import { dataLang, href, levelLabel, t, themeName, themeShort, typeLabel, type Lang } from '../../i18n/ui.ts';
import { parkName, placeName } from '../../i18n/place-names.ts';
import { getCodebook, getDocuments } from '../corpus.ts';
import { DOC_TYPES, PARK_LEVELS } from '../../schemas/catalog.ts';
import {
  SEARCH_TEXT_KEYS,
  type FacetOption,
  type SearchConfig,
  type SearchConfigFile,
  type SearchDocument,
} from './config.ts';
import { labelMaps, shipDocument } from './doc-facts.ts';
import { UNKNOWN, facetValues, type Facet } from './facets.ts';

import { withTrailingSlash as withSlash } from '../with-slash.ts';

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function searchDocuments(lang: Lang): SearchDocument[] {
  return getDocuments().map((doc) => ({
    id: doc.id,
    title: doc.title,
    park: doc.park,
    parkId: doc.parkId,
    level: doc.level,
    province: doc.province,
    year: doc.year,
    type: doc.type,
    href: href(lang, `/docs/${doc.id}/`),
    // In the page's language throughout, so the line needs no lang of its own.
    facts: [
      doc.park === null ? null : parkName(lang, doc.park),
      doc.level === 'unknown' ? null : levelLabel(lang, doc.level),
      doc.province === null ? null : placeName(lang, doc.province),
      doc.year === null ? null : String(doc.year),
      doc.type === 'unknown' ? null : typeLabel(lang, doc.type),
    ]
      .filter((f) => f !== null)
      .join(' · '),
  }));
}

/** Every value each filter takes in the corpus, in a reading order, with its label. */
function facetOptions(lang: Lang): Record<Facet, FacetOption[]> {
  const docs = getDocuments();
  const none = t(lang, 'value.none');
  const values = (facet: Facet) => unique(docs.flatMap((d) => facetValues([], d)[facet]));
  const years = values('year').sort((a, b) => (a === UNKNOWN ? 1 : b === UNKNOWN ? -1 : Number(b) - Number(a)));
  const parkNames = new Map(docs.map((d) => [facetValues([], d).park[0]!, d.park]));
  // A name in the page's language, with the characters beside it on English pages.
  const named = (written: string | null, shown: (w: string) => string, value: string): FacetOption =>
    written === null
      ? { value, label: none }
      : { value, label: shown(written), ...(lang === 'en' ? { native: written } : {}) };
  const label = (value: string, known: (v: string) => string) => (value === UNKNOWN ? none : known(value));
  const options: Record<Facet, FacetOption[]> = {
    theme: getCodebook().themes.map((theme) => ({ value: theme.id, label: themeName(lang, theme) })),
    park: values('park').map((value) => named(parkNames.get(value) ?? null, (p) => parkName(lang, p), value)),
    level: PARK_LEVELS.filter((l) => values('level').includes(l)).map((value) => ({
      value,
      label: levelLabel(lang, value),
    })),
    province: values('province').map((value) =>
      named(value === UNKNOWN ? null : value, (p) => placeName(lang, p), value),
    ),
    year: years.map((value) => ({ value, label: label(value, (v) => v) })),
    type: DOC_TYPES.filter((d) => values('type').includes(d)).map((value) => ({
      value,
      label: typeLabel(lang, value),
    })),
  };
  return options;
}

export function buildSearchConfig(lang: Lang): SearchConfigFile {
  const base = withSlash(import.meta.env.BASE_URL);
  const facets = facetOptions(lang);
  const labels = labelMaps(facets);
  const docsPath = href(lang, '/docs/');
  return {
    lang,
    dataLang: dataLang(lang) ?? null,
    base,
    pagefindPath: `${base}pagefind/`,
    t2sUrl: `${base}search/t2s.json`,
    recordsUrl: `${base}search/records.json`,
    themesUrl: `${base}search/themes.json`,
    textPath: `${base}search/text/`,
    fallbackDataUrl: `${base}search/search-fallback.js`,
    docsPath,
    docs: searchDocuments(lang).map((doc) => shipDocument(doc, labels, docsPath)),
    facets,
    themes: Object.fromEntries(getCodebook().themes.map((theme) => [theme.id, { label: themeShort(lang, theme.id) }])),
    aliases: getCodebook().aliases.map((a) => ({ query: a.query, expands: a.expands })),
    text: Object.fromEntries(SEARCH_TEXT_KEYS.map((key) => [key, t(lang, key)])) as SearchConfig['text'],
  };
}

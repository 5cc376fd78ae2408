/**
 * The search page ships each document's link and fact line only where they cannot be worked out:
 * the link is `${docsPath}${id}/`, and the fact line (park · level · province · year · type) is
 * the labels the filters already carry for the document's values. At 1,000 documents the two
 * were two fifths of the page's configuration. The build keeps either field when working it out
 * would give anything else, so what the page shows is what it showed when both were shipped.
 */
import type { FacetOption, SearchConfig, SearchConfigFile, SearchDocument } from './config.ts';
import { facetValues, UNKNOWN, type Facet } from './facets.ts';

/** The fields of the fact line, in its order. */
const FACT_FACETS = ['park', 'level', 'province', 'year', 'type'] as const satisfies readonly Facet[];

/** A document as the page's configuration holds it: `href` and `facts` only where they do not follow. */
export type ShippedDocument = Omit<SearchDocument, 'href' | 'facts'> & Partial<Pick<SearchDocument, 'href' | 'facts'>>;

export type FacetLabels = Record<Facet, readonly FacetOption[]>;

/** Value -> label per filter, for `derivedFacts`. */
export function labelMaps(facets: FacetLabels): Map<Facet, Map<string, string>> {
  return new Map(FACT_FACETS.map((facet) => [facet, new Map(facets[facet].map((o) => [o.value, o.label]))]));
}

/** The fact line from the filters' labels: the known values, joined with " · "; null when a label is missing. */
export function derivedFacts(
  doc: Omit<ShippedDocument, 'id' | 'title'>,
  labels: Map<Facet, Map<string, string>>,
): string | null {
  const values = facetValues([], doc);
  const parts: string[] = [];
  for (const facet of FACT_FACETS) {
    const value = values[facet][0]!;
    if (value === UNKNOWN) continue;
    const label = labels.get(facet)?.get(value);
    if (label === undefined) return null;
    parts.push(label);
  }
  return parts.join(' · ');
}

export function derivedHref(id: string, docsPath: string): string {
  return `${docsPath}${id}/`;
}

/** `doc` without the fields that `completeDocument` gives back the same. */
export function shipDocument(
  doc: SearchDocument,
  labels: Map<Facet, Map<string, string>>,
  docsPath: string,
): ShippedDocument {
  const { href, facts, ...rest } = doc;
  return {
    ...rest,
    ...(href === derivedHref(doc.id, docsPath) ? {} : { href }),
    ...(facts === derivedFacts(doc, labels) ? {} : { facts }),
  };
}

/** `shipDocument` undone. */
export function completeDocument(
  doc: ShippedDocument,
  labels: Map<Facet, Map<string, string>>,
  docsPath: string,
): SearchDocument {
  return {
    ...doc,
    href: doc.href ?? derivedHref(doc.id, docsPath),
    facts: doc.facts ?? derivedFacts(doc, labels) ?? '',
  };
}

/** The page's configuration with every document complete. */
export function completeConfig(file: SearchConfigFile): SearchConfig {
  const labels = labelMaps(file.facets);
  return { ...file, docs: file.docs.map((doc) => completeDocument(doc, labels, file.docsPath)) };
}

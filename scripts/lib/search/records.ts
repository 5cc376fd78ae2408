/**
 * The Pagefind records of the corpus: one per sentence, so a hit is a passage and not a page.
 * The record's content is the sentence's encoded tokens (src/lib/search/tokenize.ts); what the
 * result list shows comes back in `meta`; the filters and sort keys are those of the search page.
 */
import type { CustomRecord } from 'pagefind';
import { facetValues, type FacetDocument } from '../../../src/lib/search/facets.ts';
import { recentFirst, sortKey } from '../../../src/lib/search/order.ts';
import { indexContent, type CharMap } from '../../../src/lib/search/tokenize.ts';

/**
 * The record language. ISO 639-2 "zxx", no linguistic content: the content is encoded tokens,
 * so Pagefind must neither stem nor segment it, and it does neither for a language it has no
 * stemmer or segmenter for.
 */
export const RECORD_LANGUAGE = 'zxx';

export interface RecordPassage {
  doc: string;
  id: string;
  section: string | null;
  text: string;
  themes: readonly string[];
}

export interface RecordDocument extends FacetDocument {
  id: string;
}

/** The site path of a sentence without the base, which Pagefind's `baseUrl` adds in the browser. */
export function passageUrl(doc: string, id: string): string {
  return `/docs/${doc}/#${id}`;
}

/**
 * One record per passage. `docs` must be in the site's reading order; passages of a document
 * keep their file order. Throws on a passage whose document is missing.
 */
export function passageRecords(passages: readonly RecordPassage[], docs: readonly RecordDocument[], t2s: CharMap): CustomRecord[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const grouped = new Map<string, RecordPassage[]>(docs.map((d) => [d.id, []]));
  for (const p of passages) {
    const list = grouped.get(p.doc);
    if (!list) throw new Error(`passage ${p.doc} ${p.id} belongs to no document in documents.json`);
    list.push(p);
  }
  const positions = (order: readonly RecordDocument[]) => {
    const at = new Map<RecordPassage, number>();
    for (const doc of order) for (const p of grouped.get(doc.id)!) at.set(p, at.size);
    return at;
  };
  const reading = positions(docs);
  const recent = positions(recentFirst(docs));

  return docs.flatMap((doc) =>
    grouped.get(doc.id)!.map((p) => ({
      url: passageUrl(p.doc, p.id),
      content: indexContent(p.text, t2s),
      language: RECORD_LANGUAGE,
      meta: { text: p.text, section: p.section ?? '' },
      filters: facetValues(p.themes, byId.get(p.doc)!),
      sort: { reading: sortKey(reading.get(p)!), recent: sortKey(recent.get(p)!) },
    })),
  );
}

/**
 * The order of a query's hits: grouped by document, the groups by relevance (their best hit)
 * or newest first, each group's sentences in reading order so they read as the document does.
 */
import type { PassageHit } from './backend.ts';
import { recentFirst, sentenceNumber, type Dated } from './order.ts';
import type { Sort } from './url-state.ts';

/** `hits` in display order; `docs` is the site's reading order, which breaks ties. */
export function arrangeHits(hits: readonly PassageHit[], docs: readonly Dated[], sort: Sort): PassageHit[] {
  const byDoc = new Map<string, PassageHit[]>();
  for (const hit of hits) {
    const list = byDoc.get(hit.doc);
    if (list) list.push(hit);
    else byDoc.set(hit.doc, [hit]);
  }
  const docOrder = (sort === 'year' ? recentFirst(docs) : docs).map((d) => d.id).filter((id) => byDoc.has(id));
  if (sort === 'relevance') {
    const rank = new Map(docOrder.map((id, i) => [id, i]));
    // A reduce, not Math.max(...): a document can have more hits than a call takes arguments.
    const best = new Map(docOrder.map((id) => [id, byDoc.get(id)!.reduce((m, h) => Math.max(m, h.score), -Infinity)]));
    docOrder.sort((a, b) => best.get(b)! - best.get(a)! || rank.get(a)! - rank.get(b)!);
  }
  return docOrder.flatMap((id) => byDoc.get(id)!.sort((a, b) => sentenceNumber(a.id) - sentenceNumber(b.id)));
}

/**
 * Exact hits in `arrangeHits` order, then the hits found only through an alias expansion in the
 * same order, so what the reader typed comes first and the expansion never crowds it out.
 */
export function exactFirst(
  hits: readonly PassageHit[],
  viaAlias: (hit: PassageHit) => boolean,
  docs: readonly Dated[],
  sort: Sort,
): PassageHit[] {
  return [
    ...arrangeHits(
      hits.filter((h) => !viaAlias(h)),
      docs,
      sort,
    ),
    ...arrangeHits(hits.filter(viaAlias), docs, sort),
  ];
}

/** How many hits each document has. */
export function hitsPerDocument(hits: readonly PassageHit[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const hit of hits) counts.set(hit.doc, (counts.get(hit.doc) ?? 0) + 1);
  return counts;
}

/**
 * The order of a query's hits: grouped by document, the groups by relevance (their best hit)
 * or newest first, each group's sentences in reading order so they read as the document does.
 */
import type { PassageHit } from './backend.ts';
import { recentFirst, sentenceNumber, type Dated } from './order.ts';
import type { Sort } from './url-state.ts';

/** `hits` in display order; `docs` is the site's reading order, which breaks ties. */
export function arrangeHits(hits: readonly PassageHit[], docs: readonly Dated[], sort: Sort): PassageHit[] {
  // One pass makes each document's group, its best score and its sentences' numbers: a common
  // word finds thousands of sentences, arranged on the page's thread before the first is shown.
  const groups = new Map<string, { best: number; sentences: { n: number; hit: PassageHit }[] }>();
  for (const hit of hits) {
    let group = groups.get(hit.doc);
    if (!group) groups.set(hit.doc, (group = { best: -Infinity, sentences: [] }));
    group.sentences.push({ n: sentenceNumber(hit.id), hit });
    if (hit.score > group.best) group.best = hit.score;
  }
  const ordered: { best: number; sentences: { n: number; hit: PassageHit }[] }[] = [];
  for (const doc of sort === 'year' ? recentFirst(docs) : docs) {
    const group = groups.get(doc.id);
    if (group) ordered.push(group);
  }
  // The sort is stable: documents of equal best score stay in reading order.
  if (sort === 'relevance') ordered.sort((a, b) => b.best - a.best);
  const out: PassageHit[] = [];
  for (const { sentences } of ordered) {
    sentences.sort((a, b) => a.n - b.n);
    for (const { hit } of sentences) out.push(hit);
  }
  return out;
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
  const exact: PassageHit[] = [];
  const aliased: PassageHit[] = [];
  for (const hit of hits) (viaAlias(hit) ? aliased : exact).push(hit);
  return [...arrangeHits(exact, docs, sort), ...arrangeHits(aliased, docs, sort)];
}

/** How many hits each document has. */
export function hitsPerDocument(hits: readonly PassageHit[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const hit of hits) counts.set(hit.doc, (counts.get(hit.doc) ?? 0) + 1);
  return counts;
}

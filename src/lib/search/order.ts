/**
 * The two orders of search results. "Reading" keeps the site's document order (year, then
 * title, as corpus.ts gives it) and each document's sentence order; "recent" puts the newest
 * plan first and documents without a year last. The indexer writes both as Pagefind sort keys,
 * the browser sorts with the same functions.
 */

export interface Dated {
  id: string;
  year: number | null;
}

/** `docs` newest first, undated last, otherwise in the order given. */
export function recentFirst<T extends Dated>(docs: readonly T[]): T[] {
  return docs
    .map((doc, i) => ({ doc, i }))
    .sort((a, b) => (b.doc.year ?? -Infinity) - (a.doc.year ?? -Infinity) || a.i - b.i)
    .map(({ doc }) => doc);
}

/** A sentence's position in the whole corpus as a sort key that orders as text: "000123". */
export function sortKey(position: number): string {
  return String(position).padStart(6, '0');
}

/** The number in a sentence id: "s0012" -> 12. */
export function sentenceNumber(id: string): number {
  return Number(id.slice(1));
}

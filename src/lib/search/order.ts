/**
 * The two orders of search results. "Reading" keeps the site's document order (year, then
 * title, as corpus.ts gives it) and each document's sentence order; "recent" puts the newest
 * plan first and documents without a year last.
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

/** The number in a sentence id: "s0012" -> 12. */
export function sentenceNumber(id: string): number {
  return Number(id.slice(1));
}

/** `sentenceNumber` undone: 12 -> "s0012", as the ingest numbers sentences. */
export function sentenceId(n: number): string {
  return `s${String(n).padStart(4, '0')}`;
}

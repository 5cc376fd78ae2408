import type { PhraseOccurrence } from '../../schemas/analysis.ts';

/**
 * A phrase's uses oldest document first, so the first row shows where it appeared first:
 * by the document's year (unknown last), then the documents' order, then the sentence's order
 * in the file (the order `occurrences` are in).
 */
export function occurrencesByYear<O extends Pick<PhraseOccurrence, 'doc'>>(
  occurrences: readonly O[],
  yearOf: (doc: string) => number | null,
  docOrder: readonly string[],
): O[] {
  const rank = new Map(docOrder.map((id, i) => [id, i]));
  const year = (doc: string) => yearOf(doc) ?? Infinity;
  return occurrences
    .map((o, i) => ({ o, i }))
    .sort(
      (a, b) =>
        year(a.o.doc) - year(b.o.doc) || (rank.get(a.o.doc) ?? Infinity) - (rank.get(b.o.doc) ?? Infinity) || a.i - b.i,
    )
    .map(({ o }) => o);
}

import type { IndustryCodebook } from '../../../src/schemas/lexicons.ts';
import { CSV_BOM, toCsv } from '../../../src/lib/csv-cell.ts';
import { createLexicon, type LexiconMatch } from '../text/lexicon.ts';

/** Document id -> industry id -> mentions. */
export type IndustryCounts = Map<string, Map<string, number>>;

// Built once per codebook: the ingest calls countIndustries once per document.
const finders = new WeakMap<IndustryCodebook, (text: string) => LexiconMatch<string | null>[]>();

/**
 * Mentions of each industry in each document: one leftmost-longest scan of every sentence with
 * all terms and exclusions together (see content/industries.yaml). O(characters × longest term).
 */
export function countIndustries(
  passages: readonly { doc: string; text: string }[],
  codebook: IndustryCodebook,
): IndustryCounts {
  let find = finders.get(codebook);
  if (!find) {
    find = createLexicon<string | null>(
      codebook.industries.flatMap((i) => [
        ...i.terms.map((t) => [t, i.id] as const),
        ...i.exclude.map((t) => [t, null] as const),
      ]),
    );
    finders.set(codebook, find);
  }
  const counts: IndustryCounts = new Map();
  for (const { doc, text } of passages) {
    let row = counts.get(doc);
    if (!row) counts.set(doc, (row = new Map()));
    for (const { value } of find(text)) if (value !== null) row.set(value, (row.get(value) ?? 0) + 1);
  }
  return counts;
}

/** `industries.csv`: a `doc` column, then one column per industry id in codebook order; UTF-8 with BOM, CRLF. */
export function industriesCsv(docs: readonly string[], counts: IndustryCounts, codebook: IndustryCodebook): string {
  const ids = codebook.industries.map((i) => i.id);
  return (
    CSV_BOM + toCsv([['doc', ...ids], ...docs.map((doc) => [doc, ...ids.map((id) => counts.get(doc)?.get(id) ?? 0)])])
  );
}

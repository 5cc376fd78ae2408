import type { Phrase } from '../../schemas/analysis.ts';

/** The message that states when a phrase was first used, and its values: see firstYearText. */
export type FirstYearMessage =
  | { key: 'phrases.first'; values: { year: number } }
  | { key: 'phrases.firstDated'; values: { year: number; undated: number; total: number } }
  | { key: 'phrases.firstUnknown'; values: { total: number } };

/**
 * How to state a phrase's first year without claiming more than the dates show: "first in 2021"
 * when every document using it has a year, "earliest dated: 2021; 4 of the 11 documents have no
 * year" when some have none, and that none has one when none has.
 */
export function firstYearMessage(p: Pick<Phrase, 'firstYear' | 'undated' | 'documents'>): FirstYearMessage {
  const total = p.documents.length;
  if (p.firstYear === null) return { key: 'phrases.firstUnknown', values: { total } };
  if (p.undated === 0) return { key: 'phrases.first', values: { year: p.firstYear } };
  return { key: 'phrases.firstDated', values: { year: p.firstYear, undated: p.undated, total } };
}

import { THEME_IDS } from '../schemas/codebook.ts';
import type { DocumentRecord } from '../schemas/document.ts';

/** A document's theme shares as a vector in `THEME_IDS` order; missing themes count 0. */
export function themeVector(shares: DocumentRecord['themeShares']): number[] {
  return THEME_IDS.map((id) => shares[id] ?? 0);
}

/** Cosine of the angle between two vectors of equal length; 0 when either is all zeros. */
export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error(`vectors differ in length: ${a.length} and ${b.length}`);
  let dot = 0;
  let normA = 0;
  let normB = 0;
  a.forEach((x, i) => {
    const y = b[i]!;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  });
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

export interface Similar {
  id: string;
  similarity: number;
}

/**
 * The `n` documents whose theme shares are closest to `target`'s by cosine similarity,
 * most similar first, ties broken by id; `target` itself is never among them.
 */
export function mostSimilar(
  target: Pick<DocumentRecord, 'id' | 'themeShares'>,
  documents: readonly Pick<DocumentRecord, 'id' | 'themeShares'>[],
  n = 3,
): Similar[] {
  const v = themeVector(target.themeShares);
  return documents
    .filter((d) => d.id !== target.id)
    .map((d) => ({ id: d.id, similarity: cosineSimilarity(v, themeVector(d.themeShares)) }))
    .sort((a, b) => b.similarity - a.similarity || a.id.localeCompare(b.id))
    .slice(0, n);
}

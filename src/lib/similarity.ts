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
 * For every document, the `n` others whose theme shares are closest to its own by cosine
 * similarity, most similar first, ties broken by id. Computed for the whole corpus at once (each
 * share vector built once), so a build spends D² small products on it, not D² per page.
 */
export function mostSimilarAll(
  documents: readonly Pick<DocumentRecord, 'id' | 'themeShares'>[],
  n = 3,
): Map<string, Similar[]> {
  const vectors = documents.map((d) => themeVector(d.themeShares));
  return new Map(
    documents.map((target, i) => [
      target.id,
      documents
        .flatMap((d, j) =>
          d.id === target.id ? [] : [{ id: d.id, similarity: cosineSimilarity(vectors[i]!, vectors[j]!) }],
        )
        .sort((a, b) => b.similarity - a.similarity || a.id.localeCompare(b.id))
        .slice(0, n),
    ]),
  );
}

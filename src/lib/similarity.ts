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

/** Whether `a` ranks above `b`: more similar, or as similar and first by id. */
const ranksAbove = (a: Similar, b: Similar) =>
  a.similarity > b.similarity || (a.similarity === b.similarity && a.id.localeCompare(b.id) < 0);

/** Puts `candidate` into `top` (ranked, at most `n` long) if it ranks among the first `n`. */
function offer(top: Similar[], candidate: Similar, n: number): void {
  if (top.length === n && !ranksAbove(candidate, top[n - 1]!)) return;
  let at = top.length;
  while (at > 0 && ranksAbove(candidate, top[at - 1]!)) at -= 1;
  top.splice(at, 0, candidate);
  if (top.length > n) top.pop();
}

/**
 * For every document, the `n` others whose theme shares are closest to its own by cosine
 * similarity, most similar first, ties broken by id. Each pair is scored once (cosine is
 * symmetric, to the bit) and each document keeps a running top `n`, so the build spends D²/2 small
 * products on it and no sort of D others per document.
 */
export function mostSimilarAll(
  documents: readonly Pick<DocumentRecord, 'id' | 'themeShares'>[],
  n = 3,
): Map<string, Similar[]> {
  const vectors = documents.map((d) => themeVector(d.themeShares));
  const top = documents.map((): Similar[] => []);
  if (n > 0)
    for (let i = 0; i < documents.length; i++)
      for (let j = i + 1; j < documents.length; j++) {
        const a = documents[i]!.id;
        const b = documents[j]!.id;
        if (a === b) continue;
        const similarity = cosineSimilarity(vectors[i]!, vectors[j]!);
        offer(top[i]!, { id: b, similarity }, n);
        offer(top[j]!, { id: a, similarity }, n);
      }
  return new Map(documents.map((d, i) => [d.id, top[i]!]));
}

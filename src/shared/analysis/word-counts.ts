import type { WordCountsFile } from '../../schemas/analysis.ts';
import { isCountedWord } from './stopwords.ts';

/** Word -> occurrences. */
export type WordCounts = Map<string, number>;

/** A passage cut into words, as the pipeline's `segmentPassages` gives it. */
export interface WordedPassage {
  readonly doc: string;
  readonly words: readonly string[];
}

/** Counted words (see `isCountedWord`) of each document, documents in first-seen order; O(words). */
export function countWords(passages: readonly WordedPassage[]): Map<string, WordCounts> {
  const byDoc = new Map<string, WordCounts>();
  for (const { doc, words } of passages) {
    let counts = byDoc.get(doc);
    if (!counts) byDoc.set(doc, (counts = new Map()));
    for (const word of words) if (isCountedWord(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return byDoc;
}

/** Sum of several documents' counts, e.g. the whole corpus. */
export function sumCounts(counts: Iterable<WordCounts>): WordCounts {
  const total: WordCounts = new Map();
  for (const c of counts) for (const [w, n] of c) total.set(w, (total.get(w) ?? 0) + n);
  return total;
}

export function tokenCount(counts: WordCounts): number {
  let n = 0;
  for (const c of counts.values()) n += c;
  return n;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The compact form of word-counts.json: one shared vocabulary (most frequent first) and per
 * document flat [index, count] pairs. Documents in id order; O(V log V + total distinct pairs).
 */
export function encodeWordCounts(
  byDoc: ReadonlyMap<string, WordCounts>,
  own: ReadonlyMap<string, readonly string[]> = new Map(),
): WordCountsFile {
  const total = sumCounts(byDoc.values());
  const vocabulary = [...total.keys()].sort((a, b) => total.get(b)! - total.get(a)! || byCodePoint(a, b));
  const index = new Map(vocabulary.map((w, i) => [w, i]));
  const documents = [...byDoc.keys()].sort(byCodePoint).map((doc) => {
    const counts = byDoc.get(doc)!;
    const pairs = [...counts].map(([w, n]) => [index.get(w)!, n] as const).sort((a, b) => a[0] - b[0]);
    return { doc, tokens: tokenCount(counts), counts: pairs.flat(), own: [...(own.get(doc) ?? [])] };
  });
  return { vocabulary, documents };
}

/** The inverse of `encodeWordCounts`, for a page or browser script that computes keyness itself. */
export function decodeWordCounts(file: WordCountsFile): Map<string, WordCounts> {
  const byDoc = new Map<string, WordCounts>();
  for (const { doc, counts } of file.documents) {
    const map: WordCounts = new Map();
    for (let i = 0; i + 1 < counts.length; i += 2) map.set(file.vocabulary[counts[i]!]!, counts[i + 1]!);
    byDoc.set(doc, map);
  }
  return byDoc;
}

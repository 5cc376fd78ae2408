import { foldForMatching } from '../text/fold.ts';
import { CHINESE_NUMERALS } from '../text/punctuation.ts';

/**
 * A list number at the start of a sentence: 一、 (二) 3. ④. Plans renumber their items from
 * year to year, so "5.积极培育新兴产业。" and "6.积极培育新兴产业。" are the same item.
 */
const LIST_LABEL = new RegExp(`^(?:[${CHINESE_NUMERALS}]{1,3}、|[(（][${CHINESE_NUMERALS}]{1,3}[)）]|\\d{1,2}[.．、](?!\\d)|[(（]\\d{1,2}[)）]|[\\u2460-\\u2473])`, 'u');

/** Letters and digits only: punctuation and spacing say nothing about whether an item recurs. */
const NOT_TEXT = /[^\p{L}\p{N}]/gu;

/** Character bigrams of a sentence, with their counts, after the list label and punctuation are dropped and width and traditional characters folded. */
export function bigrams(sentence: string): Map<string, number> {
  const chars = [...foldForMatching(sentence.trim().replace(LIST_LABEL, '')).toLowerCase().replace(NOT_TEXT, '')];
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i]! + chars[i + 1]!;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/**
 * Dice coefficient of two bigram multisets: 2·|A ∩ B| / (|A| + |B|), 0..1. Unlike Jaccard it does
 * not halve when one sentence adds a clause, which is how plans reword a carried-over item.
 */
export function dice(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const n of a.values()) sizeA += n;
  for (const n of b.values()) sizeB += n;
  if (sizeA + sizeB === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [pair, n] of small) shared += Math.min(n, large.get(pair) ?? 0);
  return (2 * shared) / (sizeA + sizeB);
}

export interface Alignment {
  /** [index in `before`, index in `after`, similarity], in `before` order. */
  pairs: [number, number, number][];
  /** Indexes in `before` left unmatched, ascending. */
  unmatchedBefore: number[];
  /** Indexes in `after` left unmatched, ascending. */
  unmatchedAfter: number[];
}

/**
 * Matches sentences of `before` to sentences of `after` one-to-one: every pair scoring at least
 * `threshold` (> 0) is a candidate; the best candidate is taken first and both its sentences leave
 * the pool, ties going to the earlier `before` sentence, then the earlier `after` one, so the result
 * does not depend on anything but the input order. Only pairs sharing a bigram are scored (through
 * an index of `after`'s bigrams), which gives the scores `dice` would, in time proportional to the
 * shared bigrams rather than |before| × |after|.
 */
export function alignSentences(before: readonly string[], after: readonly string[], threshold: number): Alignment {
  if (!(threshold > 0)) throw new RangeError(`alignSentences: threshold must be above 0, got ${threshold}`);
  const a = before.map(bigrams);
  const b = after.map(bigrams);
  const total = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
  const sizeB = b.map(total);
  const holding = new Map<string, [number, number][]>();
  b.forEach((counts, j) => {
    for (const [pair, n] of counts) {
      const list = holding.get(pair);
      if (list) list.push([j, n]);
      else holding.set(pair, [[j, n]]);
    }
  });
  const candidates: [number, number, number][] = [];
  for (let i = 0; i < a.length; i++) {
    const sizeA = total(a[i]!);
    const shared = new Map<number, number>();
    for (const [pair, n] of a[i]!) {
      for (const [j, m] of holding.get(pair) ?? []) shared.set(j, (shared.get(j) ?? 0) + Math.min(n, m));
    }
    for (const [j, common] of shared) {
      const score = (2 * common) / (sizeA + sizeB[j]!);
      if (score >= threshold) candidates.push([i, j, score]);
    }
  }
  candidates.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  const usedBefore = new Set<number>();
  const usedAfter = new Set<number>();
  const pairs: [number, number, number][] = [];
  for (const [i, j, score] of candidates) {
    if (usedBefore.has(i) || usedAfter.has(j)) continue;
    usedBefore.add(i);
    usedAfter.add(j);
    pairs.push([i, j, score]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  return {
    pairs,
    unmatchedBefore: before.map((_, i) => i).filter((i) => !usedBefore.has(i)),
    unmatchedAfter: after.map((_, j) => j).filter((j) => !usedAfter.has(j)),
  };
}

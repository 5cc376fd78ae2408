import { openingLabel } from '../steps/outline.ts';
import { foldForMatching } from '../text/fold.ts';

/** Letters and digits only: punctuation and spacing say nothing about whether an item recurs. */
const NOT_TEXT = /[^\p{L}\p{N}]/gu;

/**
 * A sentence as compared: folded (width, traditional characters), without its list number (一、
 * (二) 3. ④: plans renumber their items from year to year, so "5.积极培育新兴产业。" and
 * "6.积极培育新兴产业。" are the same item), lower case, letters and digits only.
 */
function comparable(sentence: string): string {
  const folded = foldForMatching(sentence.trim());
  return folded.slice(openingLabel(folded).length).toLowerCase().replace(NOT_TEXT, '');
}

/** Character bigrams of a sentence, with their counts, after the list label and punctuation are dropped and width and traditional characters folded. */
export function bigrams(sentence: string): Map<string, number> {
  const chars = [...comparable(sentence)];
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
 * A sentence's bigrams as `bigrams` counts them, in a form that is cheap to compare: pair keys
 * (first code point × 0x110000 + second, exact in a double) ascending, with their counts and total.
 */
export interface BigramProfile {
  keys: Float64Array;
  counts: Int32Array;
  size: number;
}

/** The profile of one sentence; the same pairs and counts as `bigrams(sentence)`. */
export function bigramProfile(sentence: string): BigramProfile {
  const text = comparable(sentence);
  const points: number[] = [];
  for (const char of text) points.push(char.codePointAt(0)!);
  if (points.length < 2) return { keys: new Float64Array(0), counts: new Int32Array(0), size: 0 };
  const all = new Float64Array(points.length - 1);
  for (let i = 0; i + 1 < points.length; i++) all[i] = points[i]! * 0x110000 + points[i + 1]!;
  all.sort();
  let distinct = 1;
  for (let i = 1; i < all.length; i++) if (all[i] !== all[i - 1]) distinct += 1;
  const keys = new Float64Array(distinct);
  const counts = new Int32Array(distinct);
  let k = 0;
  keys[0] = all[0]!;
  counts[0] = 1;
  for (let i = 1; i < all.length; i++) {
    if (all[i] === keys[k]) counts[k] = counts[k]! + 1;
    else {
      k += 1;
      keys[k] = all[i]!;
      counts[k] = 1;
    }
  }
  return { keys, counts, size: all.length };
}

/**
 * `bigramProfile`, remembered per distinct sentence: a park's sentence is aligned once per theme it
 * carries and in two year pairs, and folding it (opencc) is the costly part.
 */
export function bigramProfiles(): (sentence: string) => BigramProfile {
  const known = new Map<string, BigramProfile>();
  return (sentence) => {
    let profile = known.get(sentence);
    if (!profile) {
      profile = bigramProfile(sentence);
      known.set(sentence, profile);
    }
    return profile;
  };
}

/**
 * Matches sentences of `before` to sentences of `after` one-to-one: every pair scoring at least
 * `threshold` (> 0) is a candidate; the best candidate is taken first and both its sentences leave
 * the pool, ties going to the earlier `before` sentence, then the earlier `after` one, so the result
 * does not depend on anything but the input order. Only pairs sharing a bigram are scored (through
 * an index of `after`'s bigrams), which gives the scores `dice` would, in time proportional to the
 * shared bigrams rather than |before| × |after|. `profileOf` may remember profiles across calls.
 */
export function alignSentences(
  before: readonly string[],
  after: readonly string[],
  threshold: number,
  profileOf: (sentence: string) => BigramProfile = bigramProfile,
): Alignment {
  if (!(threshold > 0)) throw new RangeError(`alignSentences: threshold must be above 0, got ${threshold}`);
  const a = before.map(profileOf);
  const b = after.map(profileOf);
  // Pair key -> [after index, count, after index, count, …].
  const holding = new Map<number, number[]>();
  b.forEach(({ keys, counts }, j) => {
    for (let k = 0; k < keys.length; k++) {
      const list = holding.get(keys[k]!);
      if (list) list.push(j, counts[k]!);
      else holding.set(keys[k]!, [j, counts[k]!]);
    }
  });
  const candidates: [number, number, number][] = [];
  const shared = new Int32Array(b.length);
  const touched: number[] = [];
  for (let i = 0; i < a.length; i++) {
    const { keys, counts, size } = a[i]!;
    for (let k = 0; k < keys.length; k++) {
      const list = holding.get(keys[k]!);
      if (!list) continue;
      const n = counts[k]!;
      for (let x = 0; x < list.length; x += 2) {
        const j = list[x]!;
        if (shared[j] === 0) touched.push(j);
        shared[j] = shared[j]! + Math.min(n, list[x + 1]!);
      }
    }
    for (const j of touched) {
      const score = (2 * shared[j]!) / (size + b[j]!.size);
      if (score >= threshold) candidates.push([i, j, score]);
      shared[j] = 0;
    }
    touched.length = 0;
  }
  candidates.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  const usedBefore = new Uint8Array(a.length);
  const usedAfter = new Uint8Array(b.length);
  const pairs: [number, number, number][] = [];
  for (const [i, j, score] of candidates) {
    if (usedBefore[i] || usedAfter[j]) continue;
    usedBefore[i] = 1;
    usedAfter[j] = 1;
    pairs.push([i, j, score]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  return {
    pairs,
    unmatchedBefore: before.map((_, i) => i).filter((i) => !usedBefore[i]),
    unmatchedAfter: after.map((_, j) => j).filter((j) => !usedAfter[j]),
  };
}

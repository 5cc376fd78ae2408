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

/** Sentences grouped by profile object: with remembered profiles, a repeated sentence is one class. */
function classesOf(profiles: readonly BigramProfile[]): { profiles: BigramProfile[]; members: number[][] } {
  const classOf = new Map<BigramProfile, number>();
  const members: number[][] = [];
  profiles.forEach((profile, i) => {
    const known = classOf.get(profile);
    if (known === undefined) {
      classOf.set(profile, members.length);
      members.push([i]);
    } else members[known]!.push(i);
  });
  return { profiles: [...classOf.keys()], members };
}

/**
 * Matches sentences of `before` to sentences of `after` one-to-one: every pair scoring at least
 * `threshold` (> 0) is a candidate; the best candidate is taken first and both its sentences leave
 * the pool, ties going to the earlier `before` sentence, then the earlier `after` one, so the result
 * does not depend on anything but the input order. Only pairs sharing a bigram are scored (through
 * an index of `after`'s bigrams), which gives the scores `dice` would, in time proportional to the
 * shared bigrams rather than |before| × |after|. `profileOf` may remember profiles across calls;
 * sentences that share a profile object are scored once as a class, since a park's years repeat
 * items verbatim (and a corpus of recombined sentences repeats them by the dozen).
 */
export function alignSentences(
  before: readonly string[],
  after: readonly string[],
  threshold: number,
  profileOf: (sentence: string) => BigramProfile = bigramProfile,
): Alignment {
  if (!(threshold > 0)) throw new RangeError(`alignSentences: threshold must be above 0, got ${threshold}`);
  const a = classesOf(before.map(profileOf));
  const b = classesOf(after.map(profileOf));
  // Pair key -> [after class, count, after class, count, …].
  const holding = new Map<number, number[]>();
  b.profiles.forEach(({ keys, counts }, j) => {
    for (let k = 0; k < keys.length; k++) {
      const list = holding.get(keys[k]!);
      if (list) list.push(j, counts[k]!);
      else holding.set(keys[k]!, [j, counts[k]!]);
    }
  });
  // [before class, after class, score]; classes are numbered by their first sentence, so class order is sentence order.
  const candidates: [number, number, number][] = [];
  const shared = new Int32Array(b.profiles.length);
  const touched: number[] = [];
  for (let i = 0; i < a.profiles.length; i++) {
    const { keys, counts, size } = a.profiles[i]!;
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
      const score = (2 * shared[j]!) / (size + b.profiles[j]!.size);
      if (score >= threshold) candidates.push([i, j, score]);
      shared[j] = 0;
    }
    touched.length = 0;
  }
  candidates.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  // Greedy over sentences, one score at a time: within a score, sentences of `before` in order each
  // take the earliest free sentence of `after` among their candidates. A class's sentences are taken
  // in order, so each class only needs the position of its first free sentence.
  const nextBefore = new Int32Array(a.members.length);
  const nextAfter = new Int32Array(b.members.length);
  const pairs: [number, number, number][] = [];
  for (let start = 0; start < candidates.length;) {
    const score = candidates[start]![2];
    const linked = new Map<number, number[]>();
    let end = start;
    for (; end < candidates.length && candidates[end]![2] === score; end++) {
      const [i, j] = candidates[end]!;
      const list = linked.get(i);
      if (list) list.push(j);
      else linked.set(i, [j]);
    }
    // [sentence, its class] for every free sentence of `before` with a candidate at this score, in order.
    const waiting = [...linked.keys()].flatMap((i) => a.members[i]!.slice(nextBefore[i]).map((s) => [s, i] as const));
    waiting.sort((x, y) => x[0] - y[0]);
    const exhausted = new Set<number>();
    for (const [s, i] of waiting) {
      if (exhausted.has(i)) continue;
      let bestClass = -1;
      let bestSentence = Infinity;
      for (const j of linked.get(i)!) {
        const t = b.members[j]![nextAfter[j]!];
        if (t !== undefined && t < bestSentence) {
          bestClass = j;
          bestSentence = t;
        }
      }
      if (bestClass < 0) {
        exhausted.add(i);
        continue;
      }
      nextBefore[i] = nextBefore[i]! + 1;
      nextAfter[bestClass] = nextAfter[bestClass]! + 1;
      pairs.push([s, bestSentence, score]);
    }
    start = end;
  }
  pairs.sort((x, y) => x[0] - y[0]);
  const usedBefore = new Uint8Array(before.length);
  const usedAfter = new Uint8Array(after.length);
  for (const [i, j] of pairs) {
    usedBefore[i] = 1;
    usedAfter[j] = 1;
  }
  return {
    pairs,
    unmatchedBefore: before.map((_, i) => i).filter((i) => !usedBefore[i]),
    unmatchedAfter: after.map((_, j) => j).filter((j) => !usedAfter[j]),
  };
}

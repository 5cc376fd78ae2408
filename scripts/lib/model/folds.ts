import { mulberry32 } from '../../../src/shared/prng.ts';

/**
 * A fold number per item, whole groups (documents) to one fold. Groups are shuffled with a
 * fixed seed and dealt round-robin within each stratum in turn, so each stratum's documents
 * (the five seeds, the real documents) spread over all folds.
 */
export function groupedFolds(groups: readonly string[], strata: readonly string[], k: number, seed: number): number[] {
  const random = mulberry32(seed);
  const stratumOf = new Map<string, string>();
  groups.forEach((g, i) => stratumOf.set(g, strata[i]!));
  const byStratum = new Map<string, string[]>();
  for (const g of [...new Set(groups)].sort()) {
    const s = stratumOf.get(g)!;
    byStratum.set(s, [...(byStratum.get(s) ?? []), g]);
  }
  const foldOf = new Map<string, number>();
  let next = 0;
  for (const s of [...byStratum.keys()].sort()) {
    const list = byStratum.get(s)!;
    shuffle(list, random);
    for (const g of list) foldOf.set(g, next++ % k);
  }
  return groups.map((g) => foldOf.get(g)!);
}

/**
 * A learning curve's share of `documents`: round(fraction × n) of them, drawn by a seeded shuffle,
 * so the same seed keeps the same documents and a larger fraction never drops one a smaller kept.
 */
export function keepDocuments(documents: readonly string[], fraction: number, seed: number): Set<string> {
  if (!(fraction >= 0 && fraction <= 1))
    throw new RangeError(`keepDocuments: fraction must be in [0, 1], got ${fraction}`);
  const list = [...new Set(documents)].sort();
  shuffle(list, mulberry32(seed));
  return new Set(list.slice(0, Math.round(list.length * fraction)));
}

/** Fisher–Yates, in place. */
function shuffle<T>(list: T[], random: () => number): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
}

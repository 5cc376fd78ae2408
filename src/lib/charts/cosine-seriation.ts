/** A row to order: an id and its profile (one number per column, all rows the same length). */
export interface ProfileRow {
  id: string;
  values: readonly number[];
}

/**
 * Cosine distance between two profiles: 0 for the same direction, 1 for no shared column.
 * Two empty (all-zero) profiles are identical; an empty profile is unlike any other.
 */
export function cosineDistance(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let k = 0; k < a.length; k++) {
    const x = a[k] ?? 0;
    const y = b[k] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  if (na === 0 && nb === 0) return 0;
  if (na === 0 || nb === 0) return 1;
  // Rounding can push the cosine a hair past 1; a negative distance would break the linkage.
  return Math.max(0, 1 - dot / Math.sqrt(na * nb));
}

/**
 * Orders rows so that similar profiles sit together: average-linkage (UPGMA) clustering on
 * cosine distance, built with the nearest-neighbour chain algorithm (O(n²) time and memory),
 * then the dendrogram's leaves, each merge oriented so the two leaves that meet are the closest
 * of the four possible pairs. Deterministic: rows are taken in id order and ties go to the
 * lower id, so the result does not depend on the input order.
 *
 * @returns the row ids in display order
 */
export function seriateByCosine(rows: readonly ProfileRow[]): string[] {
  const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = sorted.length;
  if (n <= 2) return sorted.map((r) => r.id);

  const leafDistance = (i: number, j: number): number => cosineDistance(sorted[i]!.values, sorted[j]!.values);
  // Condensed upper triangle: pair (i, j) with i < j.
  const at = (i: number, j: number): number =>
    i < j ? n * i - (i * (i + 1)) / 2 + j - i - 1 : n * j - (j * (j + 1)) / 2 + i - j - 1;
  const d = new Float64Array((n * (n - 1)) / 2);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) d[at(i, j)] = leafDistance(i, j);

  const active = new Uint8Array(n).fill(1);
  const size = new Int32Array(n).fill(1);
  const leaves: number[][] = sorted.map((_, i) => [i]);
  const chain: number[] = [];
  let remaining = n;

  while (remaining > 1) {
    if (chain.length === 0) chain.push(active.indexOf(1));
    for (;;) {
      const a = chain[chain.length - 1]!;
      const previous = chain.length > 1 ? chain[chain.length - 2]! : -1;
      // Prefer the previous link on a tie, or the chain could cycle between equidistant clusters.
      let best = previous;
      let bestDistance = previous >= 0 ? d[at(a, previous)]! : Infinity;
      for (let k = 0; k < n; k++) {
        if (k === a || !active[k]) continue;
        const dk = d[at(a, k)]!;
        if (dk < bestDistance) {
          best = k;
          bestDistance = dk;
        }
      }
      if (best === previous) break;
      chain.push(best);
    }
    const x = chain.pop()!;
    const y = chain.pop()!;
    const keep = Math.min(x, y);
    const drop = Math.max(x, y);
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === keep || k === drop) continue;
      d[at(keep, k)] = (size[keep]! * d[at(keep, k)]! + size[drop]! * d[at(drop, k)]!) / (size[keep]! + size[drop]!);
    }
    leaves[keep] = joinOriented(leaves[keep]!, leaves[drop]!, leafDistance);
    size[keep] = size[keep]! + size[drop]!;
    active[drop] = 0;
    remaining--;
  }

  const order = leaves[active.indexOf(1)]!;
  // Either end could come first; fix it so the same clustering always reads the same way.
  if (order[0]! > order[order.length - 1]!) order.reverse();
  return order.map((i) => sorted[i]!.id);
}

/** Concatenates two leaf sequences, flipping either so the leaves that meet are the closest pair. */
function joinOriented(a: number[], b: number[], distance: (i: number, j: number) => number): number[] {
  const candidates: [boolean, boolean][] = [
    [false, false],
    [false, true],
    [true, false],
    [true, true],
  ];
  let best: [boolean, boolean] = [false, false];
  let bestDistance = Infinity;
  for (const [flipA, flipB] of candidates) {
    const end = flipA ? a[0]! : a[a.length - 1]!;
    const start = flipB ? b[b.length - 1]! : b[0]!;
    const dist = distance(end, start);
    if (dist < bestDistance) {
      best = [flipA, flipB];
      bestDistance = dist;
    }
  }
  return [...(best[0] ? [...a].reverse() : a), ...(best[1] ? [...b].reverse() : b)];
}

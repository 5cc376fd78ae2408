/** Candidate cut-offs for a theme's probability. */
const CANDIDATES = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);

/**
 * The cut-off that maximises F1 for one label over out-of-fold probabilities; ties go to the one
 * nearest 0.5, and a label never seen positive keeps 0.5. Optional decisions (target -1) are skipped.
 */
export function bestThreshold(probabilities: readonly number[], targets: readonly number[]): number {
  if (!targets.some((t) => t === 1)) return 0.5;
  let best = 0.5,
    bestF1 = -1;
  for (const c of CANDIDATES) {
    let tp = 0,
      fp = 0,
      fn = 0;
    for (let i = 0; i < probabilities.length; i++) {
      const y = targets[i]!;
      if (y < 0) continue;
      const yes = probabilities[i]! >= c;
      if (yes && y === 1) tp++;
      else if (yes) fp++;
      else if (y === 1) fn++;
    }
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    if (f1 > bestF1 + 1e-12 || (Math.abs(f1 - bestF1) <= 1e-12 && Math.abs(c - 0.5) < Math.abs(best - 0.5))) {
      best = c;
      bestF1 = f1;
    }
  }
  return best;
}

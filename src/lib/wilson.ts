/** z for a two-sided 95% interval: the 97.5th percentile of the standard normal. */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval for a proportion of `successes` out of `trials` (Wilson 1927), as
 * [low, high] within 0..1. Unlike p ± z·√(p(1−p)/n), it stays inside 0..1 and is not empty
 * at 0 or n, which matters for shares of short documents (1 of 6 sentences). With no trials
 * nothing is known: [0, 1].
 */
export function wilsonInterval(successes: number, trials: number, z: number = Z95): [number, number] {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || successes < 0 || trials < 0 || successes > trials) {
    throw new RangeError(`wilsonInterval: need whole numbers 0 ≤ successes ≤ trials, got ${successes} of ${trials}`);
  }
  if (trials === 0) return [0, 1];
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (z / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // At 0 and n the bound is exactly 0 or 1; rounding would leave 1e-17 or 0.9999999999999999.
  return [successes === 0 ? 0 : Math.max(0, centre - half), successes === trials ? 1 : Math.min(1, centre + half)];
}

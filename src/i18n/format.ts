import { format } from 'd3-format';

const percent = format('.1%');
const count = format(',');
const decimal = format('.2~f');

/** A share (0..1) as a percentage with one decimal, "12.5%". */
export function formatShare(share: number): string {
  return percent(share);
}

/** A whole number with thousands separators, "12,345". */
export function formatCount(n: number): string {
  return count(n);
}

/** A score or weight with at most two decimals and no trailing zeros, "1.5". */
export function formatScore(x: number): string {
  return decimal(x);
}

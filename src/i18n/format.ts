import { format } from 'd3-format';

const percent = format('.1%');
const count = format(',');
const decimal = format('.2~f');
const percentNumber = (x: number) => format('.1f')(x * 100);

/** A share (0..1) as a percentage with one decimal, "12.5%". */
export function formatShare(share: number): string {
  return percent(share);
}

/** A whole number with thousands separators, "12,345". */
export function formatCount(n: number): string {
  return count(n);
}

// A build writes a score or weight for every hit of every tagged sentence, from few distinct values.
const scores = new Map<number, string>();

/** A score or weight with at most two decimals and no trailing zeros, "1.5". */
export function formatScore(x: number): string {
  let text = scores.get(x);
  if (text === undefined) scores.set(x, (text = decimal(x)));
  return text;
}

/** A share with its count and base, "3/18 · 16.7%": a percentage alone hides that 16.7% may be 1 of 6. */
export function formatCountShare(count: number, base: number): string {
  return `${formatCount(count)}/${formatCount(base)} · ${formatShare(base === 0 ? 0 : count / base)}`;
}

/** A 95% interval of a share, "5.8–39.2%". */
export function formatInterval([low, high]: readonly [number, number]): string {
  return `${percentNumber(low)}–${percent(high)}`;
}

import { format } from 'd3-format';

/**
 * `formatter` with its answers remembered: a build formats a count, share or score for every cell,
 * row and evidence line of thousands of pages, from far fewer distinct values, and d3-format
 * parses nothing twice but still takes a microsecond a call.
 */
function remembered(formatter: (x: number) => string): (x: number) => string {
  const known = new Map<number, string>();
  return (x) => {
    let text = known.get(x);
    if (text === undefined) known.set(x, (text = formatter(x)));
    return text;
  };
}

const percent = remembered(format('.1%'));
const count = remembered(format(','));
const decimal = remembered(format('.2~f'));
const percentNumber = (x: number) => format('.1f')(x * 100);

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

/** A share with its count and base, "3/18 · 16.7%": a percentage alone hides that 16.7% may be 1 of 6. */
export function formatCountShare(count: number, base: number): string {
  return `${formatCount(count)}/${formatCount(base)} · ${formatShare(base === 0 ? 0 : count / base)}`;
}

/** A 95% interval of a share, "5.8–39.2%". */
export function formatInterval([low, high]: readonly [number, number]): string {
  return `${percentNumber(low)}–${percent(high)}`;
}

import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson.ts';

// Reference values: Newcombe (1998), "Two-sided confidence intervals for the single proportion",
// Statistics in Medicine 17, table I (method 3, Wilson score without continuity correction).
describe('wilsonInterval', () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
    [29, 29, 0.883, 1],
  ])('wilsonInterval(%i, %i) is [%f, %f] as Newcombe gives it', (k, n, low, high) => {
    const [l, h] = wilsonInterval(k, n);
    expect(l).toBeCloseTo(low, 4);
    expect(h).toBeCloseTo(high, 4);
  });

  it('wilsonInterval(3, 18) holds 3/18 and stays within 0..1', () => {
    const [l, h] = wilsonInterval(3, 18);
    expect(l).toBeCloseTo(0.0584, 4);
    expect(h).toBeCloseTo(0.3922, 4);
  });

  it('wilsonInterval(1, 6) is wide: one sentence of six says little', () => {
    const [l, h] = wilsonInterval(1, 6);
    expect(h - l).toBeGreaterThan(0.5);
  });

  it('wilsonInterval(0, 0) knows nothing: [0, 1]', () => {
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
  });

  it('wilsonInterval() refuses a count above its base or a fraction', () => {
    expect(() => wilsonInterval(4, 3)).toThrow(/4 of 3/);
    expect(() => wilsonInterval(1.5, 3)).toThrow(RangeError);
  });
});

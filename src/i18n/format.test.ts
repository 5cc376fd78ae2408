import { describe, expect, it } from 'vitest';
import { formatCountShare, formatInterval } from './format.ts';

describe('formatCountShare', () => {
  it('formatCountShare(3, 18) is "3/18 · 16.7%"', () => {
    expect(formatCountShare(3, 18)).toBe('3/18 · 16.7%');
  });
  it('formatCountShare(0, 0) is "0/0 · 0.0%", not NaN', () => {
    expect(formatCountShare(0, 0)).toBe('0/0 · 0.0%');
  });
});

describe('formatInterval', () => {
  it('formatInterval([0.0584, 0.3922]) is "5.8–39.2%"', () => {
    expect(formatInterval([0.0584, 0.3922])).toBe('5.8–39.2%');
  });
});

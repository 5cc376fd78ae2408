import { describe, expect, it } from 'vitest';
import { formatTargetValue } from './target-value.ts';

describe('formatTargetValue', () => {
  it('formatTargetValue(target) writes a deadline year without a thousands separator', () => {
    expect(formatTargetValue({ value: 2025, kind: 'deadline' })).toBe('2025');
  });

  it('formatTargetValue(target) writes other numbers with separators and keeps decimals', () => {
    expect(formatTargetValue({ value: 1000, kind: 'money' })).toBe('1,000');
    expect(formatTargetValue({ value: 3.5, kind: 'money' })).toBe('3.5');
  });

  it('formatTargetValue(target) writes a missing number as a dash', () => {
    expect(formatTargetValue({ value: null, kind: 'deadline' })).toBe('—');
  });
});

import { describe, expect, it } from 'vitest';
import { claimOrder } from './seed-order.ts';

describe('claimOrder(seeds)', () => {
  it('claimOrder() puts files the catalog describes first, then sorts by name', () => {
    const seeds = [
      { file: '000_copy.txt', entry: undefined },
      { file: '100_original.txt', entry: { title: 'x' } },
      { file: '050_other.txt', entry: undefined },
      { file: '010_described.txt', entry: {} },
    ];
    expect(claimOrder(seeds).map((i) => seeds[i]!.file)).toEqual([
      '010_described.txt',
      '100_original.txt',
      '000_copy.txt',
      '050_other.txt',
    ]);
  });
});

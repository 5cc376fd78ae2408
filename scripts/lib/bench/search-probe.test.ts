import { describe, expect, it } from 'vitest';
import { medianCost, type QueryCost } from './search-probe.ts';

const query = (ms: number, searchGzipBytes: number): QueryCost => ({
  query: 'q',
  ms,
  runs: [ms],
  gzipBytes: searchGzipBytes + 30e3,
  requests: 20,
  searchGzipBytes,
  hits: 20,
});

describe('medianCost(costs)', () => {
  it('medianCost() takes each figure as the middle run and keeps every run’s time in order', () => {
    const cost = medianCost([
      { cold: query(900, 188e3), warm: query(60, 86e3) },
      { cold: query(500, 188e3), warm: query(90, 86e3) },
      { cold: query(650, 190e3), warm: query(70, 86e3) },
    ]);
    expect(cost.cold).toMatchObject({ ms: 650, runs: [900, 500, 650], searchGzipBytes: 188e3, gzipBytes: 218e3 });
    expect(cost.warm).toMatchObject({ ms: 70, runs: [60, 90, 70] });
  });

  it('medianCost() refuses no runs', () => {
    expect(() => medianCost([])).toThrow(/no runs/);
  });
});

import { describe, expect, it } from 'vitest';
import { cosineDistance, seriateByCosine, type ProfileRow } from './cosine-seriation.ts';

/** Mulberry32: a seeded generator so the large-input test is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('cosineDistance', () => {
  it('cosineDistance(a, b) is 0 for profiles pointing the same way', () => {
    expect(cosineDistance([0.1, 0.2], [0.2, 0.4])).toBeCloseTo(0, 10);
  });
  it('cosineDistance(a, b) is 1 for profiles with no theme in common', () => {
    expect(cosineDistance([0.5, 0], [0, 0.3])).toBe(1);
  });
  it('cosineDistance(a, b) treats an all-zero profile as unlike any other, and like another all-zero one', () => {
    expect(cosineDistance([0, 0], [0.3, 0.1])).toBe(1);
    expect(cosineDistance([0, 0], [0, 0])).toBe(0);
  });
});

describe('seriateByCosine', () => {
  const rows: ProfileRow[] = [
    { id: 'a1', values: [0.9, 0.1, 0] },
    { id: 'b1', values: [0, 0.1, 0.9] },
    { id: 'a2', values: [0.8, 0.2, 0] },
    { id: 'b2', values: [0, 0.2, 0.8] },
    { id: 'c', values: [0.3, 0.9, 0.3] },
    { id: 'a3', values: [0.85, 0.15, 0.05] },
  ];

  it('seriateByCosine(rows) keeps each group of similar profiles together, with the in-between one between them', () => {
    const order = seriateByCosine(rows);
    expect(order).toHaveLength(6);
    const pos = (id: string): number => order.indexOf(id);
    const spanA = [pos('a1'), pos('a2'), pos('a3')].sort();
    expect(spanA[2]! - spanA[0]!).toBe(2);
    expect(Math.abs(pos('b1') - pos('b2'))).toBe(1);
    expect(pos('c')).toBeGreaterThan(Math.min(...spanA, pos('b1')));
    expect(pos('c')).toBeLessThan(Math.max(...spanA, pos('b1')));
  });

  it('seriateByCosine(rows) gives the same order whatever the input order', () => {
    const expected = seriateByCosine(rows);
    expect(seriateByCosine([...rows].reverse())).toEqual(expected);
    expect(seriateByCosine([rows[3]!, rows[0]!, rows[5]!, rows[1]!, rows[4]!, rows[2]!])).toEqual(expected);
  });

  it('seriateByCosine(rows) is stable when every profile is the same', () => {
    const same = ['d', 'b', 'c', 'a'].map((id) => ({ id, values: [0.2, 0.2] }));
    expect(seriateByCosine(same)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('seriateByCosine(rows) returns short inputs in id order', () => {
    expect(seriateByCosine([])).toEqual([]);
    expect(
      seriateByCosine([
        { id: 'z', values: [1] },
        { id: 'y', values: [0] },
      ]),
    ).toEqual(['y', 'z']);
  });

  it('seriateByCosine(rows) orders 1000 documents with 18 themes in well under two seconds', () => {
    const random = seeded(42);
    const many = Array.from({ length: 1000 }, (_, i) => ({
      id: `doc-${String(i).padStart(4, '0')}`,
      values: Array.from({ length: 18 }, () => (random() < 0.4 ? random() * 0.3 : 0)),
    }));
    const start = performance.now();
    const order = seriateByCosine(many);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(new Set(order).size).toBe(1000);
  });
});

import { describe, expect, it } from 'vitest';
import { THEME_IDS, type ThemeId } from '../schemas/codebook.ts';
import { mulberry32 } from '../shared/prng.ts';
import { cosineSimilarity, mostSimilarAll, themeVector } from './similarity.ts';

function shares(partial: Partial<Record<ThemeId, number>>): Record<ThemeId, number> {
  return Object.fromEntries(THEME_IDS.map((id) => [id, partial[id] ?? 0])) as Record<ThemeId, number>;
}

describe('similarity', () => {
  it('themeVector(shares) lists the shares in THEME_IDS order', () => {
    const v = themeVector(shares({ positioning: 0.5, safety: 0.25 }));
    expect(v).toHaveLength(18);
    expect(v[0]).toBe(0.5);
    expect(v[17]).toBe(0.25);
  });

  it('cosineSimilarity(a, b) is 1 for vectors pointing the same way, whatever their length', () => {
    expect(cosineSimilarity([1, 2, 0], [2, 4, 0])).toBeCloseTo(1, 12);
  });

  it('cosineSimilarity(a, b) is 0 for orthogonal vectors', () => {
    expect(cosineSimilarity([1, 0], [0, 3])).toBe(0);
  });

  it('cosineSimilarity(a, b) is 0, not NaN, when a vector is all zeros', () => {
    expect(cosineSimilarity([0, 0], [1, 1])).toBe(0);
  });

  it('cosineSimilarity(a, b) throws on vectors of different length', () => {
    expect(() => cosineSimilarity([1], [1, 2])).toThrow(/differ in length/);
  });

  it('mostSimilarAll(documents, n) gives each document the n closest others, most similar first', () => {
    const target = { id: 'a', themeShares: shares({ industry: 0.6, investment: 0.2 }) };
    const docs = [
      target,
      { id: 'b', themeShares: shares({ industry: 0.5, investment: 0.2 }) },
      { id: 'c', themeShares: shares({ party: 0.9 }) },
      { id: 'd', themeShares: shares({ industry: 0.1, investment: 0.5 }) },
      { id: 'e', themeShares: shares({ industry: 0.3, green: 0.3 }) },
    ];
    const result = mostSimilarAll(docs, 3).get('a')!;
    expect(result.map((r) => r.id)).toEqual(['b', 'e', 'd']);
    expect(result[0]!.similarity).toBeGreaterThan(0.99);
  });

  it('mostSimilarAll(documents) breaks ties by id and never returns a document for itself', () => {
    const same = shares({ talent: 1 });
    const result = mostSimilarAll([
      { id: 'z', themeShares: same },
      { id: 'x', themeShares: same },
      { id: 'y', themeShares: same },
    ]);
    expect(result.get('x')!.map((r) => r.id)).toEqual(['y', 'z']);
    expect(result.get('z')!.map((r) => r.id)).toEqual(['x', 'y']);
  });

  it('mostSimilarAll(documents, n) ranks as sorting every other document would, ties and empty vectors included', () => {
    const random = mulberry32(7);
    // Shares in tenths, so that many pairs tie; every fifth document has no theme at all.
    const docs = Array.from({ length: 60 }, (_, k) => ({
      id: `d${String((k * 37) % 60).padStart(2, '0')}`,
      themeShares: shares(
        k % 5 === 0
          ? {}
          : { industry: Math.floor(random() * 3) / 10, party: Math.floor(random() * 3) / 10, green: k % 2 ? 0.1 : 0 },
      ),
    }));
    const sorted = (target: (typeof docs)[number], n: number) =>
      docs
        .filter((d) => d.id !== target.id)
        .map((d) => ({
          id: d.id,
          similarity: cosineSimilarity(themeVector(target.themeShares), themeVector(d.themeShares)),
        }))
        .sort((a, b) => b.similarity - a.similarity || a.id.localeCompare(b.id))
        .slice(0, n);
    for (const n of [1, 3, 5]) {
      const result = mostSimilarAll(docs, n);
      for (const target of docs) expect(result.get(target.id)).toEqual(sorted(target, n));
    }
  });
});

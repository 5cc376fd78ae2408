import { describe, expect, it } from 'vitest';
import type { PassageHit } from './backend.ts';
import { arrangeHits, exactFirst, hitsPerDocument } from './arrange.ts';
import { emptySelection } from './facets.ts';

const hit = (doc: string, id: string, score: number): PassageHit => ({
  doc,
  id,
  values: emptySelection(),
  score,
  terms: [],
});
const docs = [
  { id: 'a', year: 2020 },
  { id: 'b', year: null },
  { id: 'c', year: 2023 },
];
const hits = [hit('a', 's0009', 1), hit('b', 's0002', 5), hit('a', 's0001', 3), hit('c', 's0004', 2)];

describe('arrangeHits', () => {
  it('arrangeHits(hits, docs, "relevance") orders documents by their best hit and sentences by reading order', () => {
    expect(arrangeHits(hits, docs, 'relevance').map((h) => `${h.doc}${h.id}`)).toEqual([
      'bs0002',
      'as0001',
      'as0009',
      'cs0004',
    ]);
  });

  it('arrangeHits(hits, docs, "relevance") keeps documents of equal best score in reading order', () => {
    const tied = [hit('c', 's0001', 4), hit('b', 's0003', 4), hit('a', 's0002', 4), hit('b', 's0001', 1)];
    expect(arrangeHits(tied, docs, 'relevance').map((h) => `${h.doc}${h.id}`)).toEqual([
      'as0002',
      'bs0001',
      'bs0003',
      'cs0001',
    ]);
  });

  it('arrangeHits(hits, docs, "relevance") ranks a document of 200,000 hits by its best', () => {
    const many = Array.from({ length: 200_000 }, (_, i) =>
      hit('a', `s${String(i + 1).padStart(6, '0')}`, i === 7 ? 9 : 1),
    );
    const arranged = arrangeHits([...many, hit('b', 's0001', 5)], docs, 'relevance');
    expect(arranged[0]!.doc).toBe('a');
    expect(arranged.at(-1)!.doc).toBe('b');
  });

  it('arrangeHits(hits, docs, "year") puts the newest document first and undated ones last', () => {
    expect(arrangeHits(hits, docs, 'year').map((h) => h.doc)).toEqual(['c', 'a', 'a', 'b']);
  });

  it('exactFirst(hits, viaAlias, docs, sort) puts every exact hit before any hit found only through an alias', () => {
    const viaAlias = (h: PassageHit) => h.doc === 'b';
    expect(exactFirst(hits, viaAlias, docs, 'relevance').map((h) => `${h.doc}${h.id}`)).toEqual([
      'as0001',
      'as0009',
      'cs0004',
      'bs0002',
    ]);
  });

  it('hitsPerDocument(hits) counts hits by document', () => {
    expect(Object.fromEntries(hitsPerDocument(hits))).toEqual({ a: 2, b: 1, c: 1 });
  });
});

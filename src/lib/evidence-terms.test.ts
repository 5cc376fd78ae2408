import { describe, expect, it } from 'vitest';
import type { Passage } from '../schemas/passage.ts';
import { evidenceTermsByPark } from './evidence-terms.ts';

const docs = [
  { id: 'a-2023', park: 'A高新区', parkId: 'a', title: 'A 2023' },
  { id: 'a-2024', park: 'A高新区', parkId: 'a', title: 'A 2024' },
  { id: 'b-2024', park: null, parkId: null, title: 'B 2024' },
];

function passage(
  doc: string,
  words: string[],
  where: 'sentence' | 'heading' = 'sentence',
): Pick<Passage, 'doc' | 'themes' | 'evidence'> {
  return {
    doc,
    themes: ['investment'],
    evidence: [
      {
        theme: 'investment',
        score: words.length,
        threshold: 1,
        hits: words.map((w) => ({ rule: 'term' as const, match: w, text: w, weight: 1, where })),
      },
    ],
  };
}

describe('evidenceTermsByPark', () => {
  it('evidenceTermsByPark(documents, passages).get(theme) pools the documents of one park', () => {
    const rows = evidenceTermsByPark(docs, [
      passage('a-2023', ['招商', '项目']),
      passage('a-2024', ['招商']),
      passage('b-2024', ['引资']),
    ]).get('investment')!;
    expect(rows.map((r) => r.key)).toEqual(['a', 'b-2024']);
    expect(rows[0]).toMatchObject({ label: 'A高新区', documents: ['a-2023', 'a-2024'] });
    expect(rows[0]!.terms).toEqual([
      { term: '招商', count: 2 },
      { term: '项目', count: 1 },
    ]);
  });

  it('evidenceTermsByPark(documents, passages).get(theme) labels a park without a name by its document title', () => {
    const rows = evidenceTermsByPark(docs, [passage('b-2024', ['引资'])]).get('investment')!;
    expect(rows.find((r) => r.key === 'b-2024')?.label).toBe('B 2024');
  });

  it('evidenceTermsByPark(documents, passages).get(theme) ignores heading hits and other themes', () => {
    const other = { ...passage('a-2023', ['招商']), themes: ['talent' as const] };
    const rows = evidenceTermsByPark(docs, [passage('a-2023', ['招商'], 'heading'), other]).get('investment')!;
    expect(rows.every((r) => r.terms.length === 0)).toBe(true);
  });

  it('evidenceTermsByPark(documents, passages, n).get(theme) keeps the n most frequent, ties in code-point order', () => {
    const rows = evidenceTermsByPark(docs, [passage('a-2023', ['丙', '乙', '甲', '甲'])], 2).get('investment')!;
    expect(rows[0]!.terms).toEqual([
      { term: '甲', count: 2 },
      { term: '丙', count: 1 },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { groupKeyness, keyness } from './keyness.ts';
import { sumCounts } from './word-counts.ts';

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('keyness(focus, corpus, options)', () => {
  it('keyness() gives δ and z by Monroe, Colaresi & Quinn’s formulas (worked by hand)', () => {
    // α₀ = 20 over 20 words: α(招商) = 10; δ = ln(18/12) − ln(12/18) = 0.811; σ² = 1/18 + 1/12; z = 2.18.
    const focus = counts({ 招商: 8, 人才: 2 });
    const corpus = counts({ 招商: 10, 人才: 10 });
    expect(keyness(focus, corpus, { priorSize: 20 })).toEqual([
      { word: '招商', z: 2.18, delta: 0.811, count: 8, rest: 2 },
    ]);
  });

  it('keyness() lists only words used at least minCount times, at most top of them', () => {
    const focus = counts({ 湘江: 5, 新区: 4, 小镇: 3, 梅溪湖: 1 });
    const corpus = counts({ 湘江: 5, 新区: 4, 小镇: 3, 梅溪湖: 1, 园区: 50 });
    expect(keyness(focus, corpus, { top: 2 }).map((t) => t.word)).toEqual(['湘江', '新区']);
    expect(keyness(focus, corpus).map((t) => t.word)).not.toContain('梅溪湖');
  });

  it('keyness() shrinks a rare word towards the corpus rate more as the prior grows', () => {
    const focus = counts({ 军民融合: 3, 园区: 10 });
    const corpus = counts({ 军民融合: 3, 园区: 100 });
    const z = (priorSize: number) => keyness(focus, corpus, { priorSize }).find((t) => t.word === '军民融合')!.z;
    expect(z(10)).toBeGreaterThan(z(1000));
  });
});

describe('keyness(focus, corpus, { exclude })', () => {
  it('keyness() never lists an excluded word, however distinctive', () => {
    const focus = counts({ 湘江: 9, 小镇: 3 });
    const corpus = counts({ 湘江: 9, 小镇: 3, 园区: 50 });
    expect(keyness(focus, corpus, { exclude: new Set(['湘江']) }).map((t) => t.word)).toEqual(['小镇']);
  });
});

describe('groupKeyness(byDoc, group, options)', () => {
  it('groupKeyness() of one document is keyness() of that document against the corpus', () => {
    const byDoc = new Map([
      ['a', counts({ 招商: 8, 人才: 2 })],
      ['b', counts({ 招商: 2, 人才: 8 })],
    ]);
    expect(groupKeyness(byDoc, ['a'])).toEqual(keyness(byDoc.get('a')!, sumCounts(byDoc.values())));
    expect(groupKeyness(byDoc, ['b']).map((t) => t.word)).toEqual(['人才']);
  });
});

import { describe, expect, it } from 'vitest';
import { alignSentences, bigramProfile, bigramProfiles, bigrams, dice } from './sentence-alignment.ts';
import { mulberry32 } from '../../../src/shared/prng.ts';

describe('bigrams(sentence)', () => {
  it('bigrams() counts character pairs without the list number, punctuation or full-width forms', () => {
    expect(bigrams('5.加强党建。')).toEqual(
      new Map([
        ['加强', 1],
        ['强党', 1],
        ['党建', 1],
      ]),
    );
    expect(bigrams('（二）５Ｇ全覆盖')).toEqual(bigrams('5G全覆盖'));
    expect(bigrams('招商招商')).toEqual(
      new Map([
        ['招商', 2],
        ['商招', 1],
      ]),
    );
  });

  it('bigrams() keeps a number that is not a list label: "3.5亿元" is text', () => {
    expect([...bigrams('3.5亿元').keys()]).toEqual(['35', '5亿', '亿元']);
  });
});

describe('bigramProfile(sentence)', () => {
  /** The profile read back as bigrams() gives it: pair -> count. */
  const asMap = (sentence: string) => {
    const { keys, counts } = bigramProfile(sentence);
    return new Map(
      [...keys].map((key, k) => [String.fromCodePoint(Math.floor(key / 0x110000), key % 0x110000), counts[k]!]),
    );
  };

  it('bigramProfile() holds the pairs and counts of bigrams(), keys ascending, with their total', () => {
    for (const sentence of ['5.加强党建。', '（二）５Ｇ全覆盖', '招商招商', '3.5亿元', '產業園區𠀋𠀋', '', '一']) {
      expect(asMap(sentence)).toEqual(bigrams(sentence));
      const { keys, size } = bigramProfile(sentence);
      expect([...keys]).toEqual([...keys].sort((x, y) => x - y));
      expect(size).toBe([...bigrams(sentence).values()].reduce((x, y) => x + y, 0));
    }
  });

  it('bigramProfiles() remembers each sentence: the same profile object comes back', () => {
    const profileOf = bigramProfiles();
    expect(profileOf('加强党建。')).toBe(profileOf('加强党建。'));
    expect(profileOf('加强党建。')).toEqual(bigramProfile('加强党建。'));
  });
});

describe('dice(a, b)', () => {
  it('dice() is 1 for the same item renumbered and 0 for sentences with no pair in common', () => {
    expect(dice(bigrams('5.积极培育新兴产业。'), bigrams('6.积极培育新兴产业。'))).toBe(1);
    expect(dice(bigrams('加强党建。'), bigrams('优化营商环境。'))).toBe(0);
    expect(dice(bigrams(''), bigrams(''))).toBe(0);
  });

  it('dice() counts repeated pairs as often as both sentences have them', () => {
    // 招商 ×2, 商招 ×1 against 招商 ×1: 2·1 / (3 + 1).
    expect(dice(bigrams('招商招商'), bigrams('招商'))).toBe(0.5);
  });

  it('dice() gives two 6-character headings that differ in 2 characters 0.4, below the carry threshold', () => {
    expect(dice(bigrams('加强政治建设'), bigrams('加强思想建设'))).toBeCloseTo(0.4, 10);
  });
});

describe('alignSentences(before, after, threshold)', () => {
  it('alignSentences() pairs reworded items, leaves the rest unmatched on each side', () => {
    const before = ['鼓励以商招商、用活中介招商。', '全力支持龙山县“脱贫摘帽”。', '坚决打赢蓝天保卫战。'];
    const after = ['坚决打赢蓝天保卫战。', '制定园区碳达峰行动方案。', '鼓励以商招商、基金招商,用活中介招商。'];
    const result = alignSentences(before, after, 0.45);
    expect(result.pairs.map(([i, j]) => [i, j])).toEqual([
      [0, 2],
      [2, 0],
    ]);
    expect(result.pairs[1]![2]).toBe(1);
    expect(result.unmatchedBefore).toEqual([1]);
    expect(result.unmatchedAfter).toEqual([1]);
  });

  it('alignSentences() is one-to-one, best score first: a sentence split in two keeps only its closer half', () => {
    const before = ['做实上市服务工作站,加快推进科创型企业上市。'];
    const after = ['加快推进科创型企业上市。', '做实上市服务工作站,加快推进科创型企业上市。'];
    const result = alignSentences(before, after, 0.45);
    expect(result.pairs).toEqual([[0, 1, 1]]);
    expect(result.unmatchedAfter).toEqual([0]);
  });

  it('alignSentences() breaks ties by the earlier sentence of before, then of after', () => {
    const result = alignSentences(['推进智慧党建。', '推进智慧党建。'], ['推进智慧党建。', '推进智慧党建。'], 0.45);
    expect(result.pairs).toEqual([
      [0, 0, 1],
      [1, 1, 1],
    ]);
  });

  it('alignSentences() gives the same result with remembered profiles', () => {
    const before = ['鼓励以商招商、用活中介招商。', '全力支持龙山县“脱贫摘帽”。', '坚决打赢蓝天保卫战。'];
    const after = ['坚决打赢蓝天保卫战。', '制定园区碳达峰行动方案。', '鼓励以商招商、基金招商,用活中介招商。'];
    expect(alignSentences(before, after, 0.45, bigramProfiles())).toEqual(alignSentences(before, after, 0.45));
  });

  it('alignSentences() with repeated sentences as classes matches a greedy pass over every scored pair', () => {
    // Reference: every pair scored with dice(), sorted by score, then before, then after, taken greedily.
    const greedy = (before: string[], after: string[], threshold: number) => {
      const scored = before.flatMap((x, i) =>
        after.map((y, j): [number, number, number] => [i, j, dice(bigrams(x), bigrams(y))]),
      );
      const candidates = scored
        .filter(([, , s]) => s >= threshold)
        .sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
      const usedBefore = new Set<number>();
      const usedAfter = new Set<number>();
      const pairs = candidates.filter(([i, j]) => {
        if (usedBefore.has(i) || usedAfter.has(j)) return false;
        usedBefore.add(i);
        usedAfter.add(j);
        return true;
      });
      return pairs.sort((x, y) => x[0] - y[0]);
    };
    const items = [
      '推进智慧党建。',
      '推进智慧党建工作。',
      '加快推进科创型企业上市。',
      '推进科创型企业上市。',
      '坚决打赢蓝天保卫战。',
      '打赢蓝天保卫战。',
      '优化营商环境。',
    ];
    const random = mulberry32(20261207);
    for (let round = 0; round < 200; round++) {
      const draw = () =>
        Array.from({ length: Math.floor(random() * 12) }, () => items[Math.floor(random() * items.length)]!);
      const before = draw();
      const after = draw();
      const expected = greedy(before, after, 0.45);
      expect(alignSentences(before, after, 0.45, bigramProfiles()).pairs).toEqual(expected);
      expect(alignSentences(before, after, 0.45).pairs).toEqual(expected);
    }
  });

  it('alignSentences() leaves everything unmatched when one side is empty', () => {
    expect(alignSentences([], ['新增一项。'], 0.45)).toEqual({ pairs: [], unmatchedBefore: [], unmatchedAfter: [0] });
  });
});

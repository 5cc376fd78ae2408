import { describe, expect, it } from 'vitest';
import { groupRows, groupsMatrix, MATRIX_ROWS_MAX, provinceGroups } from './matrix-groups.ts';

const doc = (id: string, province: string | null, investment = 0, bodySentences = 10) => ({
  id,
  province,
  bodySentences,
  themeCounts: { investment },
});
const pinyin: Record<string, string> = { 湖南: 'Hunan', 山西: 'Shanxi', 陕西: 'Shanxi', 四川: 'Sìchuān' };

describe('groupsMatrix', () => {
  it(`groupsMatrix(count) groups only beyond ${MATRIX_ROWS_MAX} documents`, () => {
    expect(groupsMatrix(MATRIX_ROWS_MAX)).toBe(false);
    expect(groupsMatrix(MATRIX_ROWS_MAX + 1)).toBe(true);
  });
});

describe('provinceGroups', () => {
  it('provinceGroups(documents) puts the largest province first and the unknown province last', () => {
    const groups = provinceGroups(
      [doc('a', null), doc('b', '四川'), doc('c', '湖南'), doc('d', '湖南')],
      (p) => pinyin[p]!,
    );
    expect(groups.map((g) => [g.id, g.province, g.docs.map((d) => d.id)])).toEqual([
      ['hunan', '湖南', ['c', 'd']],
      ['sichuan', '四川', ['b']],
      ['unknown', null, ['a']],
    ]);
  });

  it('provinceGroups(documents) tells apart provinces that romanize alike, whatever their sizes', () => {
    const small = provinceGroups([doc('a', '山西'), doc('b', '陕西')], (p) => pinyin[p]!);
    const large = provinceGroups([doc('a', '山西'), doc('b', '陕西'), doc('c', '陕西')], (p) => pinyin[p]!);
    const ids = (groups: typeof small) => Object.fromEntries(groups.map((g) => [g.province, g.id]));
    expect(ids(small)).toEqual({ 山西: 'shanxi', 陕西: 'shanxi-2' });
    expect(ids(large)).toEqual(ids(small));
  });
});

describe('groupRows', () => {
  it('groupRows(groups, themes) pools the counts of a group’s documents: the share is their sum over the summed base', () => {
    const groups = provinceGroups(
      [doc('a', '湖南', 2, 10), doc('b', '湖南', 1, 30), doc('c', '四川', 0, 5)],
      (p) => pinyin[p]!,
    );
    const rows = groupRows(groups, [{ id: 'investment' }, { id: 'party' }], (g) => `${g.province} (${g.docs.length})`);
    expect(rows.map((r) => r.label)).toEqual(['湖南 (2)', '四川 (1)']);
    expect(rows[0]).toMatchObject({ base: 40, counts: [3, 0], values: [3 / 40, 0] });
    expect(rows[1]).toMatchObject({ base: 5, counts: [0, 0], values: [0, 0] });
  });

  it('groupRows gives a group without body sentences shares of 0, not NaN', () => {
    const rows = groupRows(
      provinceGroups([doc('a', '湖南', 0, 0)], (p) => pinyin[p]!),
      [{ id: 'investment' }],
      () => '',
    );
    expect(rows[0]).toMatchObject({ base: 0, values: [0] });
  });
});

import { describe, expect, it } from 'vitest';
import { mergeVariants } from './phrase-variants.ts';

const use = (sentence: number, offset: number, length: number) => ({ sentence, offset, length });

describe('mergeVariants(phrases)', () => {
  it('mergeVariants() puts a phrase under the containing phrase holding most of its uses and counts a use inside the head once', () => {
    const { families, merged } = mergeVariants([
      { text: '社会消费品零售总额', uses: [use(0, 2, 9), use(1, 0, 9), use(2, 4, 9)] },
      { text: '社会消费品零售总额增长', uses: [use(0, 2, 11), use(1, 0, 11)] },
      { text: '社会消费品零售总额同比增长', uses: [use(2, 4, 13), use(3, 0, 13)] },
    ]);
    expect(merged).toBe(1);
    expect(families).toEqual([
      { text: '社会消费品零售总额同比增长', uses: [use(2, 4, 13), use(3, 0, 13)], variants: [] },
      {
        text: '社会消费品零售总额增长',
        uses: [use(0, 2, 11), use(1, 0, 11), use(2, 4, 9)],
        variants: [{ text: '社会消费品零售总额', uses: [use(0, 2, 9), use(1, 0, 9), use(2, 4, 9)] }],
      },
    ]);
  });

  it('mergeVariants() leaves phrases that only overlap apart', () => {
    const { families, merged } = mergeVariants([
      { text: '国家自主创新示范区', uses: [use(0, 0, 9), use(1, 0, 9)] },
      { text: '创新示范区建设工程', uses: [use(2, 0, 9), use(3, 0, 9)] },
    ]);
    expect([merged, families.map((f) => f.text)]).toEqual([0, ['创新示范区建设工程', '国家自主创新示范区']]);
  });
});

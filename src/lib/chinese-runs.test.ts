import { describe, expect, it } from 'vitest';
import { chineseRuns } from './chinese-runs.ts';

describe('chineseRuns', () => {
  it('puts each run of Chinese, with the punctuation and quotes inside it, at an odd index', () => {
    expect(chineseRuns('formulas such as 习近平新时代中国特色社会主义思想, “稳中求进”')).toEqual([
      'formulas such as ',
      '习近平新时代中国特色社会主义思想',
      ', “',
      '稳中求进”',
      '',
    ]);
    expect(chineseRuns('no Chinese')).toEqual(['no Chinese']);
  });
});

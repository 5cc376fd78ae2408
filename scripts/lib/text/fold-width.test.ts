import { describe, expect, it } from 'vitest';
import { foldWidth } from './fold-width.ts';

describe('foldWidth(text)', () => {
  it('foldWidth(text) turns full-width punctuation, digits and letters half-width and keeps the length', () => {
    const text = '以习近平新时代中国特色社会主义思想为指导，增长１０％，ＡＩ；';
    expect(foldWidth(text)).toBe('以习近平新时代中国特色社会主义思想为指导,增长10%,AI;');
    expect(foldWidth(text)).toHaveLength(text.length);
  });

  it('foldWidth(text) leaves Chinese quotes and the enumeration comma alone: “”、。', () => {
    expect(foldWidth('“强链”、补链。')).toBe('“强链”、补链。');
  });
});

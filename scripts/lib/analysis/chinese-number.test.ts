import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from './chinese-number.ts';

describe('parseChineseNumber(text)', () => {
  it.each([
    ['十', 10],
    ['十二', 12],
    ['三十', 30],
    ['两', 2],
    ['一百二十', 120],
    ['一百零五', 105],
    ['五百', 500],
    ['三千', 3000],
    ['三万五千', 35000],
    ['一亿三千万', 130_000_000],
    ['千', 1000],
    ['百', 100],
    ['二〇二五', 2025],
    ['零', 0],
  ])('parseChineseNumber(%s) reads %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it('parseChineseNumber(text) gives null for text that is not a numeral', () => {
    expect(parseChineseNumber('三家')).toBeNull();
    expect(parseChineseNumber('')).toBeNull();
    expect(parseChineseNumber('12')).toBeNull();
  });
});

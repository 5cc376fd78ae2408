import { describe, expect, it } from 'vitest';
import { parseCharMap, serializeCharMap } from './char-map.ts';

describe('char maps', () => {
  it('serializeCharMap(map) writes pairs in code point order and parseCharMap(text) reads them back, astral characters included', () => {
    const map = new Map([
      ['萬', '万'],
      ['𠀋', '丈'],
      ['與', '与'],
    ]);
    const text = serializeCharMap(map);
    expect(text).toBe('與与萬万𠀋丈');
    expect(parseCharMap(text)).toEqual(map);
  });

  it('parseCharMap(text) refuses an odd number of characters', () => {
    expect(() => parseCharMap('萬万與')).toThrow(/pairs/);
  });
});

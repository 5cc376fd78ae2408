import { describe, expect, it } from 'vitest';
import { printable, quoteName, unsafeNameReason } from './file-names.ts';

describe('file names', () => {
  it('unsafeNameReason() refuses line breaks, controls and bidi overrides, and accepts Chinese names', () => {
    expect(unsafeNameReason('长沙经开区2020年工作要点.txt')).toBeNull();
    for (const name of ['a\nb.txt', 'a\rb.txt', 'a\u0000.txt', 'a\u2028.txt', 'exe\u202e.txt.txt', 'a\u001b[31m.txt'])
      expect(unsafeNameReason(name), JSON.stringify(name)).toMatch(/control character/u);
  });

  it('quoteName() prints a safe name as is and an unsafe one as an escaped JSON string on one line', () => {
    expect(quoteName('园区.txt')).toBe('园区.txt');
    expect(quoteName('evil\n---\nid: x.txt')).toBe('"evil\\n---\\nid: x.txt"');
    expect(quoteName('exe\u202etxt.txt')).toBe('"exe\\u202etxt.txt"');
  });

  it('printable() writes control characters in report text as escapes', () => {
    expect(printable('推进\u001b[2J项目')).toBe('推进\\u001b[2J项目');
  });
});

import { describe, expect, it } from 'vitest';
import { kwic } from './kwic.ts';

describe('kwic(text, offset, length, width)', () => {
  it('kwic() keeps at most `width` characters each side of the match', () => {
    expect(kwic('一二三四五强链延链补链六七八九十', 5, 6, 3)).toEqual({
      left: '三四五',
      match: '强链延链补链',
      right: '六七八',
    });
  });

  it('kwic() gives short or empty context at the edges of the sentence', () => {
    expect(kwic('强链延链补链。', 0, 6)).toEqual({ left: '', match: '强链延链补链', right: '。' });
  });

  it('kwic() counts characters, never cutting an emoji in half', () => {
    expect(kwic('👉👉联系老师', 2, 4, 1).left).toBe('👉');
  });
});

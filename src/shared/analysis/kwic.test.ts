import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../prng.ts';
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

  it('kwic() gives the context that splitting the text into code points would, lone surrogates included', () => {
    const pieces = ['一', 'a', '👉', '\ud83d', '\udc49', '。'];
    const random = mulberry32(20261207);
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: Math.floor(random() * 16) }, () => pieces[Math.floor(random() * 6)]).join('');
      const offset = Math.floor(random() * (text.length + 1));
      const length = Math.floor(random() * (text.length - offset + 1));
      const width = 1 + Math.floor(random() * 4);
      expect(kwic(text, offset, length, width)).toEqual({
        left: [...text.slice(0, offset)]
          .slice(-width || text.length)
          .join('')
          .slice(width === 0 ? text.length : 0),
        match: text.slice(offset, offset + length),
        right: [...text.slice(offset + length)].slice(0, width).join(''),
      });
    }
  });
});

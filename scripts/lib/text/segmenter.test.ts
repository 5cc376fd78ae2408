import { describe, expect, it } from 'vitest';
import { createSegmenter } from './segmenter.ts';

describe('createSegmenter(words)', () => {
  const segmenter = createSegmenter(['营商环境', '专精特新', '腾笼换鸟', '亩均效益', '招商局']);

  it('cut(text) keeps the added policy words whole', () => {
    expect(segmenter.cut('优化营商环境,培育专精特新企业,推进腾笼换鸟,提升亩均效益。')).toEqual(
      expect.arrayContaining(['营商环境', '专精特新', '腾笼换鸟', '亩均效益']),
    );
  });

  it('cut(text) keeps 招商局 whole, so 招商 is not a word inside it', () => {
    expect(segmenter.cut('招商局集团来访')).toContain('招商局');
  });

  it('cutMany(texts) gives exactly what cut gives for each text', () => {
    const texts = ['强链延链补链。', '“三高四新”战略;', 'MLCC项目 2020年', '招商局集团来访', ''];
    expect(segmenter.cutMany(texts)).toEqual(texts.map((t) => segmenter.cut(t)));
  });
});

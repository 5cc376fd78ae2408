import { describe, expect, it } from 'vitest';
import { isCountedWord } from './stopwords.ts';

describe('isCountedWord(word)', () => {
  it.each(['工程机械', '招商引资', '湘江', 'MLCC', '5G'])('isCountedWord(%s) is true', (word) => {
    expect(isCountedWord(word)).toBe(true);
  });

  it.each([
    '加强',
    '推进',
    '落实',
    '全面',
    '进一步',
    '积极',
    '坚持',
    '推动',
    '持续',
    '深入',
    '重点',
    '工作',
    '发展',
    '建设',
  ])('isCountedWord(%s) is false: policy boilerplate', (word) => expect(isCountedWord(word)).toBe(false));

  it.each(['，', '“', '206', '3.5', '二十', '100%', '四个', '三大', '第一', '园', 'x', 'XX', ' '])(
    'isCountedWord(%s) is false: punctuation, numbers, counts, ordinals, single characters, placeholders',
    (word) => {
      expect(isCountedWord(word)).toBe(false);
    },
  );
});

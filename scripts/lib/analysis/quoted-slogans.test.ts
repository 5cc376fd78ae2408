import { describe, expect, it } from 'vitest';
import { quotedSlogans } from './quoted-slogans.ts';

describe('quotedSlogans(text)', () => {
  it('quotedSlogans(text) finds each slogan inside “…” with the offset of its first character', () => {
    expect(quotedSlogans('坚守“三高四新”先行区,东接东融“桥头堡”。')).toEqual([
      { phrase: '三高四新', offset: 3, length: 4 },
      { phrase: '桥头堡', offset: 17, length: 3 },
    ]);
  });

  it('quotedSlogans(text) keeps 2 to 12 characters and skips a single character or a quoted clause', () => {
    expect(quotedSlogans('坚守“高”“新”定位').map((s) => s.phrase)).toEqual([]);
    expect(quotedSlogans('构建“招商专班+合作成立产业投资基金+异地孵化”的模式').map((s) => s.phrase)).toEqual([]);
    expect(quotedSlogans('打造“全国研发,x高新区转化落地”的合作模式').map((s) => s.phrase)).toEqual([]);
  });

  it('quotedSlogans(text) folds full-width characters, so “４×４” and “4×4” are one slogan', () => {
    expect(quotedSlogans('省“４×４”现代化产业布局')[0]!.phrase).toBe('4×4');
  });
});

import { describe, expect, it } from 'vitest';
import { TARGET_CONTEXT_CHARS, targetSentence } from './target-sentence.ts';

describe('targetSentence(sentence, offset, length)', () => {
  it('targetSentence() gives a sentence of the usual length whole', () => {
    const sentence = '力争全年新增高新技术企业120家以上。';
    expect(targetSentence(sentence, sentence.indexOf('120家以上'), 6)).toBe(sentence);
  });

  it('targetSentence() cuts a long line around the figure and marks each cut with …', () => {
    const before = '推'.repeat(300);
    const after = '进'.repeat(300);
    const shown = targetSentence(`${before}新增企业120家${after}`, 304, 4);
    expect(shown).toBe(`…${'推'.repeat(TARGET_CONTEXT_CHARS - 4)}新增企业120家${'进'.repeat(TARGET_CONTEXT_CHARS)}…`);
    expect(targetSentence(`新增企业120家${after}`, 4, 4)).toBe(`新增企业120家${'进'.repeat(TARGET_CONTEXT_CHARS)}…`);
  });
});

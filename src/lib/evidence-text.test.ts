import { describe, expect, it } from 'vitest';
import { evidenceWords } from '../i18n/ui.ts';
import { englishText, hitNote, lineEnd, scoreText } from './evidence-text.ts';

const zh = evidenceWords('zh');
const en = evidenceWords('en');

describe('evidence box words', () => {
  it('writes a score line and matched-word notes in Chinese', () => {
    expect(scoreText(zh, '0.44', '0.2')).toBe('概率 0.44（阈值 0.2）：');
    expect(hitNote(zh, { rule: 'term', where: 'heading' }, '0.96')).toBe('（编码表词 +0.96，所在标题）');
    expect(hitNote(zh, { rule: 'pattern', where: 'sentence' }, '2.76')).toBe('（规则 +2.76）');
    expect(hitNote(zh, { rule: 'word', where: 'sentence' }, '0.2')).toBe('（+0.2）');
    expect([lineEnd('list'), lineEnd('next'), lineEnd('end')]).toEqual(['、', '；', '。']);
  });

  it('reads every text node the Chinese box writes in English', () => {
    expect(englishText(' ' + scoreText(zh, '0.44', '0.2'), zh, en)).toBe(' probability 0.44 (threshold 0.2): ');
    expect(englishText(hitNote(zh, { rule: 'term', where: 'heading' }, '0.96') + '、', zh, en)).toBe(
      ' (codebook term +0.96, in heading), ',
    );
    expect(englishText(hitNote(zh, { rule: 'pattern', where: 'sentence' }, '2.76') + '；', zh, en)).toBe(
      ' (rule +2.76); ',
    );
    expect(englishText(hitNote(zh, { rule: 'word', where: 'sentence' }, '0.2') + '。', zh, en)).toBe(' (+0.2).');
    // A theme line without evidence: its name, then the end.
    expect(englishText(' 。', zh, en)).toBe(' .');
  });

  it('leaves text it does not recognise as it was', () => {
    for (const text of ['（编码表词 3.31）', '园区（规则 +1）外', '概率 x（阈值 0.2）：'])
      expect(englishText(text, zh, en)).toBe(text);
  });
});

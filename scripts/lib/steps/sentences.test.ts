import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_PAIR_SPAN, PAIRS } from '../text/punctuation.ts';
import { splitSentences } from './sentences.ts';

const SEEDS = new URL('../../../seeds/', import.meta.url);

/** Whether `pieces`, in order and with only whitespace between them, make up `line`. */
function rebuilds(line: string, pieces: readonly string[]): boolean {
  let cursor = 0;
  for (const piece of pieces) {
    const at = line.indexOf(piece, cursor);
    if (at === -1 || line.slice(cursor, at).trim() !== '') return false;
    cursor = at + piece.length;
  }
  return line.slice(cursor).trim() === '';
}

describe('splitSentences', () => {
  it('splitSentences(line) ends sentences at 。！？； and keeps the terminator', () => {
    expect(splitSentences('优化产业布局。要干！怎么干？一是建生态；二是强招商。')).toEqual([
      '优化产业布局。',
      '要干！',
      '怎么干？',
      '一是建生态；',
      '二是强招商。',
    ]);
  });

  it('splitSentences(line) ends sentences at ASCII ! ? ;', () => {
    expect(splitSentences('走在最前列!快收下攻略?加快规划设计;以项目为引领。')).toEqual([
      '走在最前列!',
      '快收下攻略?',
      '加快规划设计;',
      '以项目为引领。',
    ]);
  });

  it('splitSentences(line) keeps 。 inside “…”', () => {
    expect(splitSentences('会议提出“要实干。不空谈”的要求。下一步。')).toEqual([
      '会议提出“要实干。不空谈”的要求。',
      '下一步。',
    ]);
  });

  it('splitSentences(line) keeps terminators inside every kind of quote and bracket', () => {
    for (const [open, close] of PAIRS) {
      const line = `甲${open}乙。丙！丁;戊${close}己。`;
      expect(splitSentences(line)).toEqual([line]);
    }
  });

  it('splitSentences(line) ends a sentence after the closer when a terminator is just inside it', () => {
    expect(splitSentences('书记指出:“要实干。”会议结束。')).toEqual(['书记指出:“要实干。”', '会议结束。']);
    expect(splitSentences('（见附件。）下一句。')).toEqual(['（见附件。）', '下一句。']);
  });

  it('splitSentences(line) keeps repeated terminators like ！！ and ?! with the sentence', () => {
    expect(splitSentences('这是大事！！真的吗?!再下一句。。')).toEqual(['这是大事！！', '真的吗?!', '再下一句。。']);
  });

  it('splitSentences(line) keeps a closer after the terminator when its opener is too far back', () => {
    const quoted = `“${'甲'.repeat(MAX_PAIR_SPAN + 50)}。”`;
    expect(splitSentences(`${quoted}下一句。`)).toEqual([quoted, '下一句。']);
  });

  it('splitSentences(line) does not end a sentence at a decimal point or a list number', () => {
    expect(splitSentences('1.创新招商方式。投资3.5亿元。一.加强党建。')).toEqual([
      '1.创新招商方式。',
      '投资3.5亿元。',
      '一.加强党建。',
    ]);
  });

  it('splitSentences(line) ends a sentence at a dot after Han text or a closer', () => {
    expect(splitSentences('完成全年目标.打造“强链群”.下一步')).toEqual(['完成全年目标.', '打造“强链群”.', '下一步']);
  });

  it('splitSentences(line) does not end a sentence at ! ? ; inside an ASCII token', () => {
    expect(splitSentences('登录index.php?id=1查看。')).toEqual(['登录index.php?id=1查看。']);
  });

  it('splitSentences(line) keeps a trailing fragment without a terminator as a sentence', () => {
    expect(splitSentences('湖南湘江新区梅溪湖片区。湘江新区供图')).toEqual([
      '湖南湘江新区梅溪湖片区。',
      '湘江新区供图',
    ]);
  });

  it('splitSentences(line) trims every piece and returns no empty ones', () => {
    expect(splitSentences('  x高新区发展。 \u3000 一、持之以恒“强链群”。  ')).toEqual([
      'x高新区发展。',
      '一、持之以恒“强链群”。',
    ]);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \t\u3000')).toEqual([]);
  });

  it('splitSentences(line) reads an opener not closed within MAX_PAIR_SPAN as a stray mark', () => {
    const line = `他说“要实干。${'推进项目建设。'.repeat(100)}”`;
    const pieces = splitSentences(line);
    expect(pieces).toHaveLength(101);
    expect(pieces[0]).toBe('他说“要实干。');
    expect(pieces.at(-1)).toBe('推进项目建设。”');
  });

  it('splitSentences(line) splits a 3 MB line with unbalanced quotes in linear time', () => {
    // Every opener is left open, so each must count as a stray mark (one piece per unit) without
    // the closer search rereading the line for every opener.
    const unit = '“推进项目建设（一期。';
    const line = unit.repeat(Math.ceil((3 * 1024 * 1024) / unit.length));
    const started = performance.now();
    const pieces = splitSentences(line);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(pieces).toHaveLength(line.length / unit.length);
    expect(pieces.join('')).toBe(line);
  });

  it('splitSentences(line) gives back every seed line, with the whitespace between pieces', () => {
    for (const name of readdirSync(SEEDS).filter((entry) => entry.endsWith('.txt'))) {
      for (const line of readFileSync(new URL(name, SEEDS), 'utf8').split('\n')) {
        const pieces = splitSentences(line);
        expect(rebuilds(line, pieces), `${name}: ${line.slice(0, 40)}`).toBe(true);
        expect(pieces.every((piece) => piece !== '' && piece === piece.trim())).toBe(true);
      }
    }
  });
});

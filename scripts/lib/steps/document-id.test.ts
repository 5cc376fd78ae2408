import { describe, expect, it } from 'vitest';
import { documentId, MAX_ID_LENGTH } from './document-id.ts';

describe('documentId(file)', () => {
  it('documentId() keeps an ASCII name as the slug it always was', () => {
    expect(documentId('000_94a5f7ca8d79472c.txt')).toBe('000-94a5f7ca8d79472c');
    expect(documentId('My Park Plan (2023).txt')).toBe('my-park-plan-2023');
    expect(documentId('__.txt')).toBe('doc');
  });

  it('documentId() writes Chinese names in pinyin, so two Chinese names are two ids', () => {
    expect(documentId('甲高新区工作计划.txt')).toBe('jia-gao-xin-qu-gong-zuo-ji-hua');
    expect(documentId('乙经开区工作要点.txt')).toBe('yi-jing-kai-qu-gong-zuo-yao-dian');
    expect(documentId('2023年工作报告.txt')).toBe('2023-nian-gong-zuo-bao-gao');
    expect(documentId('2023年工作报告(1).txt')).toBe('2023-nian-gong-zuo-bao-gao-1');
    // ü is v, as in pinyin input, and a full-width digit is a digit.
    expect(documentId('绿色发展２０２５.txt')).toBe('lv-se-fa-zhan-2025');
  });

  it('documentId() reads accented Latin letters without their accents', () => {
    expect(documentId('Überblick_Zürich.txt')).toBe('uberblick-zurich');
  });

  it('documentId() cuts a long name at a word and keeps long names that share a start apart', () => {
    const long = '关于印发某某国家级高新技术产业开发区二〇二三年度重点工作任务分解方案及责任清单的通知';
    const a = documentId(`${long}一.txt`);
    const b = documentId(`${long}二.txt`);
    expect(a.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(a).toMatch(/^guan-yu-yin-fa-[a-z0-9-]+-[0-9a-f]{8}$/u);
    expect(a).not.toBe(b);
    expect(documentId(`${long}一.txt`)).toBe(a);
  });
});

import { describe, expect, it } from 'vitest';
import { withoutGlosses } from './gloss.ts';

describe('withoutGlosses(text)', () => {
  it('withoutGlosses() drops tone-marked and tone-numbered pinyin after a CJK character, and nothing else', () => {
    expect(withoutGlosses('鎮(zhèn)江高新區(qū)召開大會')).toBe('鎮江高新區召開大會');
    expect(withoutGlosses('产(chan3)业发展')).toBe('产业发展');
    expect(withoutGlosses('全体(扩大)会议,GDP(亿元) 与 A(b)')).toBe('全体(扩大)会议,GDP(亿元) 与 A(b)');
  });
});

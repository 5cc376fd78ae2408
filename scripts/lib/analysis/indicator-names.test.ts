import { describe, expect, it } from 'vitest';
import { isIndicatorPhrase } from './indicator-names.ts';

describe('isIndicatorPhrase(phrase)', () => {
  it.each([
    '居民人均可支配收入',
    '地方一般公共预算收入',
    '规模以上工业增加值',
    '社会消费品零售总额',
    '一般公共预算收入增长',
    '直管区地区生产总值',
    '完成固定资产投资',
    '增长20%以上,社会消费品零售总额增长10%以上',
    '园区技术合同收入增长',
  ])('isIndicatorPhrase(%s) is true: an indicator, by name or by …收入/…增加值/…总额 before a figure', (phrase) =>
    expect(isIndicatorPhrase(phrase)).toBe(true),
  );

  it.each(['新增规模以上工业企业', '招商引资、项目建设', '国家自主创新示范区', '积极扩大有效投资规模'])(
    'isIndicatorPhrase(%s) is false',
    (phrase) => {
      expect(isIndicatorPhrase(phrase)).toBe(false);
    },
  );
});

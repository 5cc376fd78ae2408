import type { TargetKind } from '../../../src/schemas/analysis.ts';

export interface UnitRule {
  kind: TargetKind;
  /** Multiplier to the kind's reporting unit (亿元, 平方公里); null when there is no conversion (美元). */
  toBase: number | null;
}

/** Units a number may carry in a plan, with the kind of target they make. */
export const UNITS: ReadonlyMap<string, UnitRule> = new Map<string, UnitRule>([
  ['元', { kind: 'money', toBase: 1e-8 }],
  ['美元', { kind: 'money', toBase: null }],
  ['平方公里', { kind: 'area', toBase: 1 }],
  ['平方千米', { kind: 'area', toBase: 1 }],
  ['平方米', { kind: 'area', toBase: 1e-6 }],
  ['公顷', { kind: 'area', toBase: 0.01 }],
  ['亩', { kind: 'area', toBase: 1 / 1500 }],
  ['%', { kind: 'percent', toBase: 1 }],
  ['％', { kind: 'percent', toBase: 1 }],
  ['个百分点', { kind: 'percent', toBase: 1 }],
  ...[
    '家',
    '个',
    '项',
    '名',
    '人',
    '所',
    '座',
    '条',
    '台',
    '套',
    '户',
    '次',
    '件',
    '位',
    '支',
    '批',
    '种',
    '类',
    '款',
    '栋',
    '幢',
    '处',
    '辆',
    // Measure words of goods, doses and cases: without them 50亿剂 and 20万只 were read as money,
    // since a bare 万 or 亿 (总投资50亿) is.
    '剂',
    '剂次',
    '人次',
    '例',
    '只',
    '头',
    '株',
    '棵',
    '册',
    '张',
    '份',
    '粒',
    '盒',
    '箱',
    '瓶',
    '枚',
    '颗',
    '标箱',
  ].map((u) => [u, { kind: 'count', toBase: 1 }] as const),
  ...['年', '个月', '天', '小时', '吨', '千瓦', '千瓦时', '兆瓦', '公里', '千米', '米', '立方米', '倍'].map(
    (u) => [u, { kind: 'other', toBase: 1 }] as const,
  ),
]);

/** Scale characters written between a number and its unit: 3.5亿元, 5000万元, 10万人. */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['千万', 1e7],
  ['百万', 1e6],
  ['万', 1e4],
  ['亿', 1e8],
]);

/**
 * Measure words that, after a Chinese numeral below ten, enumerate rather than count:
 * 五个方面, 两个维护, 一条心, 三年行动, 二次创业, 三张清单 are lists and slogans, not quantities.
 * Arabic numbers are kept whatever follows (4个老旧工业小区, 30个以上).
 */
export const ENUMERATING_MEASURES: ReadonlySet<string> = new Set([
  '个',
  '项',
  '条',
  '支',
  '批',
  '种',
  '类',
  '次',
  '位',
  '件',
  '年',
  '处',
  '款',
  '张',
  '份',
]);

/** Words that make a number a floor, an estimate or a ceiling. */
export const BOUNDS: ReadonlyMap<string, 'at-least' | 'about' | 'at-most'> = new Map([
  ['超过', 'at-least'],
  ['突破', 'at-least'],
  ['逾', 'at-least'],
  ['至少', 'at-least'],
  ['不少于', 'at-least'],
  ['不低于', 'at-least'],
  ['以上', 'at-least'],
  ['余', 'at-least'],
  ['多', 'at-least'],
  ['约', 'about'],
  ['近', 'about'],
  ['左右', 'about'],
  ['不超过', 'at-most'],
  ['不到', 'at-most'],
  ['以内', 'at-most'],
  ['以下', 'at-most'],
]);

/**
 * The years of the Nth five-year plan: the 3rd began in 1966 and each since has run five years,
 * so 十四五 is 2021–2025 and 十五五 2026–2030.
 */
export function fiveYearPlanYears(n: number): { start: number; end: number } {
  const start = 1966 + 5 * (n - 3);
  return { start, end: start + 4 };
}

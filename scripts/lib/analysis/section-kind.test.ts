import { describe, expect, it } from 'vitest';
import { headingKind, sectionContexts } from './section-kind.ts';

describe('headingKind(title)', () => {
  it('headingKind() reads reviews and plans by their headings’ words', () => {
    for (const title of [
      '一、2023年工作回顾',
      '2021年工作总结',
      '主要经济指标完成情况',
      '2024年国民经济和社会发展计划执行情况',
      '重点工作推进情况',
      '过去五年的主要成绩',
    ])
      expect(headingKind(title), title).toBe('review');
    for (const title of [
      '二、2024年工作安排',
      '2025年计划草案',
      '主要目标',
      '（三）下一步工作打算',
      '重点任务',
      '2022年工作要点',
    ])
      expect(headingKind(title), title).toBe('plan');
  });

  it('headingKind() leaves undecided a heading with neither kind’s words or with both', () => {
    for (const title of [
      '全力做大经济总量',
      '紧盯重大项目招商',
      '2021年工作',
      '2021年度工作总结和2022年度工作要点',
      '2021年经济社会发展情况及2022年重点工作',
    ])
      expect(headingKind(title), title).toBeNull();
  });
});

describe('sectionContexts(outline)', () => {
  const section = (id: string, title: string, level = id.split('-').length - 1) => ({
    id,
    level,
    label: '',
    title,
    sentence: 's0001',
  });

  it('sectionContexts() gives each section its innermost heading with a kind, and none above every heading with one', () => {
    const contexts = sectionContexts([
      section('sec-1', '一、2023年工作回顾'),
      section('sec-1-1', '（一）全力做大经济总量'),
      section('sec-1-2', '（二）下一步打算'),
      section('sec-2', '二、全力做大经济总量'),
      section('sec-2-1', '（一）主要目标'),
    ]);
    expect(Object.fromEntries([...contexts].map(([id, c]) => [id, `${c.kind} ${c.heading}`]))).toEqual({
      'sec-1': 'review 一、2023年工作回顾',
      'sec-1-1': 'review 一、2023年工作回顾',
      'sec-1-2': 'plan （二）下一步打算',
      'sec-2-1': 'plan （一）主要目标',
    });
  });
});

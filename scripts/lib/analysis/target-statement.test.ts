import { describe, expect, it } from 'vitest';
import { statementsIn } from './target-statement.ts';

const at = (sentence: string, number: string) =>
  statementsIn(sentence)(sentence.indexOf(number), sentence.indexOf(number) + number.length);

describe('statementsIn(sentence)(start, end)', () => {
  it('statementsIn() reads a modal cue anywhere before the number as a target, even past 实现 and 增长', () => {
    expect(at('力争实现地区生产总值增长8%左右。', '8%')).toEqual({ statement: 'target', cue: '力争' });
    expect(at('确保规模工业增加值增长10%。', '10%')).toEqual({ statement: 'target', cue: '确保' });
    expect(at('全年计划完成固定资产投资100亿元。', '100亿元')).toEqual({ statement: 'target', cue: '计划' });
    expect(at('预计全年新增市场主体5000户。', '5000户')).toEqual({ statement: 'target', cue: '预计' });
  });

  it('statementsIn() reads a deadline ahead as a target: 到2025年, 2025年底前, 到“十四五”末', () => {
    expect(at('到2025年,高新技术企业达到300家。', '300家').statement).toBe('target');
    expect(at('到2025年,高新技术企业达到300家。', '300家').cue).toBe('到2025年');
    expect(at('到“十四五”末,营业收入突破千亿元。', '千亿元')).toEqual({ statement: 'target', cue: '到“十四五”' });
    expect(at('到2025年,营业收入突破千亿元。', '到2025年')).toEqual({ statement: 'target', cue: '到2025年' });
  });

  it('statementsIn() reads past-period cues as results: 完成, 同比增长, 累计, 比上年', () => {
    expect(at('一般公共预算收入完成213.2亿元,同比增长2.4%。', '213.2亿元')).toEqual({
      statement: 'result',
      cue: '完成',
    });
    expect(at('一般公共预算收入完成213.2亿元,同比增长2.4%。', '2.4%')).toEqual({
      statement: 'result',
      cue: '同比增长',
    });
    expect(at('累计引进项目120个。', '120个')).toEqual({ statement: 'result', cue: '累计' });
    expect(at('城镇新增就业人数4.69万人,完成年度目标的158.9%。', '158.9%')).toEqual({
      statement: 'result',
      cue: '目标的',
    });
    expect(at('税收收入5570.5万元,完成全年目标任务的135.67%。', '135.67%')).toEqual({
      statement: 'result',
      cue: '目标任务的',
    });
  });

  it('statementsIn() reads a bare target noun or 新增 nearest the number as a target', () => {
    expect(at('年度目标为引进企业50家。', '50家')).toEqual({ statement: 'target', cue: '目标' });
  });

  it('statementsIn() carries a result into the next clause when that clause has no cue of its own', () => {
    expect(at('全年完成固定资产投资120亿元，其中工业投资3.5亿元。', '3.5亿元')).toEqual({
      statement: 'result',
      cue: '完成',
    });
  });

  it('statementsIn() says unknown when the sentence gives no cue', () => {
    expect(at('园区规划面积143平方公里。', '143平方公里')).toEqual({ statement: 'unknown', cue: null });
  });
});

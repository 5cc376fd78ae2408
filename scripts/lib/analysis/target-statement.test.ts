import { describe, expect, it } from 'vitest';
import type { TargetStatement } from '../../../src/schemas/analysis.ts';
import type { SectionContext } from './section-kind.ts';
import { statementsIn } from './target-statement.ts';

/** What the sentence itself says of a figure, and the cue that said it. */
const said = (statement: TargetStatement, cue: string) => ({ statement, cue, cueIn: 'sentence' });
/** Neither the sentence nor a section says. */
const UNSAID = { statement: 'unknown', cue: null, cueIn: null };
const at = (sentence: string, number: string, section: SectionContext | null = null) =>
  statementsIn(sentence, section)(sentence.indexOf(number), sentence.indexOf(number) + number.length);

describe('statementsIn(sentence)(start, end)', () => {
  it('statementsIn() reads a modal cue anywhere before the number as a target, even past 实现 and 增长', () => {
    expect(at('力争实现地区生产总值增长8%左右。', '8%')).toEqual(said('target', '力争'));
    expect(at('确保规模工业增加值增长10%。', '10%')).toEqual(said('target', '确保'));
    expect(at('全年计划完成固定资产投资100亿元。', '100亿元')).toEqual(said('target', '计划'));
  });

  it('statementsIn() reads a deadline ahead as a target: 到2025年, 2025年底前, 到“十四五”末', () => {
    expect(at('到2025年,高新技术企业达到300家。', '300家').statement).toBe('target');
    expect(at('到2025年,高新技术企业达到300家。', '300家').cue).toBe('到2025年');
    expect(at('到“十四五”末,营业收入突破千亿元。', '千亿元')).toEqual(said('target', '到“十四五”'));
    expect(at('到2025年,营业收入突破千亿元。', '到2025年')).toEqual(said('target', '到2025年'));
  });

  it('statementsIn() reads past-period cues as results: 完成, 同比增长, 累计, 比上年', () => {
    expect(at('一般公共预算收入完成213.2亿元,同比增长2.4%。', '213.2亿元')).toEqual(said('result', '完成'));
    expect(at('一般公共预算收入完成213.2亿元,同比增长2.4%。', '2.4%')).toEqual(said('result', '同比增长'));
    expect(at('累计引进项目120个。', '120个')).toEqual(said('result', '累计'));
    expect(at('截至2023年底,在库企业达到1892家。', '1892家')).toMatchObject({ statement: 'target', cue: '达到' });
    expect(at('截至9月底,在库企业1892家。', '1892家')).toEqual(said('result', '截至'));
    expect(at('全区现有企业206家,高新技术企业139家以上。', '139家以上')).toEqual(said('result', '现有'));
    // An estimate of the year just ending: 预计 reports, 预期 sets a target.
    expect(at('地区生产总值预计增长8%。', '8%')).toEqual(said('result', '预计'));
    expect(at('地区生产总值预期增长8%。', '8%')).toEqual(said('target', '预期'));
    expect(at('城镇新增就业人数4.69万人,完成年度目标的158.9%。', '158.9%')).toEqual(said('result', '目标的'));
    expect(at('税收收入5570.5万元,完成全年目标任务的135.67%。', '135.67%')).toEqual(said('result', '目标任务的'));
  });

  it('statementsIn() reads a bare target noun nearest the number as a target, and 新增 as neither', () => {
    expect(at('年度目标为引进企业50家。', '50家')).toEqual(said('target', '目标'));
    expect(at('新增企业21家。', '21家')).toEqual(UNSAID);
  });

  it('statementsIn() reads a floor or an approximation ending a figure as a target, unless the sentence says it is done', () => {
    expect(at('完成固定资产投资120亿元以上;', '120亿元以上')).toEqual(said('target', '以上'));
    expect(at('●地区生产总值增长6.5%左右', '6.5%左右')).toEqual(said('target', '左右'));
    expect(at('实施亿元以上项目90个。', '亿元以上')).toEqual(UNSAID);
    expect(at('累计引进企业50家以上。', '50家以上')).toEqual(said('result', '累计'));
  });

  it('statementsIn() carries a result into the next clause when that clause has no cue of its own', () => {
    expect(at('全年完成固定资产投资120亿元，其中工业投资3.5亿元。', '3.5亿元')).toEqual(said('result', '完成'));
  });

  it('statementsIn() says unknown when the sentence gives no cue', () => {
    expect(at('园区规划面积143平方公里。', '143平方公里')).toEqual(UNSAID);
  });

  it('statementsIn() reads a figure as done when a past comparison follows it, a verb before it is perfective, or an earlier year precedes it', () => {
    expect(at('营业收入3.65亿元,同比增长227%。', '3.65亿元')).toEqual(said('result', '同比增长'));
    expect(at('引进了投资50亿元的项目。', '50亿元')).toEqual(said('result', '进了'));
    expect(at('为了发展,投资50亿元。', '50亿元')).toEqual(UNSAID);
    expect(statementsIn('2024年全区GDP增长2.2%。', null, 2025)(14, 18)).toEqual(said('result', '2024年'));
    expect(statementsIn('2025年全区GDP增长5%。', null, 2025)(14, 16)).toEqual(UNSAID);
    expect(at('这一年,我们实施项目90个。', '90个')).toEqual(said('result', '这一年'));
    expect(at('五年来,累计引进企业200家。', '200家')).toEqual(said('result', '累计'));
  });

  it('statementsIn() lets what the figure’s own clause reports outweigh a modal of an earlier clause, not of its own', () => {
    expect(at('稳就业、稳预期,地区生产总值同比增长5.6%。', '5.6%')).toEqual(said('result', '同比增长'));
    expect(at('力争地区生产总值同比增长8%。', '8%')).toEqual(said('target', '力争'));
    expect(at('到2025年,累计引进企业200家。', '200家')).toEqual(said('target', '到2025年'));
    expect(at('28家贸易企业即将入驻,即将开工项目12个。', '12个')).toEqual(said('target', '即将'));
  });

  it('statementsIn() reads a review section’s figures as results, unless a deadline or a pledge in their own clause sets them', () => {
    const review: SectionContext = { kind: 'review', heading: '一、2023年工作回顾' };
    const fromHeading = { statement: 'result', cue: '一、2023年工作回顾', cueIn: 'heading' };
    const sentence = '以最大努力争取最好结果,经济增速逐季回升,一季度增长2.5%,总量达到2715亿元。';
    expect(at(sentence, '2.5%')).toMatchObject({ statement: 'target', cue: '争取' });
    expect(at(sentence, '2.5%', review)).toEqual(fromHeading);
    expect(at(sentence, '2715亿元', review)).toEqual(fromHeading);
    expect(at('新增项目41个。', '41个', review)).toEqual(fromHeading);
    expect(at('累计引进项目120个。', '120个', review)).toEqual(said('result', '累计'));
    expect(at('明年力争增长8%。', '8%', review)).toEqual(said('target', '力争'));
    expect(at('到2025年建成30个。', '30个', review)).toEqual(said('target', '到2025年'));
  });

  it('statementsIn() reads a plan section’s figures as targets, unless they are said to be done already', () => {
    const plan: SectionContext = { kind: 'plan', heading: '二、2024年工作安排' };
    const fromHeading = { statement: 'target', cue: '二、2024年工作安排', cueIn: 'heading' };
    expect(at('全年完成固定资产投资100亿元。', '100亿元', plan)).toEqual(fromHeading);
    expect(at('园区规划面积143平方公里。', '143平方公里', plan)).toEqual(fromHeading);
    expect(at('新增企业50家。', '50家', plan)).toEqual(fromHeading);
    expect(at('年度目标为引进企业50家。', '50家', plan)).toEqual(said('target', '目标'));
    expect(at('已签约项目12个。', '12个', plan)).toEqual(said('result', '已'));
    expect(at('去年地区生产总值同比增长6%,今年再上台阶。', '6%', plan)).toMatchObject({ statement: 'result' });
  });
});

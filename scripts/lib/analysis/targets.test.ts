import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Target } from '../../../src/schemas/analysis.ts';
import { seedCorpus } from '../../../tests/support/seed-corpus.ts';
import { extractTargets, findTargets } from './targets.ts';

const FIXTURE = new URL('../../../tests/fixtures/targets/', import.meta.url);
const { segmenter, segmented, records, idOf } = seedCorpus();
const find = (text: string, year: number | null = 2024) => findTargets(text, segmenter.cut(text), year);

describe('findTargets(text, words, docYear)', () => {
  it('findTargets() reads tests/fixtures/targets/input.txt as expected.json says (document year 2024)', () => {
    const lines = readFileSync(new URL('input.txt', FIXTURE), 'utf8')
      .split('\n')
      .filter((l) => l !== '');
    const expected = JSON.parse(readFileSync(new URL('expected.json', FIXTURE), 'utf8')) as unknown;
    expect(lines.map((sentence) => ({ sentence, targets: find(sentence) }))).toEqual(expected);
  });

  it('findTargets() reads Chinese numerals: 三十, 两, 一百二十, 十', () => {
    expect(find('引进项目三十个，新增企业两家，博士一百二十名，进入全国前十名。').map((t) => t.value)).toEqual([
      30, 2, 120, 10,
    ]);
  });

  it('findTargets() dates 年底 by the document’s year, and leaves it null when the document has none', () => {
    expect(find('力争年底投产。', 2023)[0]).toMatchObject({ kind: 'deadline', value: 2023, thing: '投产' });
    expect(find('力争年底投产。', null)[0]).toMatchObject({ kind: 'deadline', value: null });
  });

  it('findTargets() leaves out enumerations, the article 一, slogan ordinals and bare dates', () => {
    expect(find('做好五个方面工作，做到两个维护，建立一套体系，打造第一方阵，推动二次创业，用好三张清单。')).toEqual(
      [],
    );
    expect(find('2020年3月4日召开会议，2021年新区将突出重点。')).toEqual([]);
    expect(find('实现“两个一百年”奋斗目标，保持全市第一方阵，进入全国第一梯队。')).toEqual([]);
    expect(find('位居全省第一，建成两个1000亩园区。').map((t) => [t.text, t.kind])).toEqual([
      ['全省第一', 'rank'],
      ['1000亩', 'area'],
    ]);
  });

  it('findTargets() leaves out session ordinals, lists of aspects, 强大 and years written in Chinese digits', () => {
    expect(
      find('传达市委十届二十二次全会精神，从十二个方面部署，在6个方面实现突破，将这一强大思想武器转化为力量。'),
    ).toEqual([]);
    expect(find('制定二〇三五年远景目标。')).toEqual([]);
    expect(find('到二〇三五年基本建成。')[0]).toMatchObject({ kind: 'deadline', value: 2035, text: '到二〇三五年' });
    expect(find('召开3次会议，进入全国经开区二十强。').map((t) => [t.text, t.kind])).toEqual([
      ['3次', 'count'],
      ['二十强', 'rank'],
    ]);
  });

  it('findTargets() leaves out idioms, streaks and size classes: 百年未有之大变局, 连续19年, 千吨级', () => {
    expect(find('面对百年未有之大变局，园区连续19年保持增长，建设千吨级码头。')).toEqual([]);
  });

  it('findTargets() leaves out thresholds that name a kind of project and slogans’ round numbers in quotes', () => {
    expect(
      find('完成5000万元以上口径固定资产投资，新增入库5000万元及以上项目，产值过10亿元企业突破10家。').map(
        (t) => t.text,
      ),
    ).toEqual(['突破10家']);
    // A rank in a slogan may be a target still (“全球第二”): only its sums are left out.
    expect(find('立足“千亿工业，百亿强区、十强晋位”，奋战“双百亿”。').map((t) => t.text)).toEqual(['十强']);
    expect(find('辅导30个以上参赛项目团队。').map((t) => t.text)).toEqual(['30个以上']);
    expect(find('向着“GDP超2000亿、进入全国经开区20强”的目标迈进，完成投资120亿元以上。').map((t) => t.text)).toEqual([
      '2000亿',
      '20强',
      '120亿元以上',
    ]);
  });

  it('findTargets() reports money in 亿元 whatever unit the text uses', () => {
    expect(find('投资3000万元，收入1.2亿元。').map((t) => t.normalized)).toEqual([0.3, 1.2]);
  });

  it('findTargets() reads 万 and 亿 before a measure word as a count, and alone as money', () => {
    const targets = find(
      '年产能达50亿剂，接种约100万剂次，检测能力14万例，日产20万只电池，总投资50亿，用水3万立方米。',
    );
    expect(targets.map((t) => [t.text, t.kind, t.normalized])).toEqual([
      ['50亿剂', 'count', 5e9],
      ['约100万剂次', 'count', 1e6],
      ['14万例', 'count', 1.4e5],
      ['20万只', 'count', 2e5],
      ['50亿', 'money', 50],
      ['3万立方米', 'other', 3e4],
    ]);
  });

  it('findTargets() names the indicator before 同比 or 分别, never the comparison, and the figure before’s when it goes on from it', () => {
    const text = '营业收入3.65亿元，同比增长227%，规上工业增加值同比增长13%，城乡居民收入分别增长6%、8%。';
    expect(find(text).map((t) => [t.text, t.thing])).toEqual([
      ['3.65亿元', '营业收入'],
      ['227%', '营业收入'],
      ['13%', '规上工业增加值'],
      ['6%', '城乡居民收入'],
      ['8%', null],
    ]);
    expect(find('完成税收收入61.05亿元，完成全年目标任务的135.67%，同比增长86.98%。').map((t) => t.thing)).toEqual([
      '税收收入',
      '税收收入',
      '税收收入',
    ]);
    expect(
      find('规上工业产值357.8亿元，工业投资85.4亿元、技改投资37.3亿元，分别增长100.4%、45.4%。').map((t) => t.thing),
    ).toEqual(['规上工业产值', '工业投资', '技改投资', null, null]);
    // Across a clause that names something else, nothing goes on.
    expect(find('营业收入3.65亿元，就业稳定，增长5%。').map((t) => t.thing)).toEqual(['营业收入', null]);
    // A deadline counts nothing: the figure after it does not take the deadline's clause.
    expect(find('到2025年，增长5%。').map((t) => [t.kind, t.thing])).toEqual([
      ['deadline', '增长5%'],
      ['percent', null],
    ]);
  });

  it('findTargets() names no period or modal word as the thing, nor a year’s 年, but keeps 年产能', () => {
    const things = (text: string) => find(text).map((t) => [t.text, t.thing]);
    expect(things('2023年园区生产总值预计增长4.5%。')).toEqual([['4.5%', '园区生产总值']]);
    expect(things('产业集群产值预计全年分别增长29.5%、24%。')).toEqual([
      ['29.5%', '产业集群产值'],
      ['24%', null],
    ]);
    expect(things('经济增速逐季回升，一季度增长2.5%，前三季度增长4%。')).toEqual([
      ['2.5%', null],
      ['4%', null],
    ]);
    expect(things('疫苗生产车间年产能达50亿剂。')).toEqual([['50亿剂', '疫苗生产车间年产能']]);
    expect(things('增速连续12个月位居全市第一。')).toEqual([['全市第一', null]]);
  });

  it('findTargets() names 亿元以上项目 whole, though the segmenter cuts it 以|上项目', () => {
    expect(find('新签约亿元以上项目70个，规模以上工业企业9户。').map((t) => t.thing)).toEqual([
      '新签约亿元以上项目',
      '规模以上工业企业',
    ]);
  });

  it('findTargets() keeps a rate per mu or per head in its own unit, unconverted', () => {
    expect(
      find('亩均税收达82.9万元/亩，人均收入5万元，亩均产值300万/亩。').map((t) => [t.unit, t.kind, t.normalized]),
    ).toEqual([
      ['万元/亩', 'money', null],
      ['万元', 'money', 0.0005],
      ['万/亩', 'money', null],
    ]);
  });

  it('findTargets() marks floors, estimates and ceilings as bounds', () => {
    expect(find('企业139家以上，投资约3亿元，能耗不超过5%，专家200余名。').map((t) => t.bound)).toEqual([
      'at-least',
      'about',
      'at-most',
      'at-least',
    ]);
  });
});

describe('findTargets(text, words, docYear) on a text without sentence breaks', () => {
  // A flattened table can make one "sentence" of thousands of figures, each read as in its own clause.
  it('findTargets() reads every figure of a long run as it reads the first: thing, bound, statement and cue', () => {
    const clause = '2023年营业收入增长10%，力争新增企业120家，';
    const one = find(clause);
    const many = find(clause.repeat(500));
    expect(one.map((t) => [t.text, t.thing, t.statement, t.cue])).toEqual([
      ['10%', '营业收入', 'result', '2023年'],
      ['120家', '新增企业', 'target', '力争'],
    ]);
    expect(many).toHaveLength(one.length * 500);
    // Each figure sits where its clause puts it.
    expect(many.map((x) => x.offset)).toEqual(
      many.map((_, k) => Math.floor(k / 2) * clause.length + one[k % 2]!.offset),
    );
    // The first clause's 10% is of a year before the document's; every later one has 力争 from the clause before.
    expect(many.slice(0, 2)).toEqual(one);
    const last = (k: number) => ({ ...many.at(k), offset: one[2 + k]!.offset });
    expect(last(-2)).toEqual({ ...one[0], statement: 'target', cue: '力争', cueIn: 'sentence' });
    expect(last(-1)).toEqual(one[1]);
  });
});

describe('extractTargets(passages, year, outline) on the seeds', () => {
  const targets = records.flatMap((r) =>
    extractTargets(
      segmented.filter((p) => p.doc === r.id),
      r.year,
      r.outline,
    ),
  );

  it('extractTargets() writes rows that pass the Target schema, with their sentence’s themes', () => {
    for (const t of targets) Target.parse(t);
    const row = targets.find((t) => t.text === '143平方公里');
    expect(row).toMatchObject({ doc: idOf('001_944198d32a153964.txt'), kind: 'area', value: 143, thing: '扩区方案' });
    expect(row!.themes).toEqual(segmented.find((p) => p.doc === row!.doc && p.id === row!.sentence)!.themes);
  });

  it('extractTargets() finds the park facts of the x高新区 plan and the 湘江新区 report', () => {
    const of = (seed: string) =>
      targets.filter((t) => t.doc === idOf(seed)).map((t) => `${t.kind}:${t.text}:${t.thing}`);
    expect(of('000_94a5f7ca8d79472c.txt')).toEqual(
      expect.arrayContaining([
        'count:206家:规模工业企业',
        'count:139家以上:高新技术企业',
        'rank:全国60强:null',
        'deadline:到“十四五”末期:奋力挺进全国60强进而进入x高新',
      ]),
    );
    expect(of('003_9d3a68c62c194251.txt')).toContain('count:30个以上:参赛项目团队');
  });
});

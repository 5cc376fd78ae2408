import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Section } from '../../../src/schemas/document.ts';
import { Passage } from '../../../src/schemas/passage.ts';
import type { KeptLine } from './clean.ts';
import { outline } from './outline.ts';

const FIXTURES = new URL('../../../tests/fixtures/outline/', import.meta.url);
const SEEDS = new URL('../../../seeds/', import.meta.url);

/** Non-blank lines of `text`, numbered from 1 as in the file. */
function linesOf(text: string): KeptLine[] {
  return text
    .split('\n')
    .map((line, index) => ({ n: index + 1, text: line }))
    .filter((line) => line.text.trim() !== '');
}

const titles = (text: string): string[] => outline(linesOf(text)).sections.map((s) => s.title);

describe('outline', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(`outline(lines) reads tests/fixtures/outline/${name} as its expected.json says`, () => {
      const read = (file: string): string => readFileSync(new URL(`${name}/${file}`, FIXTURES), 'utf8');
      const expected: unknown = JSON.parse(read('expected.json'));
      expect(outline(linesOf(read('input.txt')))).toEqual(expected);
    });
  }

  it('outline(lines) numbers sentences s0001, s0002… across lines, past s9999', () => {
    const { sentences } = outline(linesOf('甲。乙。\n丙。\n'.repeat(5000)));
    expect(sentences.slice(0, 3).map((s) => [s.id, s.line])).toEqual([
      ['s0001', 1],
      ['s0002', 1],
      ['s0003', 2],
    ]);
    expect(sentences.at(-1)?.id).toBe('s15000');
  });

  it('outline(lines) gives sentences before the first heading no section', () => {
    const { sentences } = outline(linesOf('同志们:\n一、精准定位。定位就是目标。'));
    expect(sentences.map((s) => [s.text, s.section, s.heading])).toEqual([
      ['同志们:', null, false],
      ['一、精准定位。', 'sec-1', true],
      ['定位就是目标。', 'sec-1', false],
    ]);
  });

  it('outline(lines) nests a heading under the nearest open one when a level is skipped', () => {
    const text = '一、党建引领\n1.加强政治建设。\n二、企业服务\n(一)金融助力\n①动态招商。';
    const { sections } = outline(linesOf(text));
    expect(sections.map((s) => [s.id, s.level, s.label])).toEqual([
      ['sec-1', 1, '一、'],
      ['sec-1-1', 3, '1.'],
      ['sec-2', 1, '二、'],
      ['sec-2-1', 2, '(一)'],
      ['sec-2-1-1', 3, '①'],
    ]);
  });

  it('outline(lines) reads an inline numbered heading only after whitespace', () => {
    expect(titles('完成任务。二、加强党建。')).toEqual([]);
    expect(titles('完成任务。 二、加强党建。')).toEqual(['加强党建']);
  });

  it('outline(lines) does not read 一是… enumerations or other 是 statements as headings', () => {
    const text = '一、精准招商\n一是要创新招商方式。传统模式已难以适应竞争。\n二是要优化营商环境。';
    expect(titles(text)).toEqual(['精准招商']);
  });

  it('outline(lines) does not read lead phrases before a numbered or keyword heading', () => {
    expect(titles('加强人才保障。探索新模式。\n金融助力:动态搜集企业诉求。')).toEqual([]);
  });

  it('outline(lines) does not read a short sentence inside a paragraph as a lead phrase', () => {
    const text = '一、精准招商\n鼓励以商招商,用活中介招商。完善招商考核机制。优化园区结构,引进外资。';
    expect(titles(text)).toEqual(['精准招商']);
  });

  it('outline(lines) splits a lead phrase ending in a colon into its own heading sentence', () => {
    const { sentences, sections } = outline(linesOf('一、企业服务\n金融助力： 动态搜集企业诉求。'));
    expect(sentences.map((s) => [s.id, s.text, s.section])).toEqual([
      ['s0001', '一、企业服务', 'sec-1'],
      ['s0002', '金融助力：', 'sec-1-1'],
      ['s0003', '动态搜集企业诉求。', 'sec-1-1'],
    ]);
    expect(sections[1]).toEqual({
      id: 'sec-1-1',
      level: 4,
      label: '',
      title: '金融助力',
      sentence: 's0002',
    });
  });

  it('outline(lines) does not read a reported speech or salutation colon as a lead phrase', () => {
    const text = '一、精准定位\n会议强调:要把服务送进企业。\n同志们:大家辛苦了。';
    expect(titles(text)).toEqual(['精准定位']);
  });
});

describe('outline over the seeds', () => {
  // Lines that are not body text (titles, bylines, share prompts, adverts); cleaning is another
  // step's job, so the test drops them by number.
  const seeds = [
    {
      seed: '000_94a5f7ca8d79472c.txt',
      notBody: [2],
      top: ['持之以恒“强链群”', '统筹谋划“上项目”', '科技引领“促创新”', '矢志不移“抓改革”', '不遗余力“强保障”'],
      levels: { 1: 5, 4: 15 },
      sentences: 56,
    },
    {
      seed: '001_944198d32a153964.txt',
      notBody: [1, 2, 3, 35, 36],
      top: [
        '创新产业链条,全力打好产业链现代化攻坚战',
        '深耕智能制造,全力推动制造业高质量发展',
        '提升服务水平,全力打造一流营商环境',
        '强化要素保障,全力夯实经济发展基础',
        '坚持从严治党,全力构建良好政治生态',
      ],
      levels: { 1: 5, 3: 24 },
      sentences: 129,
    },
    {
      seed: '002_ff04dfabf36e8ec6.txt',
      notBody: [9, 10],
      top: ['精准定位', '精准招商', '精准服务', '精准创新', '精准治理'],
      levels: { 1: 5 },
      sentences: 67,
    },
    {
      seed: '003_9d3a68c62c194251.txt',
      notBody: [1, 3, 4, 5, 6, 78, 79],
      // No numbered headings: the "关键词:" lines are the top of the outline, at level 2.
      top: ['智能制造', '科创引领', '效益效率', '城市品质', '绿色低碳', '提升要素保障'],
      levels: { 2: 6, 4: 16 },
      sentences: 108,
    },
    {
      seed: '004_c7b791516a8e0ca5.txt',
      notBody: [1, 21, 22, 23],
      top: ['党建引领“一张网”', '企业服务“一盘棋”', '产业发展“一本账”', '项目建设“一股劲”', '招商引资“一条心”'],
      levels: { 1: 5, 4: 13 },
      sentences: 44,
    },
  ];

  it.each(seeds)('outline(lines) reads the outline of seed $seed', (expected) => {
    const { seed, notBody, top, levels, sentences } = expected;
    const text = readFileSync(new URL(seed, SEEDS), 'utf8');
    const lines = linesOf(text).filter((line) => !notBody.includes(line.n));
    const result = outline(lines);
    const titlesWhere = (keep: (section: Section) => boolean): string[] =>
      result.sections.filter(keep).map((s) => s.title);
    expect(titlesWhere((s) => /^sec-\d+$/.test(s.id))).toEqual(top);
    expect(titlesWhere((s) => s.level === 1)).toEqual(levels[1] === undefined ? [] : top);
    const counts: Record<number, number> = {};
    for (const section of result.sections) counts[section.level] = (counts[section.level] ?? 0) + 1;
    expect(counts).toEqual(levels);
    expect(result.sentences).toHaveLength(sentences);

    const withoutSpace = (text: string): string => text.replace(/\s/gu, '');
    expect(withoutSpace(result.sentences.map((s) => s.text).join(''))).toBe(
      withoutSpace(lines.map((l) => l.text).join('')),
    );
    for (const section of result.sections) expect(Section.parse(section)).toEqual(section);
    for (const { id, text, section, heading } of result.sentences) {
      Passage.parse({
        doc: 'seed',
        id,
        text,
        section,
        heading,
        themes: [],
        evidence: [],
        instruments: [],
        instrumentEvidence: [],
      });
    }
  });
});

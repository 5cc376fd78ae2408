import { describe, expect, it } from 'vitest';
import { readGazetteer } from '../gazetteer/load.ts';
import { detectMetadata, mergeMetadata } from './metadata.ts';
import { createParkFinder } from './park.ts';

const lines = (text: string) => text.split('\n').map((t, i) => ({ n: i + 1, text: t }));
const parks = createParkFinder(readGazetteer(['tests/fixtures/gazetteer']));

describe('detectMetadata(lines, parks)', () => {
  it('detectMetadata() reads the title, 发布时间 and 来源 lines and keeps them out of the body; the gazetteer gives level, province and city', () => {
    const { detected, body, header } = detectMetadata(
      lines(
        '长沙经济技术开发区党工委2020年工作要点\n发布时间 : 2020-03-04\n来源:经济研究室\n2020年,全面推进招商引资。',
      ),
      parks,
    );
    expect(detected).toMatchObject({
      title: '长沙经济技术开发区党工委2020年工作要点',
      date: '2020-03-04',
      source: '经济研究室',
      year: 2020,
      years: [2020],
      type: 'work-points',
      park: '长沙经济技术开发区',
      level: 'national-etdz',
      city: '长沙',
      province: '湖南',
    });
    expect(detected.gazetteer?.id).toBe('changsha-etdz');
    expect(body.map((l) => l.n)).toEqual([4]);
    expect(header.map((h) => h.reason)).toEqual([
      'title (kept as metadata)',
      'publication date (kept as metadata)',
      'source line (kept as metadata)',
    ]);
  });

  it('detectMetadata() without a gazetteer finds the park by name but does not guess its level', () => {
    const { detected } = detectMetadata(lines('长沙经济技术开发区党工委2020年工作要点\n2020年,全面推进招商引资。'));
    expect(detected).toMatchObject({
      park: '长沙经济技术开发区',
      gazetteer: null,
      level: null,
      province: '湖南',
      city: '长沙',
    });
  });

  it('detectMetadata() cuts a title run into the first line of text, and reports the cut', () => {
    const { detected, body, header } = detectMetadata(lines('某新区2023年工作要点2023年是开局之年。\n一、任务'), parks);
    expect(detected.title).toBe('某新区2023年工作要点');
    expect(body[0]).toEqual({ n: 1, text: '2023年是开局之年。' });
    expect(header).toContainEqual({
      line: 1,
      text: '某新区2023年工作要点',
      reason: 'title (kept as metadata)',
      kind: 'span',
    });
  });

  it('detectMetadata() splits a news source line into outlet and date', () => {
    const { detected } = detectMetadata(
      lines('湘江新区2021年经济工作\n来源:人民网-湖南频道  2021年01月14日15:45\n正文。'),
      parks,
    );
    expect(detected).toMatchObject({
      source: '人民网-湖南频道',
      date: '2021-01-14',
      park: '湘江新区',
      level: 'state-new-area',
    });
  });

  it('detectMetadata() keeps an anonymized park anonymized even when a gazetteer park is mentioned', () => {
    const { detected } = detectMetadata(
      lines('x高新区坚持以习近平新时代中国特色社会主义思想为指引,学习长沙经开区的经验,主动融入长沙。'),
      parks,
    );
    expect(detected).toMatchObject({
      park: 'x高新区',
      gazetteer: null,
      anonymized: true,
      province: '湖南',
      city: null,
      title: null,
      level: null,
    });
  });

  it('detectMetadata() takes a level the text claims for itself, not one it aims at', () => {
    expect(detectMetadata(lines('作为省级高新区,益阳高新区要加快发展。')).detected.level).toBe('provincial');
    expect(
      detectMetadata(lines('加快推进国家级经济技术开发区创建工作。\n努力建设国家级经开区。')).detected.level,
    ).toBeNull();
  });

  it('detectMetadata() recognises a speech by its opening', () => {
    expect(detectMetadata(lines('同志们:\n县委对高新区的发展格外重视。')).detected).toMatchObject({
      type: 'speech',
      title: null,
      level: null,
    });
  });

  it('detectMetadata() names no province when two are named about equally (a neighbour is not a guess)', () => {
    expect(detectMetadata(lines('学习苏州的经验。\n对接杭州的市场。')).detected.province).toBeNull();
    expect(detectMetadata(lines('贯彻落实习近平总书记对甘肃重要讲话精神。')).detected.province).toBe('甘肃');
  });

  it('detectMetadata() leaves what it cannot find null', () => {
    const { detected } = detectMetadata(lines('加强管理。\n提升服务。'));
    expect(detected).toEqual({
      title: null,
      park: null,
      gazetteer: null,
      anonymized: null,
      level: null,
      province: null,
      city: null,
      year: null,
      years: [],
      date: null,
      source: null,
      type: null,
    });
  });
});

describe('mergeMetadata(detected, entry, fallbackTitle)', () => {
  const { detected } = detectMetadata(lines('同志们:\n重庆两江新区2024年工作要点。'), parks);

  it('mergeMetadata() takes parkId, level and province from the gazetteer and says so', () => {
    const merged = mergeMetadata(detected, undefined, '无题');
    expect(merged).toMatchObject({
      park: '重庆两江新区',
      parkId: 'liangjiang-new-area',
      level: 'state-new-area',
      province: '重庆',
      year: 2024,
    });
    expect(merged.provenance).toMatchObject({
      park: 'gazetteer',
      parkId: 'gazetteer',
      level: 'gazetteer',
      province: 'gazetteer',
      year: 'text',
      title: 'unknown',
    });
  });

  it('mergeMetadata() lets the catalog override, its parkId included', () => {
    const merged = mergeMetadata(
      detected,
      { year: 2023, type: 'symposium', parkId: 'chongqing-liangjiang', level: 'unknown' },
      '无题',
    );
    expect(merged).toMatchObject({
      title: '无题',
      year: 2023,
      years: [2023],
      type: 'symposium',
      level: 'unknown',
      parkId: 'chongqing-liangjiang',
    });
    expect(merged.provenance).toMatchObject({
      year: 'catalog',
      type: 'catalog',
      level: 'catalog',
      parkId: 'catalog',
      province: 'gazetteer',
    });
  });

  it('mergeMetadata() keeps a year read from a plenum for a report, not for a document the catalog calls a plan', () => {
    const { detected: studied } = detectMetadata(lines('会议召开。\n会议深入学习贯彻党的二十届四中全会精神。'));
    expect(studied).toMatchObject({ year: 2025, byPlenum: true });
    expect(mergeMetadata(studied, undefined, 'doc')).toMatchObject({ year: 2025, provenance: { year: 'text' } });
    expect(mergeMetadata(studied, { type: 'work-plan' }, 'doc')).toMatchObject({
      year: null,
      years: [],
      provenance: { year: 'unknown' },
    });
    expect(mergeMetadata(studied, { type: 'work-plan', year: 2026 }, 'doc').year).toBe(2026);
  });

  it('mergeMetadata() marks unknown enums as unknown without a catalog entry', () => {
    const merged = mergeMetadata(detectMetadata(lines('加强管理。')).detected, undefined, 'doc');
    expect(merged).toMatchObject({ level: 'unknown', type: 'unknown', anonymized: false, parkId: null });
  });
});

describe('a park called only by its kind', () => {
  const news = '德阳市召开大会。德阳市委书记出席。\n会上,高新区党工委书记发言。高新区将加快发展,德阳将全力支持。';
  it('detectMetadata() takes 高新区 in a 德阳 text for 德阳高新区, from the gazetteer', () => {
    const { detected } = detectMetadata(lines(news), parks);
    expect(detected.gazetteer?.id).toBe('deyang-hitech');
    expect(detected.level).toBe('national-hitech');
  });
  it('detectMetadata() reads the publisher with the opening: a 发布机构 names the park, a city paper the city', () => {
    const published = detectMetadata(
      lines('上半年工作总结\n发布机构: 新建区经济开发区\n上半年,园区立足全区奋斗目标,经济发展势头强劲。'),
      parks,
    ).detected;
    expect(published).toMatchObject({ source: '新建区经济开发区', park: '新建区经济开发区', province: '江西' });
    const paper = detectMetadata(
      lines('高新区召开推进大会\n衡阳日报 2020-01-20 05:03\n1月19日,高新区召开工作大会,部署全年工作。'),
      parks,
    ).detected;
    expect(paper).toMatchObject({ source: '衡阳日报', city: '衡阳', park: '衡阳高新技术产业开发区' });
  });
  it("detectMetadata() reads the site's masthead as the publisher, though it leaves the text", () => {
    const { detected, header } = detectMetadata(
      lines(
        '衡阳高新技术产业开发区\n开发区:铆足干劲开新局 全力以赴拼经济\n2025-01-22 10:07:40\n全区上下攻坚克难,经济稳中有进。',
      ),
      parks,
    );
    expect(header.find((r) => r.line === 1)?.reason).toBe('site masthead');
    expect(detected).toMatchObject({ park: '衡阳高新技术产业开发区', city: '衡阳' });
  });
  it('detectMetadata() infers no park when the author withheld a name (XX书记)', () => {
    const { detected } = detectMetadata(lines(news.replace('高新区党工委书记', '高新区XX书记')), parks);
    expect(detected.gazetteer).toBeNull();
    expect(detected.park).toBeNull();
  });
});

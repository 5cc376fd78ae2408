import { describe, expect, it } from 'vitest';
import { readGazetteer } from '../gazetteer/load.ts';
import type { GazetteerPark } from '../../../src/schemas/gazetteer.ts';
import { createParkFinder } from './park.ts';

const gazetteer = createParkFinder(readGazetteer(['tests/fixtures/gazetteer']));
const none = createParkFinder([]);
const inText = (rest: string, title = '', head = '') => ({ title, head, rest });
/** A national economic and technological development zone, for finders of a few parks. */
const park = (id: string, name: string, aliases: string[], city = '西安'): GazetteerPark => ({
  id,
  name,
  aliases,
  level: 'national-etdz',
  province: '陕西',
  city,
  division: '610100',
  approved: 2000,
});

describe('createParkFinder(parks).find(text)', () => {
  it('find() keeps a park name whole where the place name starts (哈尔滨新区, 乌鲁木齐经济技术开发区)', () => {
    expect(none.find(inText('今年,哈尔滨新区将聚焦重点工作。'))?.park).toBe('哈尔滨新区');
    expect(none.find(inText('推动乌鲁木齐经济技术开发区高质量发展。'))?.park).toBe('乌鲁木齐经济技术开发区');
    expect(none.find(inText('马鞍山慈湖高新区召开会议。'))?.park).toBe('马鞍山慈湖高新区');
  });

  it('find() names no park when no place name opens the name (国家级经开区, 全区, a clause)', () => {
    expect(none.find(inText('全力争创国家级经开区,推进高新区建设。'))).toBeNull();
    expect(none.find(inText('我们要在长沙建设湘江新区。'))).toBeNull();
  });

  it('find() takes the longest gazetteer name or alias (泰达, 光谷, 两江新区) and its entry', () => {
    expect(gazetteer.find(inText('泰达要打造一流营商环境。泰达将加快发展。'))?.entry?.id).toBe('tianjin-etdz');
    expect(gazetteer.find(inText('中国光谷持续发力。'))?.entry?.id).toBe('wuhan-donghu-hitech');
    const liangjiang = gazetteer.find(inText('重庆两江新区召开会议,两江新区将全力拼经济。'));
    expect(liangjiang).toMatchObject({
      entry: { id: 'liangjiang-new-area', level: 'state-new-area' },
      anonymized: false,
    });
  });

  it('find() weighs the title and opening over a neighbour named more often further down', () => {
    const found = gazetteer.find(
      inText('学习长沙经开区。长沙经开区的做法。长沙经开区经验。', '湘江新区2023年工作要点'),
    );
    expect(found?.entry?.id).toBe('xiangjiang-new-area');
  });

  it('find() takes the subject of a headline (…开发区召开, …新区举行) whose name no place name opens', () => {
    expect(none.find(inText('', '以务虚谋务实 龙岭产业开发区召开2023年工作务虚会'))?.park).toBe('龙岭产业开发区');
    expect(none.find(inText('1月14日,柳东新区举行高质量发展会议。'))?.park).toBe('柳东新区');
    // Not when a clause word leads into the kind of zone, nor when no name precedes it.
    expect(none.find(inText('', '我市召开高新区发展推进大会'))).toBeNull();
    expect(none.find(inText('', '经开区发布行动计划'))).toBeNull();
    // A place-name park found by the pattern wins over a headline subject.
    expect(none.find(inText('龙岭产业开发区召开会议,学习长沙经开区。'))?.park).toBe('长沙经开区');
  });

  it("find() keeps an author's placeholder and forces no gazetteer park on it", () => {
    expect(gazetteer.find(inText('xx经开区要对标天津经开区,学习泰达。'))).toEqual({
      park: 'xx经开区',
      entry: null,
      anonymized: true,
    });
  });
});

describe('park names as a reader gives them', () => {
  it('find() shows the most used spelling that names a zone, not a nickname, else the official name', () => {
    expect(gazetteer.find(inText('光谷发力。光谷加快发展。东湖高新区召开会议。'))?.park).toBe('东湖高新区');
    expect(gazetteer.find(inText('中国光谷持续发力。'))?.park).toBe('武汉东湖新技术开发区');
  });

  it('find() drops the 国家 between the place name and the kind of zone, and finds the gazetteer park so written', () => {
    const found = none.find(inText('宁波国家高新区召开大会。'));
    expect(found?.park).toBe('宁波高新区');
    expect(gazetteer.find(inText('德阳国家高新技术产业开发区召开大会。'))?.entry?.id).toBe('deyang-hitech');
  });

  it('find() drops the 市 or 省 of the place that opens the name', () => {
    expect(none.find(inText('济南市高新区召开大会。'))?.park).toBe('济南高新区');
    expect(none.find(inText('天津市滨海新区发布计划。'))?.park).toBe('天津滨海新区');
  });

  it('ofKindIn() takes a park called only by its kind for the one gazetteer park of that kind in the city', () => {
    const text = inText('会上,市委委员、高新区党工委书记发言。高新区将加快发展。', '');
    expect(gazetteer.ofKindIn(text, '德阳')?.entry?.id).toBe('deyang-hitech');
    // Once is not enough, a named zone is no bare kind, and a city without such a park gives none.
    expect(gazetteer.ofKindIn(inText('高新区党工委书记发言。'), '德阳')).toBeNull();
    expect(gazetteer.ofKindIn(inText('龙岭高新区召开会议。龙岭高新区将加快发展。'), '德阳')).toBeNull();
    expect(gazetteer.ofKindIn(text, '益阳')).toBeNull();
  });

  it('ofKindIn() takes, among a city’s several parks of the kind, the one named after the city as a zone', () => {
    const xian = createParkFinder([
      park('xian-etdz', '西安经济技术开发区', ['西安经开区']),
      park('aviation', '陕西航空经济技术开发区', ['西安航空基地']),
      park('space', '陕西航天经济技术开发区', ['西安航天基地']),
    ]);
    const text = inText('1月19日,经开区召开大会。经开区将扩大开放。');
    expect(xian.ofKindIn(text, '西安')?.entry?.id).toBe('xian-etdz');
    // Without the eponymous zone, several parks of the kind leave the city's 经开区 unnamed.
    const others = createParkFinder([
      park('aviation', '陕西航空经济技术开发区', []),
      park('space', '陕西航天经济技术开发区', []),
    ]);
    expect(others.ofKindIn(text, '西安')).toBeNull();
  });

  it('ofKindIn() reads a bare 开发区 only as a zone the gazetteer knows as the city’s 开发区', () => {
    const text = inText('开发区工委书记发言。开发区将坚决贯彻会议精神。');
    const finder = createParkFinder([
      park('yantai-etdz', '烟台经济技术开发区', ['烟台经开区', '烟台开发区'], '烟台'),
      park('zhuzhou-etdz', '株洲经济技术开发区', ['株洲经开区'], '株洲'),
    ]);
    expect(finder.ofKindIn(text, '烟台')?.entry?.id).toBe('yantai-etdz');
    // A city whose zone the gazetteer does not call its 开发区: the word may mean any other zone there.
    expect(finder.ofKindIn(text, '株洲')).toBeNull();
  });
});

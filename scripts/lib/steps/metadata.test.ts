import { describe, expect, it } from 'vitest';
import { detectMetadata, mergeMetadata } from './metadata.ts';

const lines = (text: string) => text.split('\n').map((t, i) => ({ n: i + 1, text: t }));

describe('detectMetadata(lines)', () => {
  it('detectMetadata(lines) reads the title, 发布时间 and 来源 lines and keeps them out of the body', () => {
    const { detected, body, header } = detectMetadata(lines('长沙经济技术开发区党工委2020年工作要点\n发布时间 : 2020-03-04\n来源:经济研究室\n2020年,全面推进招商引资。'));
    expect(detected).toMatchObject({ title: '长沙经济技术开发区党工委2020年工作要点', date: '2020-03-04', source: '经济研究室', year: 2020, type: 'work-points', park: '长沙经济技术开发区', level: 'national-etdz', city: '长沙', province: '湖南' });
    expect(body.map((l) => l.n)).toEqual([4]);
    expect(header.map((h) => h.reason)).toEqual(['title (kept as metadata)', 'publication date (kept as metadata)', 'source line (kept as metadata)']);
  });

  it('detectMetadata(lines) splits a news source line into outlet and date', () => {
    const { detected } = detectMetadata(lines('湘江新区2021年经济工作\n来源:人民网-湖南频道  2021年01月14日15:45\n正文。'));
    expect(detected).toMatchObject({ source: '人民网-湖南频道', date: '2021-01-14', park: '湘江新区' });
  });

  it('detectMetadata(lines) flags an anonymized park and keeps its placeholder', () => {
    const { detected } = detectMetadata(lines('x高新区坚持以习近平新时代中国特色社会主义思想为指引,坚守“三高四新”先行区,主动融入长沙。'));
    expect(detected).toMatchObject({ park: 'x高新区', anonymized: true, province: '湖南', city: null, title: null, year: null });
  });

  it('detectMetadata(lines) recognises a speech and a county-level park', () => {
    const { detected } = detectMetadata(lines('同志们:\n县委对高新区的发展格外重视。'));
    expect(detected).toMatchObject({ type: 'speech', level: 'county', title: null });
  });

  it('detectMetadata(lines) leaves what it cannot find null', () => {
    const { detected } = detectMetadata(lines('加强管理。\n提升服务。'));
    expect(detected).toEqual({ title: null, park: null, anonymized: null, level: null, province: null, city: null, year: null, date: null, source: null, type: null });
  });
});

describe('mergeMetadata(detected, entry, fallbackTitle)', () => {
  const { detected } = detectMetadata(lines('同志们:\n县委对高新区的发展格外重视。'));

  it('mergeMetadata() lets the catalog override and records where each field came from', () => {
    const merged = mergeMetadata(detected, { year: 2023, type: 'symposium' }, '无题');
    expect(merged).toMatchObject({ title: '无题', year: 2023, type: 'symposium', level: 'county', province: null });
    expect(merged.provenance).toMatchObject({ year: 'catalog', type: 'catalog', level: 'text', province: 'unknown', title: 'unknown' });
  });

  it('mergeMetadata() marks unknown enums as unknown without a catalog entry', () => {
    const merged = mergeMetadata(detectMetadata(lines('加强管理。')).detected, undefined, 'doc');
    expect(merged).toMatchObject({ level: 'unknown', type: 'unknown', anonymized: false, parkId: null });
  });
});

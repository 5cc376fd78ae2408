import { describe, expect, it } from 'vitest';
import { NO_CONVERSION } from '../../../src/lib/search/char-map.ts';
import { GAP } from '../../../src/lib/search/positions.ts';
import { decodeToken } from '../../../src/lib/search/tokenize.ts';
import { parseJsonBase64 } from '../../../src/lib/fetch-json.ts';
import { fallbackScript } from './fallback-data.ts';
import { recordTable, RECORD_LANGUAGE, searchRecords, themeTable } from './records.ts';

const docs = [
  {
    id: 'b',
    park: '长沙经开区',
    parkId: 'changsha-etdz',
    level: 'national-etdz',
    province: '湖南',
    year: 2020,
    type: 'work-points',
    outline: [{ id: 'sec-1', label: '一、', title: '数字经济' }],
  },
  { id: 'a', park: null, parkId: null, level: 'unknown', province: null, year: 2023, type: 'speech', outline: [] },
];
const passages = [
  { doc: 'a', id: 's0001', section: null, text: '链延链。', themes: [] },
  { doc: 'b', id: 's0001', section: 'sec-1', text: '5G基站', themes: ['digital', 'projects'] },
  { doc: 'b', id: 's0002', section: 'sec-1', text: '园', themes: [] },
];

describe('searchRecords', () => {
  const built = searchRecords(passages, docs, NO_CONVERSION);

  it('searchRecords(passages, docs) writes a record per run of one document’s sentences, in document order', () => {
    expect(built.records.map((r) => r.custom.url)).toEqual(['/docs/b/#s0001', '/docs/a/#s0001']);
    expect(built.records.map((r) => [r.doc, r.first, r.stride, r.count])).toEqual([
      [0, 1, 5, 2],
      [1, 1, 5, 1],
    ]);
    expect(built.records.every((r) => r.custom.language === RECORD_LANGUAGE)).toBe(true);
  });

  it('searchRecords(passages, docs) lays the sentences out at stride positions and keeps their texts with their headings and theme sets', () => {
    const words = built.records[0]!.custom.content.split(' ');
    expect(words.map((w) => (w === GAP ? GAP : decodeToken(w)))).toEqual([
      '5g',
      'g基',
      '基站',
      '站',
      GAP,
      '园',
      GAP,
      GAP,
      GAP,
      GAP,
    ]);
    expect(built.records[0]!.texts).toEqual([
      ['一、数字经济', '5G基站', 1],
      ['一、数字经济', '园', 0],
    ]);
  });

  it('searchRecords(passages, docs) numbers theme sets most common first and gives each sentence its set', () => {
    expect(built.sets).toEqual([[], ['digital', 'projects']]);
    expect(themeTable(built)).toEqual([[1, 0], [0]]);
  });

  it('searchRecords(passages, docs) starts a new record where sentence numbers jump', () => {
    const gap = searchRecords(
      [...passages, { doc: 'b', id: 's0005', section: null, text: '园区', themes: [] }],
      docs,
      NO_CONVERSION,
    );
    expect(gap.records.map((r) => r.custom.url)).toEqual(['/docs/b/#s0001', '/docs/b/#s0005', '/docs/a/#s0001']);
  });

  it('searchRecords(passages, docs) refuses a sentence of an unknown document or with an unusual id', () => {
    expect(() => searchRecords([{ ...passages[0]!, doc: 'z' }], docs, NO_CONVERSION)).toThrow(/no document/);
    expect(() => searchRecords([{ ...passages[0]!, id: 's1' }], docs, NO_CONVERSION)).toThrow(/s0012/);
  });

  it('recordTable(built, pages) names each record by its Pagefind page and refuses one Pagefind did not write', () => {
    const pages = new Map([
      ['/docs/b/#s0001', 'zxx_1'],
      ['/docs/a/#s0001', 'zxx_2'],
    ]);
    expect(recordTable(built, pages).records).toEqual([
      { page: 'zxx_1', doc: 0, first: 1, stride: 5, count: 2 },
      { page: 'zxx_2', doc: 1, first: 1, stride: 5, count: 1 },
    ]);
    expect(() => recordTable(built, new Map())).toThrow(/no record/);
  });
});

describe('fallbackScript', () => {
  it('fallbackScript(passages, docs) assigns a global the sentences in reading order and the section headings, gzipped in base64', async () => {
    const script = fallbackScript(passages, docs, new Map([['營', '营']]), 'test');
    const scope: Record<string, unknown> = {};
    new Function('self', script)(scope);
    expect(parseJsonBase64(scope['parkPlansSearchFallback'] as string)).toEqual({
      passages: [
        ['b', 's0001', 'sec-1', '5G基站', 'digital projects'],
        ['b', 's0002', 'sec-1', '园', ''],
        ['a', 's0001', '', '链延链。', ''],
      ],
      sections: { b: { 'sec-1': '一、数字经济' } },
      t2s: '營营',
    });
  });
});

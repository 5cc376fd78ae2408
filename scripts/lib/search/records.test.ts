import { describe, expect, it } from 'vitest';
import { NO_CONVERSION } from '../../../src/lib/search/char-map.ts';
import { GAP } from '../../../src/lib/search/positions.ts';
import { decodeToken } from '../../../src/lib/search/tokenize.ts';
import { parseJsonBase64 } from '../../../src/lib/fetch-json.ts';
import { fallbackScript } from './fallback-data.ts';
import { PAGE_POSITIONS, recordTable, RECORD_COST, RECORD_LANGUAGE, searchRecords, themeTable } from './records.ts';

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
    expect(built.records.map((r) => r.url)).toEqual(['/docs/b/#s0001', '/docs/a/#s0001']);
    expect(built.records.map((r) => [r.doc, r.first, r.stride, r.count])).toEqual([
      [0, 1, 5, 2],
      [1, 1, 5, 1],
    ]);
  });

  it('searchRecords(passages, docs) packs consecutive records into one Pagefind page, named by its first record, their words one after another', () => {
    expect(built.pages).toEqual([
      {
        custom: {
          url: '/docs/b/#s0001',
          content: `${built.records[0]!.content} ${built.records[1]!.content}`,
          language: RECORD_LANGUAGE,
        },
        from: 0,
        to: 2,
      },
    ]);
  });

  it('searchRecords(passages, docs) starts a new page where the next record would take it over PAGE_POSITIONS', () => {
    // Sentences of 2,000 characters take a stride of 2,001: records of 16 (MAX_POSITIONS), 2 records to a page.
    const many = Array.from({ length: 144 }, (_, i) => ({
      doc: 'b',
      id: `s${String(i + 1).padStart(4, '0')}`,
      section: null,
      text: '园'.repeat(2000),
      themes: [],
    }));
    const { records, pages } = searchRecords(many, docs, NO_CONVERSION);
    expect(records.map((r) => r.count)).toEqual(Array<number>(9).fill(16));
    expect(2 * 16 * 2001).toBeLessThanOrEqual(PAGE_POSITIONS);
    expect(pages.map((p) => [p.from, p.to])).toEqual([
      [0, 2],
      [2, 4],
      [4, 6],
      [6, 8],
      [8, 9],
    ]);
  });

  it('searchRecords(passages, docs) lays the sentences out at stride positions and keeps their texts with their headings and theme sets', () => {
    const words = built.records[0]!.content.split(' ');
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

  it('searchRecords(passages, docs) cuts a run before a long sentence where the gaps it saves cost more than a record (RECORD_COST)', () => {
    const sentence = (n: number, text: string) => ({
      doc: 'a',
      id: `s${String(n).padStart(4, '0')}`,
      section: null,
      text,
      themes: [],
    });
    const short = Array.from({ length: 10 }, (_, i) => sentence(i + 1, '园区发展'));
    const long = sentence(11, '园'.repeat(2000));
    // One record: 11 × 2,001 positions. Two: 10 × 5 + 2,001, plus one RECORD_COST.
    expect(11 * 2001).toBeGreaterThan(10 * 5 + 2001 + RECORD_COST);
    const cut = searchRecords([...short, long], docs, NO_CONVERSION).records;
    expect(cut.map((r) => [r.first, r.count, r.stride])).toEqual([
      [1, 10, 5],
      [11, 1, 2001],
    ]);
    // Sentences of like length stay together: a cut would save fewer positions than it costs.
    const even = searchRecords([...short, sentence(11, '园区发展质量')], docs, NO_CONVERSION).records;
    expect(even.map((r) => [r.first, r.count, r.stride])).toEqual([[1, 11, 7]]);
  });

  it('searchRecords(passages, docs) starts a new record where sentence numbers jump', () => {
    const gap = searchRecords(
      [...passages, { doc: 'b', id: 's0005', section: null, text: '园区', themes: [] }],
      docs,
      NO_CONVERSION,
    );
    expect(gap.records.map((r) => r.url)).toEqual(['/docs/b/#s0001', '/docs/b/#s0005', '/docs/a/#s0001']);
  });

  it('searchRecords(passages, docs) refuses a sentence of an unknown document or with an unusual id', () => {
    expect(() => searchRecords([{ ...passages[0]!, doc: 'z' }], docs, NO_CONVERSION)).toThrow(/no document/);
    expect(() => searchRecords([{ ...passages[0]!, id: 's1' }], docs, NO_CONVERSION)).toThrow(/s0012/);
  });

  it('recordTable(built, pages) names each record by its Pagefind page and where in it the record starts, and refuses a page Pagefind did not write', () => {
    const pages = new Map([['/docs/b/#s0001', 'zxx_1']]);
    expect(recordTable(built, pages).records).toEqual([
      { page: 'zxx_1', offset: 0, doc: 0, first: 1, stride: 5, count: 2 },
      { page: 'zxx_1', offset: 10, doc: 1, first: 1, stride: 5, count: 1 },
    ]);
    expect(() => recordTable(built, new Map())).toThrow(/no page/);
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

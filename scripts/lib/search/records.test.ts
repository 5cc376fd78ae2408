import { describe, expect, it } from 'vitest';
import { NO_CONVERSION } from '../../../src/lib/search/char-map.ts';
import { decodeToken } from '../../../src/lib/search/tokenize.ts';
import { fallbackScript } from './fallback-data.ts';
import { passageRecords, RECORD_LANGUAGE } from './records.ts';

const docs = [
  { id: 'b', park: '长沙经开区', parkId: 'changsha-etdz', level: 'national-etdz', province: '湖南', year: 2020, type: 'work-points' },
  { id: 'a', park: null, parkId: null, level: 'unknown', province: null, year: 2023, type: 'speech' },
];
const passages = [
  { doc: 'a', id: 's0001', section: null, text: '链延链。', themes: [] },
  { doc: 'b', id: 's0001', section: 'sec-1', text: '5G基站', themes: ['digital', 'projects'] },
  { doc: 'b', id: 's0002', section: 'sec-1', text: '园', themes: [] },
];

describe('passageRecords', () => {
  const records = passageRecords(passages, docs, NO_CONVERSION);

  it('passageRecords(passages, docs) writes one record per sentence, in document order, addressed by sentence', () => {
    expect(records.map((r) => r.url)).toEqual(['/docs/b/#s0001', '/docs/b/#s0002', '/docs/a/#s0001']);
    expect(records.every((r) => r.language === RECORD_LANGUAGE)).toBe(true);
  });

  it('passageRecords(passages, docs) indexes the encoded tokens and keeps the text for display', () => {
    expect(records[2]!.content.split(' ').map(decodeToken)).toEqual(['链延', '延链', '链']);
    expect(records[0]!.meta).toEqual({ text: '5G基站', section: 'sec-1' });
  });

  it('passageRecords(passages, docs) gives the sentence’s own themes and its document’s fields as filters', () => {
    expect(records[0]!.filters).toEqual({ theme: ['digital', 'projects'], park: ['changsha-etdz'], level: ['national-etdz'], province: ['湖南'], year: ['2020'], type: ['work-points'] });
    expect(records[2]!.filters).toMatchObject({ theme: [], park: ['unknown'], province: ['unknown'] });
  });

  it('passageRecords(passages, docs) sorts by reading order and by newest document first', () => {
    expect(records.map((r) => r.sort)).toEqual([
      { reading: '000000', recent: '000001' },
      { reading: '000001', recent: '000002' },
      { reading: '000002', recent: '000000' },
    ]);
  });

  it('passageRecords(passages, docs) refuses a sentence of an unknown document', () => {
    expect(() => passageRecords([{ ...passages[0]!, doc: 'z' }], docs, NO_CONVERSION)).toThrow(/no document/);
  });
});

describe('fallbackScript', () => {
  it('fallbackScript(passages, docs) assigns the sentences in reading order to a global', () => {
    const script = fallbackScript(passages, docs, new Map([['營', '营']]), 'test');
    const scope: Record<string, unknown> = {};
    new Function('self', script)(scope);
    expect(scope['parkPlansSearchFallback']).toEqual({
      passages: [
        ['b', 's0001', 'sec-1', '5G基站', 'digital projects'],
        ['b', 's0002', 'sec-1', '园', ''],
        ['a', 's0001', '', '链延链。', ''],
      ],
      t2s: '營营',
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  decodeSets,
  encodeSets,
  parseRecordTable,
  parseThemeTable,
  recordSentenceId,
  serializeRecordTable,
  serializeThemeTable,
  TEXT_BLOCK,
  textFile,
  type RecordTable,
} from './record-table.ts';

const table: RecordTable = {
  sets: [[], ['investment']],
  records: [{ page: 'zxx_1', offset: 0, doc: 0, first: 9, stride: 40, count: 2 }],
};
const roundTrip = (data: unknown): unknown => JSON.parse(JSON.stringify(data));

describe('record table', () => {
  it('parseRecordTable(serializeRecordTable(table)) gives the table back', () => {
    expect(parseRecordTable(roundTrip(serializeRecordTable(table)), 1)).toEqual(table);
  });

  it('parseThemeTable(serializeThemeTable(themes), table) gives the theme sets back, and refuses sets the table does not match', () => {
    expect(parseThemeTable(roundTrip(serializeThemeTable([[0, 1]])), table)).toEqual([[0, 1]]);
    expect(() => parseThemeTable(['0'], table)).toThrow(/record 0/);
    expect(() => parseThemeTable(['02'], table)).toThrow(/record 0/);
    expect(() => parseThemeTable(['01', '0'], table)).toThrow(/does not match/);
    expect(() => parseThemeTable({}, table)).toThrow(/does not match/);
  });

  it('encodeSets(numbers) writes one character below 32 and decodeSets gives any number back', () => {
    const numbers = [0, 1, 31, 32, 33, 1023, 1024, 40_000, 0];
    expect(encodeSets([0, 1, 31])).toBe('01V');
    expect(encodeSets([32])).toBe('X0');
    expect(decodeSets(encodeSets(numbers))).toEqual(numbers);
    expect(decodeSets('')).toEqual([]);
    expect(decodeSets('W')).toBeNull();
    expect(decodeSets('0,1')).toBeNull();
  });

  it('parseRecordTable(data, documents) starts each record of a shared page where the one before it ends', () => {
    const shared: RecordTable = {
      sets: [[]],
      records: [
        { page: 'zxx_1', offset: 0, doc: 0, first: 1, stride: 40, count: 2 },
        { page: 'zxx_1', offset: 80, doc: 1, first: 1, stride: 7, count: 3 },
        { page: 'zxx_2', offset: 0, doc: 1, first: 9, stride: 5, count: 1 },
      ],
    };
    expect(serializeRecordTable(shared).records[1]).toEqual(['zxx_1', 1, 1, 7, 3]);
    expect(parseRecordTable(roundTrip(serializeRecordTable(shared)), 2)).toEqual(shared);
  });

  it('serializeRecordTable(table) writes a record that goes on from the one before it, on its page, as [stride, count]', () => {
    const split: RecordTable = {
      sets: [[]],
      records: [
        { page: 'zxx_1', offset: 0, doc: 0, first: 1, stride: 40, count: 2 },
        { page: 'zxx_1', offset: 80, doc: 0, first: 3, stride: 7, count: 3 },
        { page: 'zxx_2', offset: 0, doc: 0, first: 6, stride: 5, count: 1 },
        { page: 'zxx_2', offset: 5, doc: 0, first: 8, stride: 5, count: 1 },
      ],
    };
    expect(serializeRecordTable(split).records).toEqual([
      ['zxx_1', 0, 1, 40, 2],
      [7, 3],
      ['zxx_2', 0, 6, 5, 1],
      ['zxx_2', 0, 8, 5, 1],
    ]);
    expect(parseRecordTable(roundTrip(serializeRecordTable(split)), 1)).toEqual(split);
  });

  it('parseRecordTable(data, documents) names the record that is malformed', () => {
    expect(() =>
      parseRecordTable(
        {
          sets: [[]],
          records: [
            ['zxx_1', 0, 1, 40, 1],
            ['zxx_2', 0, 2, 40, 1],
            ['zxx_1', 0, 3, 40, 1],
          ],
        },
        1,
      ),
    ).toThrow(/record 2/);
    expect(() => parseRecordTable({ sets: [[]], records: [['zxx_1', 3, 1, 40, 1]] }, 1)).toThrow(/record 0/);
    expect(() => parseRecordTable({ sets: [[]], records: [['zxx_1', 0, 1, 40, 0]] }, 1)).toThrow(/record 0/);
    expect(() => parseRecordTable({ sets: [[]], records: [['zxx_1', 0, 1, 40, '1']] }, 1)).toThrow(/record 0/);
    expect(() => parseRecordTable({ sets: [[]], records: [[40, 1]] }, 1)).toThrow(/record 0/);
    expect(() => parseRecordTable({ sets: [[]], records: [['zxx_1', 0, 1, 40, 1], [40]] }, 1)).toThrow(/record 1/);
    expect(() => parseRecordTable(null, 1)).toThrow(/not a record table/);
  });

  it('recordSentenceId(record, k) counts on from the record’s first sentence', () => {
    expect(recordSentenceId(table.records[0]!, 1)).toBe('s0010');
  });

  it('textFile(n, k) names the block of TEXT_BLOCK sentences holding sentence k of record n, and its place there', () => {
    expect(textFile(3, 0)).toEqual({ file: '3-0.json.gz', index: 0 });
    expect(textFile(3, TEXT_BLOCK - 1)).toEqual({ file: '3-0.json.gz', index: TEXT_BLOCK - 1 });
    expect(textFile(3, TEXT_BLOCK)).toEqual({ file: '3-1.json.gz', index: 0 });
    expect(textFile(12, 2 * TEXT_BLOCK + 5)).toEqual({ file: '12-2.json.gz', index: 5 });
  });
});

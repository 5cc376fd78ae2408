import { describe, expect, it } from 'vitest';
import { parseRecordTable, recordSentenceId, serializeRecordTable, type RecordTable } from './record-table.ts';

const table: RecordTable = { sets: [[], ['investment']], records: [{ page: 'zxx_1', doc: 0, first: 9, stride: 40, themes: [0, 1] }] };

describe('record table', () => {
  it('parseRecordTable(serializeRecordTable(table)) gives the table back', () => {
    expect(parseRecordTable(JSON.parse(JSON.stringify(serializeRecordTable(table))), 1)).toEqual(table);
  });

  it('parseRecordTable(data, documents) names the record that is malformed', () => {
    expect(() => parseRecordTable({ sets: [[]], records: [['zxx_1', 3, 1, 40, [0]]] }, 1)).toThrow(/record 0/);
    expect(() => parseRecordTable({ sets: [[]], records: [['zxx_1', 0, 1, 40, [2]]] }, 1)).toThrow(/record 0/);
    expect(() => parseRecordTable(null, 1)).toThrow(/not a record table/);
  });

  it('recordSentenceId(record, k) counts on from the record’s first sentence', () => {
    expect(recordSentenceId(table.records[0]!, 1)).toBe('s0010');
  });
});

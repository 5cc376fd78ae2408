import { describe, expect, it } from 'vitest';
import { parseIndustriesCsv } from './industries-csv.ts';

describe('parseIndustriesCsv', () => {
  it('parseIndustriesCsv(text) drops the BOM and reads the header ids and each row of counts', () => {
    const parsed = parseIndustriesCsv('\uFEFFdoc,biomedicine,new-materials\r\na,2,0\r\nb,0,5\r\n');
    expect(parsed.industries).toEqual(['biomedicine', 'new-materials']);
    expect([...parsed.documents]).toEqual([
      ['a', [2, 0]],
      ['b', [0, 5]],
    ]);
  });

  it('parseIndustriesCsv(text) names the line of a row with a missing count', () => {
    expect(() => parseIndustriesCsv('doc,x,y\na,1\n')).toThrow(/line 2/);
  });

  it('parseIndustriesCsv(text) refuses a file whose first column is not doc', () => {
    expect(() => parseIndustriesCsv('id,x\na,1\n')).toThrow(/"doc"/);
  });
});

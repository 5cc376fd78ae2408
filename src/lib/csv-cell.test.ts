import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, toCsv } from './csv-cell.ts';

describe('csvCell(value)', () => {
  it('csvCell() neutralises text a spreadsheet would read as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example/","x")')).toBe(`"'=HYPERLINK(""http://evil.example/"",""x"")"`);
    expect(csvCell('+湖南')).toBe("'+湖南");
    expect(csvCell('-来源')).toBe("'-来源");
    expect(csvCell('@长沙')).toBe("'@长沙");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('-1+1')).toBe("'-1+1");
  });

  it('csvCell() leaves numbers, plain numeric text and other text as they are', () => {
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell('-0.5000')).toBe('-0.5000');
    expect(csvCell('+3')).toBe('+3');
    expect(csvCell('长沙经开区')).toBe('长沙经开区');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(null)).toBe('');
  });

  it('csvCell() quotes a field with a comma, quote or line break', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "x"\n')).toBe('"say ""x""\n"');
  });
});

it('toCsv(rows) quotes fields with commas, quotes or line breaks and ends lines with CRLF', () => {
  expect(
    toCsv([
      ['id', 'title'],
      ['a', '发展“双招双引”, 再出发'],
      ['b', null],
    ]),
  ).toBe('id,title\r\na,"发展“双招双引”, 再出发"\r\nb,\r\n');
  expect(toCsv([['say "hi"', 1.5]])).toBe('"say ""hi""",1.5\r\n');
});

it('CSV_BOM is the UTF-8 byte-order mark, one code unit', () => {
  expect(CSV_BOM).toBe('\uFEFF');
  expect(new TextEncoder().encode(CSV_BOM)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
});

import { expect, it } from 'vitest';
import { toCsv } from './to-csv.ts';

it('toCsv(rows) quotes fields with commas, quotes or line breaks and ends lines with CRLF', () => {
  expect(toCsv([['id', 'title'], ['a', '发展“双招双引”, 再出发'], ['b', null]])).toBe('id,title\r\na,"发展“双招双引”, 再出发"\r\nb,\r\n');
  expect(toCsv([['say "hi"', 1.5]])).toBe('"say ""hi""",1.5\r\n');
});

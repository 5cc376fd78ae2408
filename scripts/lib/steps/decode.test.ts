import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../ingest-error.ts';
import { decode, MAX_BYTES } from './decode.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];
// Three lines of Chinese with CRLF line ends, saved as GBK.
const GBK_FIXTURE = new URL('../../../tests/fixtures/decode/gbk.txt', import.meta.url);

/** The IngestError that `decode` throws for these bytes; fails the test if it returns. */
function decodeError(bytes: Uint8Array): IngestError {
  try {
    decode(bytes, 'seeds/bad.txt');
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('decode did not throw');
}

describe('decode', () => {
  it('decode(bytes) reads UTF-8 without a BOM', () => {
    expect(decode(utf8('一、精准定位。\n二、精准招商。\n'), 'a.txt')).toEqual({
      text: '一、精准定位。\n二、精准招商。\n',
      encoding: 'utf-8',
    });
  });

  it('decode(bytes) drops a UTF-8 BOM and reports it', () => {
    const bytes = new Uint8Array([...BOM, ...utf8('同志们:\n')]);
    expect(decode(bytes, 'a.txt')).toEqual({ text: '同志们:\n', encoding: 'utf-8-bom' });
  });

  it('decode(bytes) turns CRLF and lone CR line ends into LF', () => {
    expect(decode(utf8('一、党建\r\n二、服务\r三、产业\r\n'), 'a.txt').text).toBe('一、党建\n二、服务\n三、产业\n');
  });

  it('decode(bytes) reads GB18030 Chinese', () => {
    expect(decode(readFileSync(GBK_FIXTURE), 'gbk.txt')).toEqual({
      text:
        '高新区2023年工作要点\n' + '一、加快产业项目建设，优化营商环境。\n' + '二、强化要素保障：土地、资金、人才。\n',
      encoding: 'gb18030',
    });
  });

  it('decode(bytes) reads UTF-16 that opens with its byte order mark, little- or big-endian', () => {
    const text = '高新区2023年工作要点\r\n一、优化营商环境。𠀋\r\n';
    const units = [0xfeff, ...Array.from(text, (_, i) => text.charCodeAt(i)).slice(0, text.length)];
    const le = new Uint8Array(units.flatMap((u) => [u & 0xff, u >> 8]));
    const be = new Uint8Array(units.flatMap((u) => [u >> 8, u & 0xff]));
    const expected = { text: '高新区2023年工作要点\n一、优化营商环境。𠀋\n' };
    expect(decode(le, 'notepad.txt')).toEqual({ ...expected, encoding: 'utf-16le' });
    expect(decode(be, 'notepad.txt')).toEqual({ ...expected, encoding: 'utf-16be' });
    // Cut after half a code unit, or without its mark, UTF-16 is refused by name.
    expect(decodeError(le.slice(0, -1)).reason).toBe(
      'undecodable: opens with a UTF-16LE byte order mark but is not valid UTF-16LE',
    );
    expect(decodeError(le.slice(2)).reason).toBe(
      'binary: contains NUL bytes (binary, or UTF-16 without a byte order mark)',
    );
  });

  it('decode(bytes) refuses Big5 by name, which GB18030 would read as wrong characters, and reads traditional text saved as GBK', () => {
    const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/decode/${name}`, import.meta.url));
    expect(decodeError(fixture('big5.txt')).reason).toMatch(/^undecodable: .*read as Big5/);
    expect(decode(fixture('gbk-traditional.txt'), 'gbk-traditional.txt')).toEqual({
      text: '高新區2023年工作要點\n一、加快產業項目建設，優化營商環境。\n二、強化要素保障：土地、資金、人才。\n',
      encoding: 'gb18030',
    });
  });

  it('decode(bytes) rejects NUL bytes as binary', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const error = decodeError(png);
    expect(error.file).toBe('seeds/bad.txt');
    expect(error.reason).toMatch(/^binary: contains NUL bytes/);
  });

  it('decode(bytes) rejects text full of control characters as binary', () => {
    expect(decodeError(utf8('\x1b[1m\x02\x03园区\x04\x05')).reason).toMatch(/^binary: \d+ control characters$/);
  });

  it('decode(bytes) rejects bytes that are neither UTF-8 nor GB18030', () => {
    expect(decodeError(new Uint8Array([0x41, 0xff, 0xff, 0x42])).reason).toBe(
      'undecodable: neither valid UTF-8 nor valid GB18030',
    );
  });

  it('decode(bytes) rejects a GB18030 reading that is not Chinese text', () => {
    // Latin-1 German: each accented letter pairs with the next byte into a GB18030 Han character.
    const latin1 = new Uint8Array([...'Zürich Straße 12'].map((char) => char.charCodeAt(0)));
    expect(decodeError(latin1).reason).toMatch(
      /^undecodable: not valid UTF-8, and read as GB18030 only \d+% of its characters are Chinese/,
    );
  });

  it('decode(bytes) rejects an empty file', () => {
    expect(decodeError(new Uint8Array()).reason).toBe('empty file');
  });

  it('decode(bytes) rejects a file that is only a BOM', () => {
    expect(decodeError(new Uint8Array(BOM)).reason).toBe('empty file (only a byte order mark)');
  });

  it('decode(bytes) rejects a file of only whitespace', () => {
    expect(decodeError(utf8(' \r\n\t\u3000\n')).reason).toBe('contains only whitespace');
  });

  it('decode(bytes) rejects a file over MAX_BYTES, saying its size and the limit', () => {
    const error = decodeError(new Uint8Array(MAX_BYTES + 1));
    expect(error.reason).toBe('too large: 20.0 MiB (20971521 bytes), over the limit of 20 MiB (20971520 bytes)');
    expect(error.message).toBe(`seeds/bad.txt: ${error.reason}`);
  });

  it('decode(bytes) reads a 3 MB UTF-8 text with CRLF line ends', () => {
    const line = '加快建设工业互联网示范区，着力打造智能制造产业基地。\r\n';
    const text = line.repeat(Math.ceil((3 * 1024 * 1024) / utf8(line).length));
    const decoded = decode(utf8(text), 'big.txt');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe(text.replaceAll('\r\n', '\n'));
  });

  it('decode(bytes) reads a 3 MB GB18030 text', () => {
    const gbk = readFileSync(GBK_FIXTURE);
    const copies = Math.ceil((3 * 1024 * 1024) / gbk.length);
    const bytes = new Uint8Array(gbk.length * copies);
    for (let copy = 0; copy < copies; copy += 1) bytes.set(gbk, copy * gbk.length);
    const decoded = decode(bytes, 'big-gbk.txt');
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text.split('\n')).toHaveLength(3 * copies + 1);
  });

  it('decode(bytes) accepts every seed', () => {
    const seeds = new URL('../../../seeds/', import.meta.url);
    for (const name of readdirSync(seeds).filter((entry) => entry.endsWith('.txt'))) {
      expect(decode(readFileSync(new URL(name, seeds)), name).text).not.toBe('');
    }
  });
});

import { IngestError } from '../ingest-error.ts';

/** Largest seed accepted; a work plan is tens of kilobytes, so anything near this is a wrong file. */
export const MAX_BYTES = 20 * 1024 * 1024;

/** How the bytes were read. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Text with LF line ends and no BOM, and the encoding it was read as. */
export type Decoded = { text: string; encoding: Encoding };

// Above this share of control characters the file is treated as binary, not as text with a stray byte.
const MAX_CONTROL_SHARE = 0.01;
// GB18030 maps almost any byte run to some character, so a GB18030 reading is trusted only when
// at least this share of the non-space characters is Chinese.
const MIN_CJK_SHARE = 0.5;

type Counts = { nonSpace: number; controls: number; cjk: number };

/**
 * Reads one seed's bytes as UTF-16 when they open with its byte order mark (Windows Notepad's
 * "Unicode"), else as UTF-8 (with or without BOM) or, failing that, as GB18030 Chinese.
 * Throws an IngestError naming `file` when the bytes are too large, empty, binary, undecodable
 * or only whitespace.
 */
export function decode(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length > MAX_BYTES) {
    throw new IngestError(
      file,
      `too large: ${formatMiB(bytes.length)} (${bytes.length} bytes), over the limit of ` +
        `${formatMiB(MAX_BYTES)} (${MAX_BYTES} bytes)`,
    );
  }
  if (bytes.length === 0) throw new IngestError(file, 'empty file');
  const utf16 = utf16Bom(bytes);
  if (!utf16 && bytes.includes(0)) {
    throw new IngestError(file, 'binary: contains NUL bytes (binary, or UTF-16 without a byte order mark)');
  }

  const { text, encoding } = utf16 ? readUtf16(bytes, utf16, file) : (readUtf8(bytes) ?? readGb18030(bytes, file));
  const counts = countChars(text);
  if (counts.controls > MAX_CONTROL_SHARE * Math.max(counts.nonSpace, 1)) {
    throw new IngestError(file, `binary: ${counts.controls} control characters`);
  }
  if (encoding === 'gb18030' && asciiTrailShare(bytes) > BIG5_SHARE && readsAsChinese(bytes, 'big5'))
    throw new IngestError(
      file,
      'undecodable: not valid UTF-8, and its bytes read as Big5 (traditional Chinese), which GB18030 reads only as wrong characters; save it as UTF-8',
    );
  const share = cjkShare(counts);
  if (encoding === 'gb18030' && share < MIN_CJK_SHARE) {
    throw new IngestError(
      file,
      `undecodable: not valid UTF-8, and read as GB18030 only ${Math.round(share * 100)}% of ` +
        'its characters are Chinese, so it is probably in another encoding',
    );
  }
  if (text.length === 0) throw new IngestError(file, 'empty file (only a byte order mark)');
  if (counts.nonSpace === 0) throw new IngestError(file, 'contains only whitespace');

  return { text: text.replace(/\r\n?/g, '\n'), encoding };
}

function readUtf8(bytes: Uint8Array): Decoded | undefined {
  try {
    // The decoder drops a leading BOM itself; only whether there was one needs checking.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: hasUtf8Bom(bytes) ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return undefined;
  }
}

/**
 * Above this share of two-byte characters whose second byte is ASCII (0x40–0x7E), the bytes are
 * Big5 rather than GBK: Big5 puts some 40% of characters there, simplified GBK text next to none,
 * and traditional text saved as GBK 16–24% (the seeds and the 60 real documents, converted to
 * traditional and saved both ways: Big5 39–53%, GBK 0–24%). Big5 reads as GB18030 without an
 * error, as a page of wrong characters, so bytes that also read as Big5 are refused rather than
 * published garbled.
 */
const BIG5_SHARE = 0.3;

// GB18030 (a superset of GBK and GB2312) is how older Chinese pages were saved.
function readGb18030(bytes: Uint8Array, file: string): Decoded {
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
  } catch {
    throw new IngestError(file, 'undecodable: neither valid UTF-8 nor valid GB18030');
  }
}

// FF FE and FE FF open no UTF-8 text (neither byte occurs in UTF-8) and no GB18030 text (FF is no GB18030 byte).
function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function readUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string): Decoded {
  try {
    // The decoder drops the byte order mark itself.
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    throw new IngestError(
      file,
      `undecodable: opens with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()}`,
    );
  }
}

/** Whether `bytes` are valid in `encoding` and read mostly as Chinese. */
function readsAsChinese(bytes: Uint8Array, encoding: string): boolean {
  try {
    return cjkShare(countChars(new TextDecoder(encoding, { fatal: true }).decode(bytes))) >= MIN_CJK_SHARE;
  } catch {
    return false;
  }
}

/** The share of the two-byte characters of GBK or Big5 bytes whose second byte is 0x40–0x7E. */
function asciiTrailShare(bytes: Uint8Array): number {
  let pairs = 0;
  let asciiTrail = 0;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    const trail = bytes[i + 1];
    if (lead < 0x80 || trail === undefined) i += 1;
    // GB18030's four-byte characters have a digit second.
    else if (trail >= 0x30 && trail <= 0x39) i += 4;
    else {
      pairs += 1;
      if (trail >= 0x40 && trail <= 0x7e) asciiTrail += 1;
      i += 2;
    }
  }
  return pairs === 0 ? 0 : asciiTrail / pairs;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** One pass over the code points, so a multi-megabyte file costs linear time. */
function countChars(text: string): Counts {
  const counts: Counts = { nonSpace: 0, controls: 0, cjk: 0 };
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (isSpace(code)) continue;
    counts.nonSpace += 1;
    if (isControl(code)) counts.controls += 1;
    else if (isCjk(code, char)) counts.cjk += 1;
  }
  return counts;
}

/** The share of the characters that are not space that are Chinese, 0 for none. */
function cjkShare(counts: Counts): number {
  return counts.nonSpace === 0 ? 0 : counts.cjk / counts.nonSpace;
}

function isSpace(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x3000;
}

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

// Han characters plus the CJK and full-width punctuation that Chinese text is written with.
function isCjk(code: number, char: string): boolean {
  return (
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x2010 && code <= 0x2027) ||
    HAN.test(char)
  );
}

const HAN = /\p{Script=Han}/u;

function formatMiB(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
}

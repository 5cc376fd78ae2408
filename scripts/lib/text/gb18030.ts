let table: Map<string, number> | undefined;

/** Characters of the two-byte GBK range, built once by inverting the platform's decoder. */
function gbkTable(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, (lead << 8) | trail);
    }
  }
  return table;
}

/**
 * Encodes text as GB18030 for test and benchmark corpora (Node ships no GBK encoder). Covers
 * ASCII and the two-byte GBK range, which holds all common Chinese; anything else is an error.
 */
export function encodeGb18030(text: string): Uint8Array {
  const codes = gbkTable();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else {
      const code = codes.get(ch);
      if (code === undefined) throw new Error(`encodeGb18030: ${JSON.stringify(ch)} is outside the two-byte GBK range`);
      out.push(code >> 8, code & 0xff);
    }
  }
  return new Uint8Array(out);
}

/**
 * Character references that a page's HTML source left in its text ("&nbsp;", "&ldquo;七进&rdquo;",
 * "&#8220;"): text copied from a CMS editor or a page's source rather than from the page as shown.
 * They stand for characters of the text, so they are decoded, not cut: cutting "&ldquo;" would drop
 * the quotation mark. Only references that end in ";" and name a character are decoded; any other
 * "&" is left as written.
 */

/** The named references such pages use, and what they stand for. */
const NAMED: Readonly<Record<string, string>> = {
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  bull: '•',
  times: '×',
  divide: '÷',
  plusmn: '±',
  deg: '°',
  permil: '‰',
  yen: '¥',
  copy: '©',
  reg: '®',
  trade: '™',
};

const REFERENCE = /&(?:([a-z]+)|#(\d{1,7})|#x([\da-f]{1,6}));/giu;

/** `line` with its character references decoded, and each reference as written, in order. */
export function decodeHtmlEntities(line: string): { text: string; cuts: string[] } {
  const cuts: string[] = [];
  const text = line.replace(REFERENCE, (reference, name?: string, decimal?: string, hex?: string) => {
    const char =
      name !== undefined
        ? NAMED[name.toLowerCase()]
        : fromCodePoint(Number.parseInt(decimal ?? hex!, decimal ? 10 : 16));
    if (char === undefined) return reference;
    cuts.push(reference);
    return char;
  });
  return { text, cuts };
}

/** The character of a numeric reference; none for controls, surrogates and what is past Unicode. */
function fromCodePoint(code: number): string | undefined {
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff)
    return undefined;
  return String.fromCodePoint(code);
}

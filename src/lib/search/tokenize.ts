/**
 * The one normaliser of full-text search, and the words Pagefind stores. The indexer
 * (scripts/index-search.ts) and the browser both call these functions with the same
 * traditional-to-simplified map, so the text indexed and the text searched can never disagree.
 *
 * `normalize` maps every character on its own, so a substring of a text stays a substring of the
 * normalised text: traditional -> simplified, full-width -> ASCII, lower case, any space -> " ".
 * `encodeToken` writes characters as lowercase base-36, four digits each: Pagefind re-segments
 * Chinese on its own and drops punctuation, while [0-9a-z] words pass through it untouched.
 * How the encoded characters are laid out in a record is src/lib/search/positions.ts.
 */

/** Traditional character -> simplified character, one code point each (see `parseCharMap`). */
export type CharMap = ReadonlyMap<string, string>;

/** "ｅ" -> "e", "，" -> ",": the full-width forms of ASCII 0x21-0x7E sit 0xFEE0 above it. */
const FULL_WIDTH = { first: 0xff01, last: 0xff5e, offset: 0xfee0 } as const;
const IDEOGRAPHIC_SPACE = 0x3000;
const SPACE = /\s/u;

/** Base-36 digits per character: 36^4 = 1,679,616 covers every code point (max 0x10FFFF). */
export const DIGITS_PER_CHAR = 4;

/** One character, normalised: "體" -> "体", "Ａ" -> "a", "　" -> " ". May return two code units ("İ" -> "i̇"). */
export function normalizeChar(char: string, t2s: CharMap): string {
  const code = char.codePointAt(0)!;
  if (code >= FULL_WIDTH.first && code <= FULL_WIDTH.last)
    return String.fromCodePoint(code - FULL_WIDTH.offset).toLowerCase();
  if (code === IDEOGRAPHIC_SPACE || SPACE.test(char)) return ' ';
  return (t2s.get(char) ?? char).toLowerCase();
}

/** `text` with every character normalised: "營商環境ＡＢ" -> "营商环境ab". */
export function normalize(text: string, t2s: CharMap): string {
  let out = '';
  for (const char of text) out += normalizeChar(char, t2s);
  return out;
}

export interface NormalizedText {
  text: string;
  /** For each UTF-16 unit of `text`, the index in the original of the character it came from. */
  source: number[];
}

/** `normalize` that also says where each normalised unit came from, for highlighting matches in the original. */
export function normalizeWithSource(text: string, t2s: CharMap): NormalizedText {
  let out = '';
  const source: number[] = [];
  let index = 0;
  for (const char of text) {
    const normal = normalizeChar(char, t2s);
    out += normal;
    for (let i = 0; i < normal.length; i++) source.push(index);
    index += char.length;
  }
  return { text: out, source };
}

/** A token as Pagefind stores it: "营" (U+8425) -> "0q3p", "营商" -> "0q3p0gue". */
export function encodeToken(token: string): string {
  let out = '';
  for (const char of token) out += char.codePointAt(0)!.toString(36).padStart(DIGITS_PER_CHAR, '0');
  return out;
}

/** `encodeToken` undone, for reading an index word in a test or a debugger. */
export function decodeToken(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i += DIGITS_PER_CHAR)
    out += String.fromCodePoint(parseInt(word.slice(i, i + DIGITS_PER_CHAR), 36));
  return out;
}

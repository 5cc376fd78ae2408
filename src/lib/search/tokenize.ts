/**
 * The one tokeniser of full-text search. The indexer (scripts/index-search.ts) and the browser
 * (the search page) both call these functions, with the same traditional-to-simplified map, so
 * the words Pagefind stores and the words it is asked for can never disagree.
 *
 * Three steps, each pure:
 * - `normalize` maps every character on its own (so a substring of a text stays a substring of
 *   the normalised text): traditional -> simplified, full-width -> ASCII, lower case, any space -> " ".
 * - `tokenize` cuts the normalised text into runs of CJK characters and runs of other letters and
 *   digits; a CJK run gives its overlapping bigrams and its last character, any other run gives
 *   all its suffixes. Every character of a text thus begins some token, so any query token is
 *   a token of the text or a prefix of one, and Pagefind matches words by prefix.
 * - `encodeToken` writes a token as lowercase base-36, four digits per character. Pagefind
 *   re-segments Chinese on its own (jieba when indexing, Intl.Segmenter when searching a zh page)
 *   and drops punctuation; [0-9a-z] words pass through both sides untouched.
 */

/** Traditional character -> simplified character, one code point each (see `parseCharMap`). */
export type CharMap = ReadonlyMap<string, string>;

/** "ｅ" -> "e", "，" -> ",": the full-width forms of ASCII 0x21-0x7E sit 0xFEE0 above it. */
const FULL_WIDTH = { first: 0xff01, last: 0xff5e, offset: 0xfee0 } as const;
const IDEOGRAPHIC_SPACE = 0x3000;

/** Scripts written without spaces: "营商环境", "ひらがな", "한국어". */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Letters and digits of every other script: "5g", "x", "gdp", "ш". */
const WORD = /[\p{L}\p{N}]/u;
/** Combining marks belong to the character before them. */
const MARK = /\p{M}/u;
const SPACE = /\s/u;

/** Base-36 digits per character: 36^4 = 1,679,616 covers every code point (max 0x10FFFF). */
export const DIGITS_PER_CHAR = 4;

/** One character, normalised: "體" -> "体", "Ａ" -> "a", "　" -> " ". May return two code units ("İ" -> "i̇"). */
export function normalizeChar(char: string, t2s: CharMap): string {
  const code = char.codePointAt(0)!;
  if (code >= FULL_WIDTH.first && code <= FULL_WIDTH.last) return String.fromCodePoint(code - FULL_WIDTH.offset).toLowerCase();
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

type CharClass = 'cjk' | 'word' | null;

function classOf(char: string, previous: CharClass): CharClass {
  if (CJK.test(char)) return 'cjk';
  if (WORD.test(char)) return 'word';
  if (MARK.test(char)) return previous ?? 'word';
  return null;
}

interface Run {
  kind: 'cjk' | 'word';
  chars: string[];
}

/** The runs of already normalised text: "x高新区2020年" -> x | 高新区 | 2020 | 年. */
export function runs(normalized: string): Run[] {
  const out: Run[] = [];
  let current: Run | null = null;
  let previous: CharClass = null;
  for (const char of normalized) {
    const kind = classOf(char, previous);
    if (kind === null) current = null;
    else if (current && current.kind === kind) current.chars.push(char);
    else out.push((current = { kind, chars: [char] }));
    previous = kind;
  }
  return out;
}

function runTokens(run: Run): string[] {
  const { chars } = run;
  if (run.kind === 'word') return chars.map((_, i) => chars.slice(i).join(''));
  const tokens: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
  tokens.push(chars.at(-1)!);
  return tokens;
}

/**
 * Every token of `text`, in order, repeats kept (they count as term frequency):
 * "链延链" -> 链延 延链 链; "5G网络" -> 5g g 网络 络.
 */
export function tokenize(text: string, t2s: CharMap): string[] {
  return runs(normalize(text, t2s)).flatMap(runTokens);
}

/**
 * The fewest tokens a text containing `query` must match: per CJK run its bigrams (or the one
 * character), per other run the whole run. Each is a token of `tokenize(query)`; the rest are
 * prefixes or parts of these and would only widen the search. "营商环" -> 营商 商环.
 */
export function queryTokens(query: string, t2s: CharMap): string[] {
  const tokens = runs(normalize(query, t2s)).flatMap((run) => {
    if (run.kind === 'word' || run.chars.length === 1) return [run.chars.join('')];
    return runTokens(run).slice(0, -1);
  });
  return [...new Set(tokens)];
}

/** A token as Pagefind stores it: "营" (U+8425) -> "0q3p", "5g" -> "001h002v". */
export function encodeToken(token: string): string {
  let out = '';
  for (const char of token) out += char.codePointAt(0)!.toString(36).padStart(DIGITS_PER_CHAR, '0');
  return out;
}

/** `encodeToken` undone, for reading an index word in a test or a debugger. */
export function decodeToken(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i += DIGITS_PER_CHAR) out += String.fromCodePoint(parseInt(word.slice(i, i + DIGITS_PER_CHAR), 36));
  return out;
}

/** The content of a passage's Pagefind record: its encoded tokens separated by spaces. */
export function indexContent(text: string, t2s: CharMap): string {
  return tokenize(text, t2s).map(encodeToken).join(' ');
}

/** The Pagefind search term for a query that must appear as written: its encoded `queryTokens`. */
export function searchTerm(query: string, t2s: CharMap): string {
  return queryTokens(query, t2s).map(encodeToken).join(' ');
}

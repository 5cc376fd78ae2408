/**
 * How a record's sentences sit in Pagefind's word positions, so that the positions Pagefind
 * returns answer a query exactly, with no sentence text fetched.
 *
 * - Every character of a normalised sentence is one word: the character and the next one,
 *   encoded (`encodeToken`); the last character alone. Pagefind numbers words 0, 1, 2 …, so a
 *   word's position is its character's offset.
 * - Sentence k of a record starts at position k × stride; the record's stride exceeds its longest
 *   sentence, and the gap is filled with `GAP` words, which Pagefind counts but does not index.
 *   A position therefore names its sentence (position ÷ stride) without a table of lengths, and
 *   no match can run from one sentence into the next.
 * - A query of n ≥ 2 characters is looked up as its pairs at offsets 0, 2, 4 … and n − 2. They
 *   fix every character, so a position p where each pair sits at p + offset is an occurrence of
 *   the whole query: the substring test `text.includes(query)`, done on positions. A query of one
 *   character is looked up by prefix, which Pagefind does for every term.
 */
import { encodeToken } from './tokenize.ts';

/** A word Pagefind counts as a position but, being punctuation, never indexes. */
export const GAP = '-';

/** The words of one normalised sentence: "链延链" -> encoded 链延 延链 链. */
export function sentenceWords(normal: string): string[] {
  const chars = Array.from(normal);
  return chars.map((char, i) => encodeToken(i + 1 < chars.length ? char + chars[i + 1]! : char));
}

/** The smallest stride for these sentences: longer than the longest, so each has a gap after it. */
export function strideFor(normals: readonly string[]): number {
  return normals.reduce((longest, n) => Math.max(longest, Array.from(n).length), 1) + 1;
}

/** A record's content: each sentence's words at k × stride, gaps between. */
export function recordContent(normals: readonly string[], stride: number): string {
  const words: string[] = [];
  for (const normal of normals) {
    const own = sentenceWords(normal);
    if (own.length >= stride)
      throw new Error(`a sentence of ${own.length} characters does not fit a stride of ${stride}`);
    // Pushed one by one: spread into push, a sentence of some 100,000 characters overflowed the stack.
    for (const word of own) words.push(word);
    for (let k = own.length; k < stride; k++) words.push(GAP);
  }
  return words.join(' ');
}

/** One Pagefind term of a query, and where it sits in the query. */
export interface Link {
  offset: number;
  term: string;
}

/** The terms that pin `normalQuery` down: "营商环境" -> 营商 @0, 环境 @2; "链" -> 链 @0 (prefix). */
export function queryLinks(normalQuery: string): Link[] {
  const chars = Array.from(normalQuery);
  if (chars.length <= 1) return chars.map((char) => ({ offset: 0, term: encodeToken(char) }));
  const offsets: number[] = [];
  for (let at = 0; at + 1 < chars.length; at += 2) offsets.push(at);
  if (offsets.at(-1) !== chars.length - 2) offsets.push(chars.length - 2);
  return offsets.map((offset) => ({ offset, term: encodeToken(chars[offset]! + chars[offset + 1]!) }));
}

/**
 * The positions where the whole query starts, given where each link's term was found in one
 * record (`found[i]` for `links[i]`): every p with p + offset in the found positions of every link.
 */
export function queryStarts(links: readonly Link[], found: readonly (readonly number[])[]): number[] {
  if (links.length === 0) return [];
  const sets = found.map((positions) => new Set(positions));
  const first = links[0]!;
  const starts: number[] = [];
  for (const at of found[0]!) {
    const p = at - first.offset;
    if (p >= 0 && links.every((link, i) => sets[i]!.has(p + link.offset))) starts.push(p);
  }
  return starts.sort((a, b) => a - b);
}

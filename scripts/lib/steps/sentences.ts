import {
  ASCII_TERMINATORS,
  CHINESE_NUMERALS,
  CLOSERS,
  DOTS,
  FULL_WIDTH_TERMINATORS,
  HAN_CHAR,
  MAX_PAIR_SPAN,
  PAIRS,
} from '../text/punctuation.ts';

const ASCII_WORD_CHAR = /^[A-Za-z0-9]$/;
// A sentence so far that is only a list number: the dot after it is the label's ("12." "一.").
const LIST_NUMBER = new RegExp(`^\\s*(?:\\d{1,3}|[${CHINESE_NUMERALS}]{1,3})$`, 'u');
const LIST_NUMBER_MAX_CHARS = 8;

/**
 * The sentences of one line, verbatim and trimmed, in order: only the whitespace between them is
 * left out. A terminator ends a sentence unless a quote or bracket pair is open; closers and
 * further terminators stay with it; a trailing fragment without a terminator is a sentence too.
 * Linear in the length of the line.
 */
export function splitSentences(line: string): string[] {
  const sentences: string[] = [];
  const findCloser = closerFinder(line);
  let start = 0;
  // Index of the closer that ends the open pairs, or -1 when none is open.
  let pairEnd = -1;
  for (let i = 0; i < line.length; i += 1) {
    const closer = PAIRS.get(line[i]!);
    if (closer !== undefined) {
      pairEnd = Math.max(pairEnd, findCloser(closer, i));
      continue;
    }
    // A terminator just inside a closing pair ends the sentence after the closer: “要实干。”
    const ends = i > pairEnd ? endsSentence(line, start, i) : i === pairEnd && endsSentence(line, start, i - 1);
    if (!ends) continue;
    let end = i + 1;
    while (end < line.length && (CLOSERS.has(line[end]!) || isTerminatorMark(line[end]!))) end += 1;
    pushTrimmed(sentences, line.slice(start, end));
    start = end;
    i = end - 1;
  }
  pushTrimmed(sentences, line.slice(start));
  return sentences;
}

/** Whether the mark at `i` ends the sentence that began at `start`. */
function endsSentence(line: string, start: number, i: number): boolean {
  const mark = line[i]!;
  if (FULL_WIDTH_TERMINATORS.has(mark)) return true;
  if (ASCII_TERMINATORS.has(mark)) {
    return !(isAsciiWordChar(line[i - 1]) && isAsciiWordChar(line[i + 1]));
  }
  if (!DOTS.has(mark)) return false;
  const before = line[i - 1];
  if (before === undefined || !(HAN_CHAR.test(before) || CLOSERS.has(before))) return false;
  return !(i - start <= LIST_NUMBER_MAX_CHARS && LIST_NUMBER.test(line.slice(start, i)));
}

function isTerminatorMark(char: string): boolean {
  return FULL_WIDTH_TERMINATORS.has(char) || ASCII_TERMINATORS.has(char) || DOTS.has(char);
}

function isAsciiWordChar(char: string | undefined): boolean {
  return char !== undefined && ASCII_WORD_CHAR.test(char);
}

function pushTrimmed(sentences: string[], piece: string): void {
  const trimmed = piece.trim();
  if (trimmed !== '') sentences.push(trimmed);
}

/**
 * Returns a lookup of the first `closer` after an opener at `from`, within MAX_PAIR_SPAN, or -1.
 * Openers are looked up left to right, so each closer kind remembers how far it has searched and
 * reads every character at most once.
 */
function closerFinder(line: string): (closer: string, from: number) => number {
  const searches = new Map<string, { found: number; searched: number }>();
  return (closer, from) => {
    const limit = Math.min(line.length - 1, from + MAX_PAIR_SPAN);
    let search = searches.get(closer);
    if (search === undefined) {
      search = { found: -1, searched: -1 };
      searches.set(closer, search);
    }
    if (search.found > from) return search.found <= limit ? search.found : -1;
    for (let k = Math.max(from + 1, search.searched + 1); k <= limit; k += 1) {
      if (line[k] === closer) {
        search.found = k;
        search.searched = k;
        return k;
      }
    }
    search.searched = Math.max(search.searched, limit);
    return -1;
  };
}

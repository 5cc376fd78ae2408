/**
 * Pinyin glosses that auto-converters leave after a character: 鎮(zhèn)江, 區(qū), 发(fa1). A
 * gloss is one pinyin syllable in lowercase Latin with a tone mark or a tone number, in ASCII or
 * full-width parentheses, straight after a Han character. Parenthesised plan text — (一), (试行),
 * (2023), (GDP), (含), (万元) — never has that shape, so it is never touched.
 */

import { cutMatches } from './cut-matches.ts';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const VOWELS = `aeiouüv${TONED}`;
// Initial (optional) + vowels + optional nasal or rhotic ending: the shape of every syllable.
const SYLLABLE = `(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[${VOWELS}]{1,4}(?:ng|n|r)?`;

/** A gloss with a tone mark somewhere in it, or a toneless syllable followed by a tone number 1–5. */
export const PINYIN_GLOSS = new RegExp(
  `(?<=\\p{Script=Han})[(（](?=[a-z${TONED}ü]*[${TONED}]|[a-zü]+[1-5][)）])(?:${SYLLABLE})[1-5]?[)）]`,
  'gu',
);

/**
 * A gloss cut off by the end of the text, as in 開發(f: the page was truncated inside it. Only at
 * the very end, so an unclosed "(" in the middle of a line is left alone.
 */
export const CUT_PINYIN_GLOSS = new RegExp(`(?<=\\p{Script=Han})[(（][a-z${TONED}ü]{1,6}(?=\\s*$)`, 'u');

/** `line` without its pinyin glosses, and each gloss cut, in order. */
export function removePinyinGlosses(line: string, isLastLine = false): { text: string; cuts: string[] } {
  const glossed = cutMatches(line, PINYIN_GLOSS);
  if (!isLastLine) return glossed;
  const cut = cutMatches(glossed.text, CUT_PINYIN_GLOSS);
  return { text: cut.text, cuts: [...glossed.cuts, ...cut.cuts] };
}

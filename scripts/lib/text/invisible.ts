/**
 * Characters that take no space on the page but sit inside the text of copied web pages: zero-width
 * spaces and joiners, the word joiner, a byte order mark in mid-text (two files pasted together) and
 * soft hyphens. Inside "高新\u200b区" one stops every name and label from being found, so they go;
 * each is reported by its code point, since it cannot be shown.
 */
import { cutMatches } from './cut-matches.ts';

// Alternatives, not a class: a zero-width joiner inside a class reads as joining its neighbours.
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/gu;

/** `line` without invisible characters, and each one cut as "U+200B", in order. */
export function removeInvisible(line: string): { text: string; cuts: string[] } {
  return cutMatches(line, INVISIBLE, (char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}

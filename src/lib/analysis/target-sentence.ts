import { kwic } from '../../shared/analysis/kwic.ts';

/**
 * Characters of a target's sentence shown on each side of its figure on the targets page: a
 * sentence of the usual length shows whole, while a table flattened into one line of thousands of
 * figures no longer repeats the whole line in every row.
 */
export const TARGET_CONTEXT_CHARS = 100;

/**
 * A target's sentence as the targets page shows it: whole, or the figure in its context with …
 * where the sentence was cut; empty when the sentence is not there.
 */
export function targetSentence(sentence: string | undefined, offset: number, length: number): string {
  if (sentence === undefined) return '';
  const { left, match, right } = kwic(sentence, offset, length, TARGET_CONTEXT_CHARS);
  const cutBefore = offset - left.length > 0;
  const cutAfter = offset + length + right.length < sentence.length;
  return `${cutBefore ? '…' : ''}${left}${match}${right}${cutAfter ? '…' : ''}`;
}

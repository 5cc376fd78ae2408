import { foldWidth } from '../text/fold-width.ts';

/** Inside Chinese quotes, 2 to 12 characters, no quote marks: “三高四新”, “放管服”, “腾笼换鸟”. */
const QUOTED = /(?<=[“「])[^“”「」\n]{2,12}(?=[”」])/gu;

/**
 * The slogans a sentence puts in quotes, width-folded (“４×４” reads as 4×4), each with the
 * offset of its first character inside the quotes. O(sentence length).
 */
export function quotedSlogans(text: string): { phrase: string; offset: number; length: number }[] {
  return [...text.matchAll(QUOTED)].map((m) => ({ phrase: foldWidth(m[0]), offset: m.index, length: m[0].length }));
}

import { foldForMatching } from '../text/fold.ts';

/** Inside Chinese quotes, 2 to 12 characters, no quote marks: “三高四新”, “放管服”, “腾笼换鸟”. */
const QUOTED = /(?<=[“「])[^“”「」\n]{2,12}(?=[”」])/gu;

/**
 * The slogans a sentence puts in quotes, folded for matching (“４×４” reads as 4×4, “創新” as 创新), each with the
 * offset of its first character inside the quotes. O(sentence length).
 */
export function quotedSlogans(text: string): { phrase: string; offset: number; length: number }[] {
  return [...text.matchAll(QUOTED)].map((m) => ({
    phrase: foldForMatching(m[0]),
    offset: m.index,
    length: m[0].length,
  }));
}

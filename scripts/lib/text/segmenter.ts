import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/**
 * A frequency high enough that jieba keeps a policy word whole (营商环境, 专精特新, 招商局)
 * instead of preferring a split its general dictionary likes better.
 */
const POLICY_WORD_FREQUENCY = 100_000;

export interface Segmenter {
  /** Words of `text` in order; joined they give `text` back. */
  cut(text: string): string[];
  /** `cut` for many texts (none containing a line break) in one call, which saves the per-call cost. */
  cutMany(texts: readonly string[]): string[][];
  /** The dictionary words inside one word (jieba's search mode): 相对集中行政许可权 holds 相对, 集中, 行政许可, 许可权 …. */
  subwords(word: string): string[];
}

/** jieba with its default dictionary plus `words`, so the codebook's vocabulary survives segmentation. */
export function createSegmenter(words: Iterable<string>): Segmenter {
  const jieba = Jieba.withDict(dict);
  const unique = [...new Set(words)].filter((w) => !/\s/u.test(w)).sort();
  if (unique.length > 0) {
    jieba.loadDict(Buffer.from(unique.map((w) => `${w} ${POLICY_WORD_FREQUENCY}`).join('\n'), 'utf8'));
  }
  const cut = (text: string) => jieba.cut(text, false);
  return {
    cut,
    // jieba cuts Han runs between other characters independently, so a line break keeps texts apart exactly.
    cutMany(texts) {
      const out: string[][] = [[]];
      for (const word of cut(texts.join('\n'))) {
        if (word === '\n') out.push([]);
        else out.at(-1)!.push(word);
      }
      return out.slice(0, texts.length);
    },
    subwords: (word) => jieba.cutForSearch(word, false),
  };
}

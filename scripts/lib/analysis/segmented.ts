import type { Passage } from '../../../src/schemas/passage.ts';
import type { Segmenter } from '../text/segmenter.ts';

/** What the corpus analysis reads of a sentence: no evidence, so it is cheap to hand to another thread. */
export type AnalysedSentence = Pick<Passage, 'doc' | 'id' | 'text' | 'themes' | 'section'>;

/** A sentence with its segmenter words, cut once and shared by every analysis that reads words. */
export interface SegmentedPassage extends AnalysedSentence {
  /** `segmenter.cut(text)`: joined, they give `text` back. */
  words: readonly string[];
}

/** Cuts every sentence once; O(total characters) plus the segmenter's own cost. */
export function segmentPassages(passages: readonly AnalysedSentence[], segmenter: Segmenter): SegmentedPassage[] {
  const texts = passages.map((p) => p.text);
  return withWords(
    passages,
    texts,
    texts.map((text) => segmenter.cut(text)),
  );
}

/**
 * `passages` as the analyses read them: each with the text folded as at ingest (`folded`) and the
 * segmenter's words of that text (`words`), in the same order.
 */
export function withWords(
  passages: readonly AnalysedSentence[],
  folded: readonly string[],
  words: readonly (readonly string[])[],
): SegmentedPassage[] {
  return passages.map(({ doc, id, themes, section }, i) => ({
    doc,
    id,
    text: folded[i]!,
    themes,
    section,
    words: words[i]!,
  }));
}

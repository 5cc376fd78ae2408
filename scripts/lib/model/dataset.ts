import { createHash } from 'node:crypto';
import { THEME_IDS } from '../../../src/schemas/codebook.ts';
import type { AnnotatedSentence } from '../annotations/annotated-sentence.ts';
import type { Contextualised } from '../annotations/heading-context.ts';
import type { RuleMatcher } from '../steps/rule-hits.ts';
import { foldForMatching } from '../text/fold.ts';
import type { Segmenter } from '../text/segmenter.ts';
import { sentenceFeatures, type FeatureKinds, type SentenceFeatures } from './features.ts';
import type { SparseRow } from './logistic-regression.ts';

/** Annotated sentences as feature maps, ready to index for one choice of feature kinds. */
export interface Example {
  sentence: AnnotatedSentence;
  features: SentenceFeatures;
  /** Per theme (THEME_IDS order): 1 present, 0 absent, -1 optional (not counted). */
  target: Int8Array;
}

/** Folds and segments each sentence as its context gives it and its heading (the form the ingest tags) and reads its features. */
export function toExamples(
  sentences: readonly AnnotatedSentence[],
  context: readonly Contextualised[],
  kinds: FeatureKinds,
  segmenter: Segmenter,
  rules: RuleMatcher,
): Example[] {
  const texts = context.map((c) => foldForMatching(c.text).replace(/\n/gu, ' '));
  const words = segmenter.cutMany(texts);
  const headingWords = new Map<string, { text: string; words: string[] }>();
  return sentences.map((sentence, i) => {
    const { heading, isHeading } = context[i]!;
    let h = null;
    if (heading) {
      const folded = foldForMatching(heading);
      h = headingWords.get(folded) ?? { text: folded, words: segmenter.cut(folded) };
      headingWords.set(folded, h);
    }
    const features = sentenceFeatures(kinds, rules, { text: texts[i]!, words: words[i]! }, h, isHeading);
    const target = Int8Array.from(THEME_IDS, (t) =>
      sentence.optional.includes(t) ? -1 : sentence.themes.includes(t) ? 1 : 0,
    );
    return { sentence, features, target };
  });
}

/** Feature names → column indices, in first-seen order of the given examples (deterministic for a fixed order). */
export function indexFeatures(examples: readonly Example[]): Map<string, number> {
  const index = new Map<string, number>();
  for (const e of examples)
    for (const name of e.features.values.keys()) if (!index.has(name)) index.set(name, index.size);
  return index;
}

/** One example as a sparse row over `index`; features it does not know are dropped (they would weigh 0). */
export function toRow(values: ReadonlyMap<string, number>, index: ReadonlyMap<string, number>): SparseRow {
  const pairs: [number, number][] = [];
  for (const [name, v] of values) {
    const at = index.get(name);
    if (at !== undefined) pairs.push([at, v]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return { index: Int32Array.from(pairs, (p) => p[0]), value: Float32Array.from(pairs, (p) => p[1]) };
}

/**
 * First 16 hex digits of the SHA-256 of the examples in order: each one's source, labels and
 * features. A model or report computed from them names this hash, so a change anywhere upstream
 * (annotations, normalisation, heading alignment, segmentation, the codebook's scores) shows.
 */
export function examplesHash(examples: readonly Example[]): string {
  const hash = createHash('sha256');
  for (const { sentence, target, features } of examples) {
    const values = [...features.values].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    hash.update(JSON.stringify([sentence.set, sentence.doc, sentence.id, [...target], values]) + '\n');
  }
  return hash.digest('hex').slice(0, 16);
}

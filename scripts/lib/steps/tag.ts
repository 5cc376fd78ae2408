import type { Codebook, ThemeId } from '../../../src/schemas/codebook.ts';
import type { Evidence } from '../../../src/schemas/passage.ts';
import type { Segmenter } from '../text/segmenter.ts';
import { createRuleMatcher, type Hit } from './rule-hits.ts';

export interface TagInput {
  text: string;
  /** The heading of the sentence's section, read as context. */
  heading: string | null;
  /** True when the sentence is itself a heading. */
  isHeading: boolean;
}

export interface Tagged {
  themes: ThemeId[];
  evidence: Evidence[];
}

export interface Tagger {
  /**
   * Themes of each sentence of a document, segmented in one pass; `words`, the sentences'
   * `segmenter.cutMany` words when the caller has them already, spares cutting them twice.
   */
  tagAll(sentences: readonly TagInput[], words?: readonly (readonly string[])[]): Tagged[];
  /** Themes of one sentence. */
  tag(text: string, heading: string | null, isHeading?: boolean): Tagged;
}

/** Every word the segmenter must keep whole for the codebook's terms and exclusions to be findable. */
export function codebookWords(codebook: Codebook): string[] {
  return [...codebook.themes.flatMap((t) => [...t.terms.map((x) => x.term), ...t.exclude]), ...codebook.dictionary];
}

/** Builds the rule tagger: a theme's score is the sum of its codebook weights found, tagged at the codebook's threshold. */
export function createTagger(codebook: Codebook, segmenter: Segmenter): Tagger {
  const hitsIn = createRuleMatcher(codebook, segmenter);
  const order = new Map(codebook.themes.map((t, i) => [t.id, i]));

  const contextCache = new Map<string, Map<ThemeId, Hit[]>>();
  const contextOf = (heading: string) => {
    let hits = contextCache.get(heading);
    if (!hits) contextCache.set(heading, (hits = hitsIn(heading, segmenter.cut(heading), 'heading')));
    return hits;
  };

  function tagOne({ text, heading, isHeading }: TagInput, words: readonly string[]): Tagged {
    const own = hitsIn(text, words, 'sentence');
    const context = heading ? contextOf(heading) : new Map<ThemeId, Hit[]>();
    const ownFactor = isHeading ? codebook.headingBoost : 1;
    const evidence: Evidence[] = [];
    for (const theme of new Set([...own.keys(), ...context.keys()])) {
      const mine = (own.get(theme) ?? []).map((h) => ({ ...h, weight: round(h.weight * ownFactor) }));
      const inherited = (context.get(theme) ?? []).map((h) => ({
        ...h,
        weight: round(h.weight * codebook.headingWeight),
      }));
      const score = round(sum(mine) + Math.min(sum(inherited), codebook.headingWeight));
      if (score >= codebook.threshold)
        evidence.push({ theme, score, threshold: codebook.threshold, hits: [...mine, ...inherited] });
    }
    evidence.sort((a, b) => order.get(a.theme)! - order.get(b.theme)!);
    return { themes: evidence.map((e) => e.theme), evidence };
  }

  return {
    tagAll(sentences, words = segmenter.cutMany(sentences.map((s) => s.text))) {
      return sentences.map((s, i) => tagOne(s, words[i]!));
    },
    tag(text, heading, isHeading = false) {
      return tagOne({ text, heading, isHeading }, segmenter.cut(text));
    },
  };
}

function sum(hits: readonly Hit[]): number {
  return hits.reduce((total, h) => total + h.weight, 0);
}

/** Scores are sums of small decimals; rounding keeps data files identical across platforms. */
function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

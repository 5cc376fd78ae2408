import { THEME_IDS, type Codebook } from '../../../src/schemas/codebook.ts';
import type { Evidence } from '../../../src/schemas/passage.ts';
import type { TaggerModel } from '../../../src/schemas/tagger-model.ts';
import { sentenceFeatures } from '../model/features.ts';
import { sigmoid } from '../model/logistic-regression.ts';
import { foldForMatching } from '../text/fold.ts';
import type { Segmenter } from '../text/segmenter.ts';
import { createRuleMatcher, type Hit } from './rule-hits.ts';
import type { TagInput, Tagged, Tagger } from './tag.ts';

/** How many of the strongest reasons a tag shows. */
export const EVIDENCE_HITS = 5;

/**
 * The tagger of a fitted model: each sentence and its heading are folded (traditional →
 * simplified, full-width → half-width) and segmented, their features weighed, and a theme holds
 * when its probability reaches the theme's threshold. A tag's evidence is the features that
 * pushed it up most, as words and codebook terms a reader can check against the sentence.
 */
export function createModelTagger(model: TaggerModel, codebook: Codebook, segmenter: Segmenter): Tagger {
  if (model.codebookVersion !== codebook.version) {
    throw new Error(`content/model/tagger.json was trained with codebook ${model.codebookVersion}, not ${codebook.version}: run npm run train`);
  }
  const rules = createRuleMatcher(codebook, segmenter);
  const column = new Map(model.themes.map((t, i) => [t, i]));
  const themes = THEME_IDS.filter((t) => column.has(t));
  const headingCache = new Map<string, { text: string; words: string[] }>();
  const headingOf = (heading: string) => {
    let h = headingCache.get(heading);
    if (!h) {
      const text = foldForMatching(heading);
      headingCache.set(heading, (h = { text, words: segmenter.cut(text) }));
    }
    return h;
  };

  function tagOne({ heading, isHeading }: TagInput, folded: string, words: readonly string[]): Tagged {
    const { values, ruleHits } = sentenceFeatures(model.kinds, rules, { text: folded, words }, heading ? headingOf(heading) : null, isHeading);
    const evidence: Evidence[] = [];
    for (const theme of themes) {
      const l = column.get(theme)!;
      let z = model.bias[l]!;
      const parts: { name: string; contribution: number }[] = [];
      for (const [name, x] of values) {
        const w = model.weights[name]?.[l];
        if (w === undefined || w === 0) continue;
        z += w * x;
        parts.push({ name, contribution: w * x });
      }
      const p = sigmoid(z);
      const threshold = model.thresholds[theme] ?? 0.5;
      if (p < threshold) continue;
      evidence.push({ theme, score: round(p), threshold, hits: explain(parts, ruleHits) });
    }
    return { themes: evidence.map((e) => e.theme), evidence };
  }

  return {
    tagAll(sentences, words) {
      const folded = sentences.map((s) => foldForMatching(s.text).replace(/\n/gu, ' '));
      // The caller's words are of the text as written; they serve only where folding changed nothing.
      const same = words !== undefined && folded.every((f, i) => f === sentences[i]!.text);
      const cut = same ? words : segmenter.cutMany(folded);
      return sentences.map((s, i) => tagOne(s, folded[i]!, cut[i]!));
    },
    tag(text, heading, isHeading = false) {
      const folded = foldForMatching(text);
      return tagOne({ text, heading, isHeading }, folded, segmenter.cut(folded));
    },
  };
}

/** The strongest positive contributions as hits; a codebook score shares its contribution among the terms behind it. */
function explain(parts: { name: string; contribution: number }[], ruleHits: Map<string, Hit[]>): Hit[] {
  const hits: Hit[] = [];
  for (const { name, contribution } of parts) {
    if (contribution <= 0) continue;
    const colon = name.indexOf(':');
    const kind = name.slice(0, colon), rest = name.slice(colon + 1);
    // A one-character word (和, 四, 抓) weighs in the model but explains nothing to a reader.
    if ((kind === 'w' || kind === 'h') && [...rest].length < 2) continue;
    if (kind === 'w' || kind === 'h') hits.push({ rule: 'word', match: rest, text: rest, weight: contribution, where: kind === 'w' ? 'sentence' : 'heading' });
    else if (kind === 'c') hits.push({ rule: 'chars', match: rest, text: rest, weight: contribution, where: 'sentence' });
    else if (kind === 'r' || kind === 'hr') {
      const found = ruleHits.get(name) ?? [];
      const total = found.reduce((n, h) => n + h.weight, 0);
      for (const h of found) hits.push({ ...h, weight: (contribution * h.weight) / total });
    }
  }
  // Strongest first; equal weights in code-point order so output bytes never depend on map order.
  hits.sort((a, b) => b.weight - a.weight || (a.where < b.where ? -1 : a.where > b.where ? 1 : a.match < b.match ? -1 : a.match > b.match ? 1 : 0));
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.where}\u0000${h.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).slice(0, EVIDENCE_HITS).map((h) => ({ ...h, weight: round(h.weight) }));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

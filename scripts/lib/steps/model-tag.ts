import { THEME_IDS, type Codebook } from '../../../src/schemas/codebook.ts';
import type { Evidence } from '../../../src/schemas/passage.ts';
import type { TaggerModel } from '../../../src/schemas/tagger-model.ts';
import { headingFeatures, isWordFeature, ownFeatures, wordValue, type SentenceFeatures } from '../model/features.ts';
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
    throw new Error(
      `content/model/tagger.json was trained with codebook ${model.codebookVersion}, not ${codebook.version}: run npm run train`,
    );
  }
  const rules = createRuleMatcher(codebook, segmenter);
  const labels = model.themes.length;
  // One lookup per feature, then every theme's logit from the same vector.
  const weights = new Map(Object.entries(model.weights).map(([name, w]) => [name, Float64Array.from(w)]));
  const thresholds = model.themes.map((t) => model.thresholds[t] ?? 0.5);
  const order = THEME_IDS.filter((t) => model.themes.includes(t));
  // A heading's features and how many of them are word features, worked out once per distinct heading.
  const contexts = new Map<string, { features: SentenceFeatures; wordFeatures: number }>();
  const contextOf = (heading: string) => {
    let context = contexts.get(heading);
    if (!context) {
      const text = foldForMatching(heading);
      const features = headingFeatures(model.kinds, rules, { text, words: segmenter.cut(text) });
      contexts.set(heading, (context = { features, wordFeatures: countWordFeatures(features.values) }));
    }
    return context;
  };
  // The features of the sentence being tagged that the model weighs, reused from sentence to sentence.
  const names: string[] = [];
  const xs: number[] = [];
  const ws: Float64Array[] = [];

  function tagOne({ heading, isHeading }: TagInput, folded: string, words: readonly string[]): Tagged {
    const own = ownFeatures(model.kinds, rules, { text: folded, words }, isHeading);
    const context = heading ? contextOf(heading) : null;
    const z = Float64Array.from(model.bias);
    const maps = context ? [own.values, context.features.values] : [own.values];
    const scale = wordValue(countWordFeatures(own.values) + (context?.wordFeatures ?? 0));
    names.length = 0;
    xs.length = 0;
    ws.length = 0;
    for (const values of maps) {
      for (const [name, value] of values) {
        const w = weights.get(name);
        if (!w) continue;
        const x = isWordFeature(name) ? value * scale : value;
        names.push(name);
        xs.push(x);
        ws.push(w);
        for (let l = 0; l < labels; l++) z[l]! += w[l]! * x;
      }
    }
    const evidence: Evidence[] = [];
    let ruleHits: Map<string, Hit[]> | undefined;
    for (const theme of order) {
      const l = model.themes.indexOf(theme);
      const p = sigmoid(z[l]!);
      if (p < thresholds[l]!) continue;
      const parts = names.map((name, k) => ({ name, contribution: ws[k]![l]! * xs[k]! }));
      ruleHits ??= context ? new Map([...own.ruleHits, ...context.features.ruleHits]) : own.ruleHits;
      evidence.push({ theme, score: round(p), threshold: thresholds[l]!, hits: explain(parts, ruleHits) });
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

/** How many of a sentence's features are word features (`wordValue` shares their weight among them). */
function countWordFeatures(values: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const name of values.keys()) if (isWordFeature(name)) n++;
  return n;
}

/** The strongest positive contributions as hits; a codebook score shares its contribution among the terms behind it. */
function explain(parts: { name: string; contribution: number }[], ruleHits: Map<string, Hit[]>): Hit[] {
  const hits: Hit[] = [];
  for (const { name, contribution } of parts) {
    if (contribution <= 0) continue;
    const colon = name.indexOf(':');
    const kind = name.slice(0, colon),
      rest = name.slice(colon + 1);
    // A one-character word (和, 四, 抓) or a number weighs in the model but explains nothing to a reader.
    if ((kind === 'w' || kind === 'h') && ([...rest].length < 2 || rest.includes('#'))) continue;
    if (kind === 'w' || kind === 'h')
      hits.push({
        rule: 'word',
        match: rest,
        text: rest,
        weight: contribution,
        where: kind === 'w' ? 'sentence' : 'heading',
      });
    else if (kind === 'c' || kind === 'c3')
      hits.push({ rule: 'chars', match: rest, text: rest, weight: contribution, where: 'sentence' });
    else if (kind === 'r' || kind === 'hr' || kind === 't' || kind === 'ht') {
      const found = ruleHits.get(name) ?? [];
      const total = found.reduce((n, h) => n + h.weight, 0);
      for (const h of found) hits.push({ ...h, weight: (contribution * h.weight) / total });
    }
  }
  // Strongest first; equal weights in code-point order so output bytes never depend on map order.
  hits.sort(
    (a, b) =>
      b.weight - a.weight ||
      (a.where < b.where ? -1 : a.where > b.where ? 1 : a.match < b.match ? -1 : a.match > b.match ? 1 : 0),
  );
  const seen = new Set<string>();
  return hits
    .filter((h) => {
      const key = `${h.where}\u0000${h.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, EVIDENCE_HITS)
    .map((h) => ({ ...h, weight: round(h.weight) }));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

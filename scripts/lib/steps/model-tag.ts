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
 * The weakest reason a tag shows, as a share of its strongest: below a tenth, a reason is a
 * generic word that moved the score by little (发展 +0.09 beside 一区三园 +2.1) and only
 * lengthens every explanation.
 */
export const EVIDENCE_MIN_SHARE = 0.1;

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
  // One lookup per feature, then every theme's logit from the same row of one weight table,
  // which stays in cache where a vector per feature did not.
  const entries = Object.entries(model.weights);
  const table = new Float64Array(entries.length * labels);
  const weights = new Map(
    entries.map(([name, w], k): [string, Feature] => {
      table.set(w, k * labels);
      return [name, { name, row: k * labels, word: isWordFeature(name), reason: reasonOf(name) }];
    }),
  );
  const thresholds = model.themes.map((t) => model.thresholds[t] ?? 0.5);
  const order = THEME_IDS.filter((t) => model.themes.includes(t)).map((theme) => ({
    theme,
    l: model.themes.indexOf(theme),
  }));
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
  // The weighed features of the sentence being tagged, their values and the logits, reused from sentence to sentence.
  const features: Feature[] = [];
  const xs: number[] = [];
  const z = new Float64Array(labels);

  function weigh(values: ReadonlyMap<string, number>, scale: number): void {
    for (const [name, value] of values) {
      const feature = weights.get(name);
      if (!feature) continue;
      const x = feature.word ? value * scale : value;
      features.push(feature);
      xs.push(x);
      const row = feature.row;
      for (let l = 0; l < labels; l++) z[l]! += table[row + l]! * x;
    }
  }

  function tagOne({ heading, isHeading }: TagInput, folded: string, words: readonly string[]): Tagged {
    const own = ownFeatures(model.kinds, rules, { text: folded, words }, isHeading);
    const context = heading ? contextOf(heading) : null;
    const scale = wordValue(countWordFeatures(own.values) + (context?.wordFeatures ?? 0));
    z.set(model.bias);
    features.length = 0;
    xs.length = 0;
    weigh(own.values, scale);
    if (context) weigh(context.features.values, scale);
    const evidence: Evidence[] = [];
    let ruleHits: Map<string, Hit[]> | undefined;
    for (const { theme, l } of order) {
      const p = sigmoid(z[l]!);
      if (p < thresholds[l]!) continue;
      ruleHits ??= context ? new Map([...own.ruleHits, ...context.features.ruleHits]) : own.ruleHits;
      const contributions = features.map((f, k) => table[f.row + l]! * xs[k]!);
      evidence.push({
        theme,
        score: round(p),
        threshold: thresholds[l]!,
        hits: explain(features, contributions, ruleHits),
      });
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

/** A weighed feature of the model and what it says to a reader. */
interface Feature {
  name: string;
  /** Where the feature's weights, one per label, start in the weight table. */
  row: number;
  /** A word feature (`w:`, `h:`), whose value `wordValue` scales. */
  word: boolean;
  reason: Reason;
}

/**
 * What a feature shows as evidence: a word or character pair as itself, a codebook score or term
 * by the hits behind it, or nothing: a one-character word (和, 四, 抓) or a number weighs in the
 * model but explains nothing to a reader.
 */
type Reason = { rule: 'word' | 'chars'; text: string; where: Hit['where'] } | 'codebook' | null;

function reasonOf(name: string): Reason {
  const colon = name.indexOf(':');
  const kind = name.slice(0, colon);
  const rest = name.slice(colon + 1);
  if (kind === 'w' || kind === 'h')
    return [...rest].length < 2 || rest.includes('#')
      ? null
      : { rule: 'word', text: rest, where: kind === 'w' ? 'sentence' : 'heading' };
  if (kind === 'c' || kind === 'c3') return { rule: 'chars', text: rest, where: 'sentence' };
  if (kind === 'r' || kind === 'hr' || kind === 't' || kind === 'ht') return 'codebook';
  return null;
}

/** The strongest positive contributions as hits; a codebook score shares its contribution among the terms behind it. */
function explain(features: readonly Feature[], contributions: readonly number[], ruleHits: Map<string, Hit[]>): Hit[] {
  const hits: Hit[] = [];
  features.forEach(({ name, reason }, k) => {
    const contribution = contributions[k]!;
    if (contribution <= 0 || reason === null) return;
    if (reason === 'codebook') {
      const found = ruleHits.get(name) ?? [];
      const total = found.reduce((n, h) => n + h.weight, 0);
      for (const h of found) hits.push({ ...h, weight: (contribution * h.weight) / total });
    } else
      hits.push({
        rule: reason.rule,
        match: reason.text,
        text: reason.text,
        weight: contribution,
        where: reason.where,
      });
  });
  // Strongest first; equal weights in code-point order so output bytes never depend on map order.
  hits.sort(
    (a, b) =>
      b.weight - a.weight ||
      (a.where < b.where ? -1 : a.where > b.where ? 1 : a.match < b.match ? -1 : a.match > b.match ? 1 : 0),
  );
  // The same text found twice in one place (as a word and as a codebook term) is shown once, at its stronger weight.
  const shown: Hit[] = [];
  for (const h of hits) {
    if (shown.length === EVIDENCE_HITS || h.weight < EVIDENCE_MIN_SHARE * hits[0]!.weight) break;
    if (!shown.some((s) => s.where === h.where && s.text === h.text)) shown.push({ ...h, weight: round(h.weight) });
  }
  return shown;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

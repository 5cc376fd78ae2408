import { THEME_IDS, type ThemeId } from '../../../src/schemas/codebook.ts';
import type { Hit, RuleMatcher } from '../steps/rule-hits.ts';

/** Which groups of features a model reads; the cross-validation compares them. */
export interface FeatureKinds {
  /** Segmented words of the sentence (`w:`) and of its section heading (`h:`). */
  words: boolean;
  /** The codebook's score per theme in the sentence (`r:`) and heading (`hr:`). */
  rules: boolean;
  /** Character bigrams of the sentence's Han text (`c:`). */
  chars: boolean;
  /** Character trigrams of the sentence's Han text (`c3:`). */
  trigrams?: boolean | undefined;
  /** Each codebook term or pattern found, as its own feature (`t:` in the sentence, `ht:` in the heading). */
  terms?: boolean | undefined;
  /** The sentence's length in characters, in buckets (`len:`). */
  length?: boolean | undefined;
}

/** One sentence as the model reads it: named feature values, and the codebook hits behind the `r:`/`hr:` ones. */
export interface SentenceFeatures {
  values: Map<string, number>;
  ruleHits: Map<string, Hit[]>;
}

// A codebook score above this adds nothing: one strong term already says the theme is there.
const RULE_CAP = 2;
// Word features of a sentence and its heading share a budget: each counts WORD_WEIGHT / sqrt(n)
// for n of them, so a long sentence does not outvote a short one by its length alone.
const WORD_WEIGHT = 3;

/** The value of each word feature (`w:`, `h:`) of a sentence that has `n` of them with its heading. */
export function wordValue(n: number): number {
  return WORD_WEIGHT / Math.sqrt(Math.max(n, 1));
}

/** True for the word features, whose values `wordValue` scales. */
export const isWordFeature = (name: string): boolean => name.startsWith('w:') || name.startsWith('h:');
const HAN_OR_LATIN = /[\p{Script=Han}A-Za-z]/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/** A word as a feature: numbers collapse to "#" so 8% and 7% are one word; punctuation is no word. */
export function wordFeature(word: string): string | null {
  if (!HAN_OR_LATIN.test(word) && !/\d/u.test(word)) return null;
  return word.replace(/\d+(?:\.\d+)?/gu, '#');
}

// Words repeat across a corpus: naming each once keeps tagging above 1 MB/s.
const names = { 'w:': new Map<string, string | null>(), 'h:': new Map<string, string | null>() };
function featureName(prefix: 'w:' | 'h:', word: string): string | null {
  const cache = names[prefix];
  let name = cache.get(word);
  if (name === undefined) {
    const f = wordFeature(word);
    cache.set(word, (name = f === null ? null : prefix + f));
  }
  return name;
}

/** The features a sentence has of its own (its words, codebook scores, bigrams and whether it is a heading). */
export function ownFeatures(
  kinds: FeatureKinds,
  rules: RuleMatcher,
  sentence: { text: string; words: readonly string[] },
  isHeading: boolean,
): SentenceFeatures {
  const values = new Map<string, number>();
  const ruleHits = new Map<string, Hit[]>();
  if (isHeading) values.set('H', 1);
  if (kinds.words) {
    for (const w of sentence.words) {
      const f = featureName('w:', w);
      if (f) values.set(f, 1);
    }
  }
  if (kinds.chars) {
    for (const run of sentence.text.match(HAN_RUN) ?? []) {
      for (let i = 0; i + 1 < run.length; i++) values.set(`c:${run.slice(i, i + 2)}`, 1);
    }
  }
  if (kinds.trigrams) {
    for (const run of sentence.text.match(HAN_RUN) ?? []) {
      for (let i = 0; i + 2 < run.length; i++) values.set(`c3:${run.slice(i, i + 3)}`, 1);
    }
  }
  if (kinds.length) values.set(`len:${lengthBucket(sentence.text.length)}`, 1);
  if (kinds.rules || kinds.terms)
    addRuleHits(kinds, 'sentence', rules(sentence.text, sentence.words, 'sentence'), values, ruleHits);
  return { values, ruleHits };
}

/** The features a sentence takes from its section heading: the heading's words (`h:`) and codebook scores (`hr:`). */
export function headingFeatures(
  kinds: FeatureKinds,
  rules: RuleMatcher,
  heading: { text: string; words: readonly string[] },
): SentenceFeatures {
  const values = new Map<string, number>();
  const ruleHits = new Map<string, Hit[]>();
  if (kinds.words) {
    for (const w of heading.words) {
      const f = featureName('h:', w);
      if (f) values.set(f, 1);
    }
  }
  if (kinds.rules || kinds.terms)
    addRuleHits(kinds, 'heading', rules(heading.text, heading.words, 'heading'), values, ruleHits);
  return { values, ruleHits };
}

// Short fragments (list items, table cells) and long catalogue sentences behave differently.
const LENGTH_BUCKETS = [12, 30, 60, 120];
const lengthBucket = (n: number): number => LENGTH_BUCKETS.findIndex((b) => n < b) + 1 || LENGTH_BUCKETS.length + 1;

/** Codebook hits as per-theme scores (`r:`/`hr:`) and as one feature per term or pattern (`t:`/`ht:`). */
function addRuleHits(
  kinds: FeatureKinds,
  where: 'sentence' | 'heading',
  found: Map<ThemeId, Hit[]>,
  values: Map<string, number>,
  ruleHits: Map<string, Hit[]>,
): void {
  const prefix = where === 'sentence' ? 'r:' : 'hr:';
  const termPrefix = where === 'sentence' ? 't:' : 'ht:';
  for (const theme of THEME_IDS) {
    const hits = found.get(theme);
    if (!hits) continue;
    if (kinds.rules) {
      const score = hits.reduce((n, h) => n + h.weight, 0);
      values.set(`${prefix}${theme}`, Math.min(score, RULE_CAP));
      ruleHits.set(`${prefix}${theme}`, hits);
    }
    if (kinds.terms) {
      for (const h of hits) {
        // A pattern's name is its note: the same feature whatever text it matched.
        const name = `${termPrefix}${h.match}`;
        values.set(name, 1);
        if (!ruleHits.has(name)) ruleHits.set(name, [h]);
      }
    }
  }
}

/**
 * The features of one sentence, read from its folded text and words and those of its heading.
 * A heading sentence gets `H` and no heading context (the ingest gives it none either). Word
 * features are scaled by `wordValue`; `ownFeatures` and `headingFeatures` leave them at 1.
 */
export function sentenceFeatures(
  kinds: FeatureKinds,
  rules: RuleMatcher,
  sentence: { text: string; words: readonly string[] },
  heading: { text: string; words: readonly string[] } | null,
  isHeading: boolean,
): SentenceFeatures {
  const own = ownFeatures(kinds, rules, sentence, isHeading);
  const context = heading
    ? headingFeatures(kinds, rules, heading)
    : { values: new Map<string, number>(), ruleHits: new Map<string, Hit[]>() };
  const values = new Map([...own.values, ...context.values]);
  const scale = wordValue([...values.keys()].filter(isWordFeature).length);
  for (const [name, x] of values) if (isWordFeature(name)) values.set(name, x * scale);
  return { values, ruleHits: new Map([...own.ruleHits, ...context.ruleHits]) };
}

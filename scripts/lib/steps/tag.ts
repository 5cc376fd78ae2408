import type { Codebook, ThemeId } from '../../../src/schemas/codebook.ts';
import type { Evidence } from '../../../src/schemas/passage.ts';
import type { Segmenter } from '../text/segmenter.ts';

type Hit = Evidence['hits'][number];

interface TermRule {
  theme: ThemeId;
  term: string;
  weight: number;
}

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
  return [
    ...codebook.themes.flatMap((t) => [...t.terms.map((x) => x.term), ...t.exclude]),
    ...codebook.dictionary,
  ];
}

/**
 * Builds a tagger. Terms match only whole segmenter words or runs of them, so "招商" does not fire
 * inside "招商局"; an exclusion suppresses any term match it covers, as a second guard.
 */
export function createTagger(codebook: Codebook, segmenter: Segmenter): Tagger {
  const byText = new Map<string, TermRule[]>();
  let maxWords = 1;
  for (const theme of codebook.themes) {
    for (const { term, weight } of theme.terms) {
      const rules = byText.get(term) ?? [];
      rules.push({ theme: theme.id, term, weight });
      byText.set(term, rules);
      maxWords = Math.max(maxWords, segmenter.cut(term).length);
    }
  }
  const patterns = codebook.themes.flatMap((t) => t.patterns.map((p) => ({ theme: t.id, ...p, re: new RegExp(p.pattern, 'gu') })));
  const exclusions = new Map(codebook.themes.map((t) => [t.id, t.exclude]));
  const order = new Map(codebook.themes.map((t, i) => [t.id, i]));

  function hitsIn(text: string, words: readonly string[], where: Hit['where']): Map<ThemeId, Hit[]> {
    const offsets = [0];
    for (const w of words) offsets.push(offsets.at(-1)! + w.length);
    const spans: Array<{ start: number; end: number; rule: TermRule }> = [];
    for (let i = 0; i < words.length; i++) {
      let joined = '';
      for (let j = i; j < Math.min(words.length, i + maxWords); j++) {
        joined += words[j];
        for (const rule of byText.get(joined) ?? []) spans.push({ start: offsets[i]!, end: offsets[j + 1]!, rule });
      }
    }
    const found = new Map<ThemeId, Hit[]>();
    const add = (theme: ThemeId, hit: Hit) => {
      const list = found.get(theme) ?? [];
      if (!list.some((h) => h.match === hit.match)) list.push(hit);
      found.set(theme, list);
    };
    for (const span of spans) {
      const { theme, term, weight } = span.rule;
      // Within a theme the longest term wins: 招商引资 already says what 招商 inside it would.
      const covered = spans.some((o) => o !== span && o.rule.theme === theme && o.start <= span.start && o.end >= span.end && o.end - o.start > span.end - span.start);
      if (covered || isExcluded(text, span.start, span.end, exclusions.get(theme) ?? [])) continue;
      add(theme, { rule: 'term', match: term, text: term, weight, where });
    }
    for (const p of patterns) {
      p.re.lastIndex = 0;
      const m = p.re.exec(text);
      if (m) add(p.theme, { rule: 'pattern', match: p.note ?? p.pattern, text: m[0], weight: p.weight, where });
    }
    return found;
  }

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
      const inherited = (context.get(theme) ?? []).map((h) => ({ ...h, weight: round(h.weight * codebook.headingWeight) }));
      const score = round(sum(mine) + Math.min(sum(inherited), codebook.headingWeight));
      if (score >= codebook.threshold) evidence.push({ theme, score, hits: [...mine, ...inherited] });
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

function isExcluded(text: string, start: number, end: number, exclude: readonly string[]): boolean {
  for (const word of exclude) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      if (at <= start && at + word.length >= end) return true;
    }
  }
  return false;
}

/** Scores are sums of small decimals; rounding keeps data files identical across platforms. */
function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

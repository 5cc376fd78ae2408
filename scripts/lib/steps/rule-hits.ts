import type { Codebook, ThemeId } from '../../../src/schemas/codebook.ts';
import type { Evidence } from '../../../src/schemas/passage.ts';
import type { Segmenter } from '../text/segmenter.ts';

export type Hit = Evidence['hits'][number];

interface TermRule {
  theme: ThemeId;
  term: string;
  weight: number;
}

/** The codebook's terms and patterns found in a text, per theme. */
export type RuleMatcher = (text: string, words: readonly string[], where: Hit['where']) => Map<ThemeId, Hit[]>;

/**
 * Builds the codebook matcher. Terms match only whole segmenter words or runs of them, so "招商"
 * does not fire inside "招商局"; an exclusion suppresses any term match it covers, as a second guard.
 */
export function createRuleMatcher(codebook: Codebook, segmenter: Segmenter): RuleMatcher {
  const byText = new Map<string, TermRule[]>();
  // Every leading part of a term: a run of words that is none can grow into no term, so the scan stops there.
  const prefixes = new Set<string>();
  let maxWords = 1;
  for (const theme of codebook.themes) {
    for (const { term, weight } of theme.terms) {
      const rules = byText.get(term) ?? [];
      rules.push({ theme: theme.id, term, weight });
      byText.set(term, rules);
      for (let k = 1; k <= term.length; k++) prefixes.add(term.slice(0, k));
      maxWords = Math.max(maxWords, segmenter.cut(term).length);
    }
  }
  const patterns = codebook.themes.flatMap((t) =>
    t.patterns.map((p) => ({ theme: t.id, ...p, re: new RegExp(p.pattern, 'gu') })),
  );
  const exclusions = new Map(codebook.themes.map((t) => [t.id, t.exclude]));

  return function hitsIn(text: string, words: readonly string[], where: Hit['where']): Map<ThemeId, Hit[]> {
    const spans: Array<{ start: number; end: number; rule: TermRule }> = [];
    for (let i = 0, start = 0; i < words.length; start += words[i]!.length, i++) {
      let joined = '';
      for (let j = i; j < Math.min(words.length, i + maxWords); j++) {
        joined += words[j];
        if (!prefixes.has(joined)) break;
        const rules = byText.get(joined);
        if (rules) for (const rule of rules) spans.push({ start, end: start + joined.length, rule });
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
      const covered = spans.some(
        (o) =>
          o !== span &&
          o.rule.theme === theme &&
          o.start <= span.start &&
          o.end >= span.end &&
          o.end - o.start > span.end - span.start,
      );
      if (covered || isExcluded(text, span.start, span.end, exclusions.get(theme) ?? [])) continue;
      add(theme, { rule: 'term', match: term, text: term, weight, where });
    }
    for (const p of patterns) {
      p.re.lastIndex = 0;
      const m = p.re.exec(text);
      if (m) add(p.theme, { rule: 'pattern', match: p.note ?? p.pattern, text: m[0], weight: p.weight, where });
    }
    return found;
  };
}

function isExcluded(text: string, start: number, end: number, exclude: readonly string[]): boolean {
  for (const word of exclude) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      if (at <= start && at + word.length >= end) return true;
    }
  }
  return false;
}

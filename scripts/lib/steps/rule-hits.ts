import { bisectRight } from 'd3-array';
import type { Codebook, ThemeId } from '../../../src/schemas/codebook.ts';
import type { Evidence } from '../../../src/schemas/passage.ts';
import type { Segmenter } from '../text/segmenter.ts';

export type Hit = Evidence['hits'][number];

interface TermRule {
  theme: ThemeId;
  term: string;
  weight: number;
}

/** Where a term matched in the text, in code units. */
interface Span {
  start: number;
  end: number;
  rule: TermRule;
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
  let longestTerm = 0;
  for (const theme of codebook.themes) {
    for (const { term, weight } of theme.terms) {
      const rules = byText.get(term) ?? [];
      rules.push({ theme: theme.id, term, weight });
      byText.set(term, rules);
      for (let k = 1; k <= term.length; k++) prefixes.add(term.slice(0, k));
      maxWords = Math.max(maxWords, segmenter.cut(term).length);
      longestTerm = Math.max(longestTerm, term.length);
    }
  }
  const patterns = codebook.themes.flatMap((t) =>
    t.patterns.map((p) => ({ theme: t.id, ...p, re: new RegExp(p.pattern, 'gu') })),
  );
  const exclusions = new Map(codebook.themes.map((t) => [t.id, t.exclude]));

  return function hitsIn(text: string, words: readonly string[], where: Hit['where']): Map<ThemeId, Hit[]> {
    const spans: Span[] = [];
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
    // Within a theme the longest term wins: 招商引资 already says what 招商 inside it would. Spans
    // come in text order, and one that covers another starts at most a term's length before it.
    const covered = (x: number): boolean => {
      const span = spans[x]!;
      const covers = (o: Span) =>
        o.rule.theme === span.rule.theme && o.end >= span.end && o.end - o.start > span.end - span.start;
      for (let y = x - 1; y >= 0 && spans[y]!.start >= span.start - longestTerm; y--)
        if (covers(spans[y]!)) return true;
      for (let y = x + 1; y < spans.length && spans[y]!.start === span.start; y++) if (covers(spans[y]!)) return true;
      return false;
    };
    const excludedIn = new Map<ThemeId, (start: number, end: number) => boolean>();
    spans.forEach((span, x) => {
      const { theme, term, weight } = span.rule;
      if (covered(x)) return;
      let excluded = excludedIn.get(theme);
      if (!excluded) excludedIn.set(theme, (excluded = exclusionFinder(text, exclusions.get(theme) ?? [])));
      if (!excluded(span.start, span.end)) add(theme, { rule: 'term', match: term, text: term, weight, where });
    });
    for (const p of patterns) {
      p.re.lastIndex = 0;
      const m = p.re.exec(text);
      if (m) add(p.theme, { rule: 'pattern', match: p.note ?? p.pattern, text: m[0], weight: p.weight, where });
    }
    return found;
  };
}

/**
 * Whether an exclusion covers a span of `text` (招商局 covers its 招商): every exclusion is found
 * once, and a span is looked up among those starting at or before it, so a long text without
 * sentence breaks costs no more per span than a short one.
 */
function exclusionFinder(text: string, exclude: readonly string[]): (start: number, end: number) => boolean {
  const found: [start: number, end: number][] = [];
  for (const word of exclude)
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) found.push([at, at + word.length]);
  if (found.length === 0) return () => false;
  found.sort((a, b) => a[0] - b[0]);
  // The furthest end among the exclusions starting at or before each one.
  const reach: number[] = [];
  for (const [, end] of found) reach.push(Math.max(end, reach.at(-1) ?? 0));
  const starts = found.map(([at]) => at);
  return (start, end) => {
    // Those starting at or before `start` are the first k.
    const k = bisectRight(starts, start);
    return k > 0 && reach[k - 1]! >= end;
  };
}

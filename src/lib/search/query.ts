/**
 * What a reader typed, read as a search: words separated by spaces must all appear (AND);
 * "quoted text" must appear exactly as written, spaces included; a word that is a policy alias
 * of the codebook (双招双引) also matches what it stands for (招商引资 or 招才引智).
 * Matching is substring containment on normalised text, so it finds what Ctrl-F finds.
 */
import { normalize, normalizeWithSource, type CharMap } from './tokenize.ts';

/** A codebook alias as the search uses it: `query` and `expands` (see src/schemas/codebook.ts). */
export interface SearchAlias {
  query: string;
  expands: readonly string[];
}

export interface Clause {
  /** Normalised strings of which at least one must be in the passage; the first is what was typed. */
  alternatives: string[];
  /** True for "quoted text", which is matched as written and never expanded. */
  quoted: boolean;
}

export interface ParsedQuery {
  clauses: Clause[];
  /** The alias expansions applied, to show the reader: [{ query: 双招双引, expands: [招商引资, 招才引智] }]. */
  expansions: SearchAlias[];
}

/** Straight double quotes, after normalisation ＂ is one of them too. */
const QUOTE = '"';

/** Splits `raw` into clauses; an unclosed quote runs to the end. Empty clauses are dropped. */
export function parseQuery(raw: string, t2s: CharMap, aliases: readonly SearchAlias[] = []): ParsedQuery {
  const text = normalize(raw, t2s);
  const clauses: Clause[] = [];
  const expansions: SearchAlias[] = [];
  const byQuery = new Map(aliases.map((a) => [normalize(a.query, t2s), a]));

  const addWords = (part: string) => {
    for (const word of part.split(' ')) {
      if (word === '' || clauses.some((c) => !c.quoted && c.alternatives[0] === word)) continue;
      const alias = byQuery.get(word);
      const extra = alias ? alias.expands.map((e) => normalize(e, t2s)).filter((e) => e !== word) : [];
      if (alias && extra.length > 0) expansions.push({ query: alias.query, expands: alias.expands });
      clauses.push({ alternatives: [word, ...new Set(extra)], quoted: false });
    }
  };

  let rest = text;
  while (rest.length > 0) {
    const open = rest.indexOf(QUOTE);
    if (open === -1) {
      addWords(rest);
      break;
    }
    addWords(rest.slice(0, open));
    const close = rest.indexOf(QUOTE, open + 1);
    const phrase = close === -1 ? rest.slice(open + 1) : rest.slice(open + 1, close);
    if (phrase.trim() !== '') clauses.push({ alternatives: [phrase], quoted: true });
    rest = close === -1 ? '' : rest.slice(close + 1);
  }
  return { clauses, expansions };
}

/**
 * True when a hit matched some clause only through an alias expansion: its `terms` (the
 * alternatives found) lack what the reader typed for that clause. Such hits rank after exact ones.
 */
export function matchedViaAlias(query: ParsedQuery, terms: readonly string[]): boolean {
  return query.clauses.some((c) => !c.quoted && c.alternatives.length > 1 && !terms.includes(c.alternatives[0]!));
}

/** True when the query has nothing to look for. */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.clauses.length === 0;
}

/**
 * The alternatives of each clause found in `normalizedText`, or null when some clause has none:
 * the passage is a hit exactly when this is not null.
 */
export function matchClauses(query: ParsedQuery, normalizedText: string): string[] | null {
  const found: string[] = [];
  for (const clause of query.clauses) {
    const hits = clause.alternatives.filter((alt) => normalizedText.includes(alt));
    if (hits.length === 0) return null;
    found.push(...hits);
  }
  return found;
}

export interface Range {
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
}

/**
 * Where `terms` occur in `text`, as offsets into the text as written (not normalised): sorted,
 * overlapping occurrences merged. "營商環境" with term 营商 gives [0, 2).
 */
export function matchRanges(text: string, terms: readonly string[], t2s: CharMap): Range[] {
  const { text: normal, source } = normalizeWithSource(text, t2s);
  const endOf = (unit: number) => {
    const start = source[unit]!;
    return start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
  };
  const found: Range[] = [];
  for (const term of new Set(terms)) {
    if (term === '') continue;
    for (let at = normal.indexOf(term); at !== -1; at = normal.indexOf(term, at + 1)) {
      found.push({ start: source[at]!, end: endOf(at + term.length - 1) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const range of found) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

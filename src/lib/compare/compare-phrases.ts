import type { Phrase } from '../../schemas/analysis.ts';

/**
 * `compare/phrases.json.gz`, what the compare page needs of phrases.json: each phrase but the
 * statistical indicators, whether it is boilerplate, and which documents use it (as indexes into
 * `docs`), without the contexts.
 */
export interface ComparePhrasesFile {
  /** Document ids; phrases name documents by index into this list. */
  docs: string[];
  /** In phrases.json order: [phrase, 1 when boilerplate else 0, ...document indexes]. */
  phrases: [string, 0 | 1, ...number[]][];
}

/** A phrase the chosen documents share, and which of them use it, in the order they were chosen. */
export interface SharedPhrase {
  phrase: string;
  generic: boolean;
  docs: string[];
}

/** Statistical indicators are left out: two plans reporting the same figure share a form, not wording. */
export function comparePhrasesFile(all: readonly Pick<Phrase, 'phrase' | 'list' | 'documents'>[]): ComparePhrasesFile {
  const phrases = all.filter((p) => p.list !== 'indicator');
  const docs = [...new Set(phrases.flatMap((p) => p.documents))].sort();
  const index = new Map(docs.map((d, i) => [d, i]));
  return {
    docs,
    phrases: phrases.map((p) => [p.phrase, p.list === 'boilerplate' ? 1 : 0, ...p.documents.map((d) => index.get(d)!)]),
  };
}

/**
 * The phrases at least two of `chosen` use: specific ones before boilerplate, then those more
 * of the chosen documents share, then in file order. O(phrases × documents per phrase).
 */
export function sharedPhrases(file: ComparePhrasesFile, chosen: readonly string[]): SharedPhrase[] {
  const rank = new Map(chosen.map((d, i) => [d, i]));
  return file.phrases
    .map(([phrase, generic, ...indexes], order) => ({
      phrase,
      generic: generic === 1,
      docs: indexes
        .map((i) => file.docs[i]!)
        .filter((d) => rank.has(d))
        .sort((a, b) => rank.get(a)! - rank.get(b)!),
      order,
    }))
    .filter((p) => p.docs.length >= 2)
    .sort((a, b) => Number(a.generic) - Number(b.generic) || b.docs.length - a.docs.length || a.order - b.order)
    .map(({ order: _order, ...p }) => p);
}

import type { Phrase, PhraseOccurrence, PhrasesFile } from '../../../src/schemas/analysis.ts';
import type { DocumentRecord } from '../../../src/schemas/document.ts';
import type { Segmenter } from '../text/segmenter.ts';
import { isGenericPhrase } from './generic-phrases.ts';
import { CONTEXT_CHARS, kwic } from './kwic.ts';
import { quotedSlogans } from './quoted-slogans.ts';
import type { SegmentedPassage } from './segmented.ts';
import { MIN_RUN_LENGTH, sharedRuns } from './shared-runs.ts';

type Sentence = Pick<SegmentedPassage, 'doc' | 'id' | 'text'>;
type Use = { sentence: number; offset: number; length: number };

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `phrases.json`: quoted slogans and shared runs used by two or more documents, with every use in
 * context and the first year a document using it is for. Linear in the corpus apart from the
 * suffix array of sharedRuns (O(M log M) over the shared stretches); see sharedRuns.
 */
export function findPhrases(passages: readonly Sentence[], records: readonly Pick<DocumentRecord, 'id' | 'year'>[], segmenter: Segmenter): Omit<PhrasesFile, 'codebookVersion'> {
  const docIndex = new Map(records.map((r, i) => [r.id, i]));
  const yearOf = new Map(records.map((r) => [r.id, r.year]));
  const indexOf = (doc: string) => {
    const i = docIndex.get(doc);
    if (i === undefined) throw new Error(`passage of unknown document "${doc}"`);
    return i;
  };

  const quoted = new Map<string, Use[]>();
  passages.forEach((p, sentence) => {
    for (const { phrase, offset, length } of quotedSlogans(p.text)) {
      const uses = quoted.get(phrase);
      if (uses) uses.push({ sentence, offset, length });
      else quoted.set(phrase, [{ sentence, offset, length }]);
    }
  });
  const runs = sharedRuns(passages.map((p) => ({ doc: indexOf(p.doc), text: p.text })), MIN_RUN_LENGTH);

  const phrase = (text: string, kind: Phrase['kind'], uses: readonly Use[]): Phrase => {
    const occurrences: PhraseOccurrence[] = uses.map(({ sentence, offset, length }) => {
      const p = passages[sentence]!;
      return { doc: p.doc, sentence: p.id, offset, ...kwic(p.text, offset, length, CONTEXT_CHARS) };
    });
    const documents = [...new Set(occurrences.map((o) => o.doc))].sort(byCodePoint);
    const years = documents.map((d) => yearOf.get(d) ?? null).filter((y): y is number => y !== null);
    return {
      phrase: text,
      kind,
      generic: isGenericPhrase(text, kind, segmenter),
      documents,
      firstYear: years.length > 0 ? Math.min(...years) : null,
      occurrences,
    };
  };

  const phrases = [
    ...[...quoted].map(([text, uses]) => phrase(text, 'quoted', uses)),
    ...runs.map((run) => phrase(run.text, 'shared-run', run.occurrences.map((o) => ({ ...o, length: run.text.length })))),
  ].filter((p) => p.documents.length >= 2);

  phrases.sort((a, b) =>
    b.documents.length - a.documents.length ||
    b.occurrences.length - a.occurrences.length ||
    b.phrase.length - a.phrase.length ||
    byCodePoint(a.phrase, b.phrase) ||
    byCodePoint(a.kind, b.kind));
  return { minRunLength: MIN_RUN_LENGTH, contextChars: CONTEXT_CHARS, phrases };
}

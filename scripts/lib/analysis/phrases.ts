import type { Phrase, PhraseList, PhraseOccurrence, PhrasesFile } from '../../../src/schemas/analysis.ts';
import type { DocumentRecord } from '../../../src/schemas/document.ts';
import type { Segmenter } from '../text/segmenter.ts';
import { isGenericPhrase } from './generic-phrases.ts';
import { isIndicatorPhrase } from './indicator-names.ts';
import { CONTEXT_CHARS, kwic } from '../../../src/shared/analysis/kwic.ts';
import { phraseRuns } from './phrase-runs.ts';
import { mergeVariants, type VariantInput, type VariantUse } from './phrase-variants.ts';
import { quotedSlogans } from './quoted-slogans.ts';
import type { SegmentedPassage } from './segmented.ts';
import { MIN_RUN_LENGTH, sharedRuns } from './shared-runs.ts';

type Sentence = Pick<SegmentedPassage, 'doc' | 'id' | 'text'>;

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Which list a phrase belongs in: a statistical indicator, boilerplate, or wording parks share. */
export function phraseList(text: string, kind: Phrase['kind'], segmenter: Segmenter): PhraseList {
  if (kind === 'shared-run' && isIndicatorPhrase(text)) return 'indicator';
  return isGenericPhrase(text, kind, segmenter) ? 'boilerplate' : 'shared';
}

/**
 * `phrases.json`: quoted slogans and shared runs used by two or more documents, each run cut to
 * word boundaries without clause fragments (phraseRuns), shorter runs merged as variants under
 * the longest run of their list containing them (mergeVariants), each phrase put in its list
 * (shared, indicator, boilerplate), with every use in context, the earliest year among its dated
 * documents and how many are undated. Linear in the corpus apart from the suffix array of
 * sharedRuns (O(M log M) over the shared stretches) and the merging of variants (quadratic in
 * the phrases, not the text).
 */
export function findPhrases(
  passages: readonly Sentence[],
  records: readonly Pick<DocumentRecord, 'id' | 'year'>[],
  segmenter: Segmenter,
): Omit<PhrasesFile, 'codebookVersion'> {
  const docIndex = new Map(records.map((r, i) => [r.id, i]));
  const yearOf = new Map(records.map((r) => [r.id, r.year]));
  const indexOf = (doc: string) => {
    const i = docIndex.get(doc);
    if (i === undefined) throw new Error(`passage of unknown document "${doc}"`);
    return i;
  };
  const docsOf = (uses: readonly VariantUse[]) =>
    [...new Set(uses.map((u) => passages[u.sentence]!.doc))].sort(byCodePoint);

  const quoted = new Map<string, VariantUse[]>();
  passages.forEach((p, sentence) => {
    for (const { phrase, offset, length } of quotedSlogans(p.text)) {
      const uses = quoted.get(phrase);
      if (uses) uses.push({ sentence, offset, length });
      else quoted.set(phrase, [{ sentence, offset, length }]);
    }
  });
  const found = sharedRuns(
    passages.map((p) => ({ doc: indexOf(p.doc), text: p.text })),
    MIN_RUN_LENGTH,
  );
  const { runs } = phraseRuns(
    found,
    passages.map((p) => p.text),
    (s) => passages[s]!.doc,
    segmenter,
    MIN_RUN_LENGTH,
  );

  const phrase = (
    text: string,
    kind: Phrase['kind'],
    list: PhraseList,
    uses: readonly VariantUse[],
    variants: readonly VariantInput[],
  ): Phrase => {
    const occurrences: PhraseOccurrence[] = uses.map(({ sentence, offset, length }) => {
      const p = passages[sentence]!;
      return { doc: p.doc, sentence: p.id, offset, ...kwic(p.text, offset, length, CONTEXT_CHARS) };
    });
    const documents = docsOf(uses);
    const years = documents.map((d) => yearOf.get(d) ?? null).filter((y): y is number => y !== null);
    return {
      phrase: text,
      kind,
      list,
      documents,
      undated: documents.length - years.length,
      firstYear: years.length > 0 ? Math.min(...years) : null,
      variants: variants.map((v) => ({ phrase: v.text, documents: docsOf(v.uses) })),
      occurrences,
    };
  };

  // Variants merge within a list, so a Party formula never hides inside a park's own wording.
  const byList = new Map<PhraseList, VariantInput[]>();
  for (const run of runs) {
    const list = phraseList(run.text, 'shared-run', segmenter);
    const input = { text: run.text, uses: run.occurrences.map((o) => ({ ...o, length: run.text.length })) };
    const inputs = byList.get(list);
    if (inputs) inputs.push(input);
    else byList.set(list, [input]);
  }
  let merged = 0;
  const phrases = [...quoted].map(([text, uses]) =>
    phrase(text, 'quoted', phraseList(text, 'quoted', segmenter), uses, []),
  );
  for (const [list, inputs] of byList) {
    const result = mergeVariants(inputs);
    merged += result.merged;
    for (const f of result.families) phrases.push(phrase(f.text, 'shared-run', list, f.uses, f.variants));
  }

  const kept = phrases.filter((p) => p.documents.length >= 2);
  kept.sort(
    (a, b) =>
      b.documents.length - a.documents.length ||
      b.occurrences.length - a.occurrences.length ||
      b.phrase.length - a.phrase.length ||
      byCodePoint(a.phrase, b.phrase) ||
      byCodePoint(a.kind, b.kind),
  );
  return { minRunLength: MIN_RUN_LENGTH, contextChars: CONTEXT_CHARS, merged, phrases: kept };
}

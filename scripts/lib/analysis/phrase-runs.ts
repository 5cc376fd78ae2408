import type { Segmenter } from '../text/segmenter.ts';
import { phraseSpan, wordBoundaries, type RunContext } from './phrase-edges.ts';
import type { SharedRun } from './shared-runs.ts';

/** Fewest Han characters a phrase needs: a run of pinyin glosses, dates or figures is not wording. */
export const MIN_HAN_CHARS = 4;
const HAN = /\p{sc=Han}/gu;

/** What became of the runs: the phrases, and the runs that held no phrase of `minLength` (for the ingest report and tests). */
export interface PhraseRuns {
  runs: SharedRun[];
  dropped: string[];
}

/**
 * Shared runs cut to phrases (see phraseSpan): each run's edges move to word boundaries and
 * past fragments, runs that then read alike are merged with all their uses, and what is shorter
 * than `minLength` characters, holds fewer than MIN_HAN_CHARS Han characters or is left in one
 * document is dropped. Every sentence a run touches is segmented once. `docOf` names a sentence's
 * document. Corpus order of uses is kept; runs keep their input order (first cut wins).
 */
export function phraseRuns(
  runs: readonly SharedRun[],
  texts: readonly string[],
  docOf: (sentence: number) => string | number,
  segmenter: Segmenter,
  minLength: number,
): PhraseRuns {
  // Copied sentences are segmented once: plans and synthetic corpora repeat many word for word.
  const needed = [...new Set(runs.flatMap((r) => r.occurrences.map((o) => texts[o.sentence]!)))];
  const subwords = new Map<string, string[]>();
  const subwordsOf = (word: string) => subwords.get(word) ?? subwords.set(word, segmenter.subwords(word)).get(word)!;
  const byText = new Map<string, Set<number>>();
  segmenter
    .cutMany(needed.map((text) => text.replace(/\n/gu, ' ')))
    .forEach((words, i) => byText.set(needed[i]!, wordBoundaries(words, subwordsOf)));
  const boundaries = { get: (sentence: number) => byText.get(texts[sentence]!) };

  const phrases = new Map<string, Map<string, { sentence: number; offset: number }>>();
  const dropped: string[] = [];
  for (const run of runs) {
    const uses: RunContext[] = run.occurrences.map((o) => ({
      text: texts[o.sentence]!,
      offset: o.offset,
      boundaries: boundaries.get(o.sentence)!,
    }));
    const span = phraseSpan(run.text, uses);
    const text = span ? run.text.slice(span.start, span.end) : '';
    if ([...text].length < minLength || (text.match(HAN)?.length ?? 0) < MIN_HAN_CHARS) {
      dropped.push(run.text);
      continue;
    }
    const occurrences = phrases.get(text) ?? new Map<string, { sentence: number; offset: number }>();
    for (const o of run.occurrences)
      occurrences.set(`${o.sentence}:${o.offset + span!.start}`, {
        sentence: o.sentence,
        offset: o.offset + span!.start,
      });
    phrases.set(text, occurrences);
  }
  const kept = [...phrases].map(([text, occurrences]) => ({
    text,
    occurrences: [...occurrences.values()].sort((a, b) => a.sentence - b.sentence || a.offset - b.offset),
  }));
  return { runs: kept.filter((r) => new Set(r.occurrences.map((o) => docOf(o.sentence))).size >= 2), dropped };
}

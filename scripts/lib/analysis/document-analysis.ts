import type { Target } from '../../../src/schemas/analysis.ts';
import type { DocumentRecord } from '../../../src/schemas/document.ts';
import { foldForMatching } from '../text/fold.ts';
import type { Segmenter } from '../text/segmenter.ts';
import { countIndustries } from './industries.ts';
import type { Lexicons } from './lexicons.ts';
import { organisationMentions, type FoundOrganisation } from './organisations.ts';
import { withWords, type AnalysedSentence, type SegmentedPassage } from './segmented.ts';
import { extractTargets } from './targets.ts';
import { countWords } from '../../../src/shared/analysis/word-counts.ts';

/**
 * What the corpus analysis reads of one document, computed from that document alone. The ingest
 * computes it beside the tags, from the same segmentation, and caches it with the document, so
 * re-analysing a corpus after one seed changed recomputes only that seed's part. Plain JSON
 * (entries, not Maps), as the cache stores it.
 */
export interface DocumentAnalysis {
  /** Counted words (see isCountedWord) and their occurrences, for keyness and word-counts.json. */
  words: [string, number][];
  /** Its rows of targets.jsonl, in text order. */
  targets: Target[];
  /** Industry id and mentions, for industries.csv. */
  industries: [string, number][];
  /** Organisations it names, in text order, for organisations.json. */
  organisations: FoundOrganisation[];
}

/** The analysis of one document's sentences (all of one document, with their segmenter words). O(characters × longest dictionary entry). */
export function analyseDocument(
  passages: readonly SegmentedPassage[],
  record: Pick<DocumentRecord, 'year' | 'outline'>,
  lexicons: Lexicons,
): DocumentAnalysis {
  const doc = passages[0]?.doc ?? '';
  return {
    words: [...(countWords(passages).get(doc) ?? [])],
    targets: extractTargets(passages, record.year, record.outline),
    industries: [...(countIndustries(passages, lexicons.industries).get(doc) ?? [])],
    organisations: organisationMentions(passages, lexicons.organisations),
  };
}

/** `analyseDocument` for every document of a corpus, segmenting each document's sentences in one call. */
export function analyseDocuments(
  records: readonly Pick<DocumentRecord, 'id' | 'year' | 'outline'>[],
  passages: readonly AnalysedSentence[],
  segmenter: Segmenter,
  lexicons: Lexicons,
): Map<string, DocumentAnalysis> {
  const byDoc = new Map<string, AnalysedSentence[]>(records.map((r) => [r.id, []]));
  for (const p of passages) byDoc.get(p.doc)?.push(p);
  return new Map(
    records.map((r) => {
      const own = byDoc.get(r.id)!;
      // Folded as at ingest (see ingest-document.ts), so a traditional-character document counts the same words.
      const folded = own.map((p) => foldForMatching(p.text));
      const words = segmenter.cutMany(folded);
      return [r.id, analyseDocument(withWords(own, folded, words), r, lexicons)];
    }),
  );
}

/**
 * Comparative analysis beyond themes: what each document says that the others do not (keyness),
 * what they share (slogans and copied runs), what they count (targets), and which industries and
 * organisations they name. Pure apart from reading the two dictionaries in content/.
 */
import { KeynessFile, OrganisationsFile, PhrasesFile, Target, WordCountsFile } from '../../../src/schemas/analysis.ts';
import type { Codebook } from '../../../src/schemas/codebook.ts';
import { ParkChangesFile } from '../../../src/schemas/park-changes.ts';
import type { DocumentRecord } from '../../../src/schemas/document.ts';
import type { AnalysedSentence } from './segmented.ts';
import type { Segmenter } from '../text/segmenter.ts';
import { analyseDocuments, type DocumentAnalysis } from './document-analysis.ts';
import { industriesCsv } from './industries.ts';
import { DEFAULT_MIN_COUNT, DEFAULT_PRIOR_SIZE, keyness } from '../../../src/shared/analysis/keyness.ts';
import { ownNameWords } from './own-names.ts';
import { readLexicons, type Lexicons } from './lexicons.ts';
import { collectOrganisations } from './organisations.ts';
import { parkChanges } from './park-changes.ts';
import { findPhrases } from './phrases.ts';
import { encodeWordCounts, sumCounts } from '../../../src/shared/analysis/word-counts.ts';

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
// One line each: indented, these files were twice the size (phrases.json 25 MB instead of 15 MB
// at 1,000 documents) and took twice as long to write, and readers parse them rather than read them.
const json = (value: unknown) => JSON.stringify(value) + '\n';

/**
 * Data file name -> exact contents, for content/data/: keyness.json, word-counts.json,
 * phrases.json, targets.jsonl, industries.csv, organisations.json, park-changes.json. Deterministic: documents in
 * id order, every list sorted, numbers rounded, nothing time-dependent; each file is checked
 * against its schema in src/schemas/analysis.ts before it is written.
 *
 * `analyses` are the documents' own parts (see DocumentAnalysis), which the ingest computes and
 * caches with each document; without them they are computed here.
 *
 * Cost for N characters in D documents: one segmentation pass (jieba, linear); keyness
 * O(distinct words per document) each; targets and dictionary scans O(N × longest entry); shared
 * runs O(N) hashing plus O(M log M) for the M distinct characters that two documents share (see
 * sharedRuns); output size aside, nothing compares documents or sentences pairwise.
 */
export function analyse(
  records: readonly DocumentRecord[],
  passages: readonly AnalysedSentence[],
  codebook: Codebook,
  segmenter: Segmenter,
  lexicons: Lexicons = readLexicons(),
  analyses: ReadonlyMap<string, DocumentAnalysis> = analyseDocuments(records, passages, segmenter, lexicons),
  /** A park's names in the gazetteer (its name and aliases) by parkId, left out of its keyness. */
  parkNames: ReadonlyMap<string, readonly string[]> = new Map(),
): Map<string, string> {
  return new Map([
    ...countFiles(records, passages, codebook, segmenter, lexicons, analyses, parkNames),
    ['phrases.json', phrasesFile(records, passages, codebook, segmenter)],
    ['park-changes.json', parkChangesFile(records, passages, codebook)],
  ]);
}

/** The files `analyse` sums from the documents' own analyses: keyness, word counts, targets, industries, organisations. */
export function countFiles(
  records: readonly DocumentRecord[],
  passages: readonly AnalysedSentence[],
  codebook: Codebook,
  segmenter: Segmenter,
  lexicons: Lexicons,
  analyses: ReadonlyMap<string, DocumentAnalysis>,
  parkNames: ReadonlyMap<string, readonly string[]>,
): Map<string, string> {
  const docs = records.map((r) => r.id).sort(byCodePoint);
  // Corpus order, which targets.jsonl and the mentions of organisations.json follow.
  const inOrder = [...new Set(passages.map((p) => p.doc))]
    .map((doc) => analyses.get(doc))
    .filter((a) => a !== undefined);
  const byDoc = new Map(docs.map((doc) => [doc, new Map(analyses.get(doc)?.words)]));
  const corpus = sumCounts(byDoc.values());
  const own = new Map(records.map((r) => [r.id, ownNameWords(r, segmenter, parkNames)]));

  const files = new Map<string, string>();
  files.set(
    'keyness.json',
    json(
      KeynessFile.parse({
        method: 'log-odds-informative-dirichlet',
        codebookVersion: codebook.version,
        priorSize: DEFAULT_PRIOR_SIZE,
        minCount: DEFAULT_MIN_COUNT,
        documents: docs.map((doc) => {
          const counts = byDoc.get(doc)!;
          return {
            doc,
            tokens: [...counts.values()].reduce((n, c) => n + c, 0),
            terms: keyness(counts, corpus, { exclude: new Set(own.get(doc)) }),
          };
        }),
      }),
    ),
  );
  files.set('word-counts.json', json(WordCountsFile.parse(encodeWordCounts(byDoc, own))));
  const targets = inOrder.flatMap((a) => a.targets);
  files.set(
    'targets.jsonl',
    targets.map((t) => JSON.stringify(Target.parse(t))).join('\n') + (targets.length > 0 ? '\n' : ''),
  );
  files.set(
    'industries.csv',
    industriesCsv(docs, new Map(docs.map((doc) => [doc, new Map(analyses.get(doc)?.industries)])), lexicons.industries),
  );
  files.set(
    'organisations.json',
    json(OrganisationsFile.parse(collectOrganisations(inOrder.flatMap((a) => a.organisations)))),
  );
  return files;
}

/** phrases.json: the wording documents share (slogans, copied runs). The costliest file, and it needs no document's own analysis. */
export function phrasesFile(
  records: readonly DocumentRecord[],
  passages: readonly AnalysedSentence[],
  codebook: Codebook,
  segmenter: Segmenter,
): string {
  return json(PhrasesFile.parse({ codebookVersion: codebook.version, ...findPhrases(passages, records, segmenter) }));
}

/** park-changes.json: each park's sentences compared year to year. */
export function parkChangesFile(
  records: readonly DocumentRecord[],
  passages: readonly AnalysedSentence[],
  codebook: Codebook,
): string {
  const themeIds = codebook.themes.map((t) => t.id);
  return json(ParkChangesFile.parse(parkChanges(records, passages, themeIds, codebook.version)));
}

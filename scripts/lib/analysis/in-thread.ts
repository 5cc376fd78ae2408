import { Worker } from 'node:worker_threads';
import type { Codebook } from '../../../src/schemas/codebook.ts';
import type { DocumentRecord } from '../../../src/schemas/document.ts';
import { codebookWords } from '../steps/tag.ts';
import { createSegmenter, type Segmenter } from '../text/segmenter.ts';
import type { DocumentAnalysis } from './document-analysis.ts';
import { comparisonFiles, countFiles } from './index.ts';
import type { Lexicons } from './lexicons.ts';
import type { AnalysedSentence } from './segmented.ts';

/** Everything `analyse` reads. */
export interface AnalysisInputs {
  records: readonly DocumentRecord[];
  sentences: readonly AnalysedSentence[];
  codebook: Codebook;
  lexicons: Lexicons;
  analyses: ReadonlyMap<string, DocumentAnalysis>;
  parkNames: ReadonlyMap<string, readonly string[]>;
}

/** What `comparisonFiles` reads, as plain data a worker thread can be handed. */
export type ComparisonInputs = Pick<AnalysisInputs, 'records' | 'sentences' | 'codebook'>;

/**
 * Below this many sentences the comparisons run in this thread: a thread loads the modules and
 * the segmenter's dictionary again, which costs more than a small corpus's comparisons.
 */
export const THREAD_MIN_SENTENCES = 20_000;

/** `comparisonFiles` with the codebook's segmenter (made here unless given). */
export function compareHere(
  { records, sentences, codebook }: ComparisonInputs,
  segmenter: Segmenter = createSegmenter(codebookWords(codebook)),
): Map<string, string> {
  return comparisonFiles(records, sentences, codebook, segmenter);
}

/**
 * The corpus analysis's files (what `analyse` gives). For a large corpus the comparisons across
 * documents run on a worker thread while this thread sums the documents' own analyses and, until
 * the caller awaits, writes the open data: one after the other, these took a third of a
 * 1,000-document ingest. Same bytes either way: the analysis is pure.
 */
export function analyseAside(
  inputs: AnalysisInputs,
  segmenter: Segmenter,
  minSentences = THREAD_MIN_SENTENCES,
): Promise<Map<string, string>> {
  const { records, sentences, codebook, lexicons, analyses, parkNames } = inputs;
  const comparisons =
    sentences.length < minSentences
      ? Promise.resolve(compareHere(inputs, segmenter))
      : new Promise<Map<string, string>>((resolve, reject) => {
          const workerData: ComparisonInputs = { records, sentences, codebook };
          const worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { workerData });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`analysis worker stopped with exit code ${code}`));
          });
        });
  const counts = countFiles(records, sentences, codebook, segmenter, lexicons, analyses, parkNames);
  return comparisons.then((files) => new Map([...counts, ...files]));
}

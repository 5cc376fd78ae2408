import { Worker } from 'node:worker_threads';
import type { Codebook } from '../../../src/schemas/codebook.ts';
import type { DocumentRecord } from '../../../src/schemas/document.ts';
import { codebookWords } from '../steps/tag.ts';
import { createSegmenter, type Segmenter } from '../text/segmenter.ts';
import type { DocumentAnalysis } from './document-analysis.ts';
import { analyse } from './index.ts';
import type { Lexicons } from './lexicons.ts';
import type { AnalysedSentence } from './segmented.ts';

/** Everything `analyse` reads, as plain data a worker thread can be handed. */
export interface AnalysisInputs {
  records: readonly DocumentRecord[];
  sentences: readonly AnalysedSentence[];
  codebook: Codebook;
  lexicons: Lexicons;
  analyses: ReadonlyMap<string, DocumentAnalysis>;
  parkNames: ReadonlyMap<string, readonly string[]>;
}

/**
 * Below this many sentences the analysis runs in this thread: a thread loads the modules and the
 * segmenter's dictionary again, which costs more than a small corpus's analysis.
 */
export const THREAD_MIN_SENTENCES = 20_000;

/** `analyse` in this thread, with the codebook's segmenter (made here unless given). */
export function analyseHere(
  { records, sentences, codebook, lexicons, analyses, parkNames }: AnalysisInputs,
  segmenter: Segmenter = createSegmenter(codebookWords(codebook)),
): Map<string, string> {
  return analyse(records, sentences, codebook, segmenter, lexicons, analyses, parkNames);
}

/**
 * The corpus analysis's files, computed on a worker thread for a large corpus so that this
 * thread meanwhile writes the open data (the two took a third of a 1,000-document ingest, one
 * after the other), or here, with this thread's `segmenter`, for a small one. Same bytes either
 * way: `analyse` is pure.
 */
export function analyseAside(
  inputs: AnalysisInputs,
  segmenter: Segmenter,
  minSentences = THREAD_MIN_SENTENCES,
): Promise<Map<string, string>> {
  if (inputs.sentences.length < minSentences) return Promise.resolve(analyseHere(inputs, segmenter));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { workerData: inputs });
    worker.once('message', (files: Map<string, string>) => resolve(files));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`analysis worker stopped with exit code ${code}`));
    });
  });
}

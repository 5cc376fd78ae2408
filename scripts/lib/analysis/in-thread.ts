import { Worker } from 'node:worker_threads';
import type { Codebook } from '../../../src/schemas/codebook.ts';
import type { DocumentRecord } from '../../../src/schemas/document.ts';
import type { Segmenter } from '../text/segmenter.ts';
import type { DocumentAnalysis } from './document-analysis.ts';
import { countFiles, parkChangesFile, phrasesFile } from './index.ts';
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

/** What `phrasesFile` reads besides the codebook, as plain data a worker thread can be handed. */
export type PhraseInputs = Pick<AnalysisInputs, 'records' | 'sentences'>;

/**
 * Below this many bytes of seed text (about 20,000 sentences) the phrases are found in this
 * thread: a thread loads the modules and the segmenter's dictionary again, which costs more than
 * a small corpus's phrases.
 */
export const THREAD_MIN_BYTES = 2_000_000;

/** Runs the corpus analysis once the documents are ingested: `analyse` gives its files. */
export interface CorpusAnalysis {
  analyse(inputs: AnalysisInputs): Promise<Map<string, string>>;
}

/**
 * The corpus analysis, started before the documents are ingested. From `minBytes` of seed text
 * up, phrases.json, the costliest file, is made on a worker thread, which loads its modules and
 * dictionary while the documents are ingested; given the inputs, this thread sums the documents'
 * own analyses, compares each park's years and goes on writing the open data until the caller
 * awaits. Same bytes either way: the analysis is pure.
 */
export function startCorpusAnalysis(
  codebook: Codebook,
  segmenter: Segmenter,
  seedBytes: number,
  minBytes = THREAD_MIN_BYTES,
): CorpusAnalysis {
  const worker =
    seedBytes < minBytes
      ? undefined
      : new Worker(new URL('./analysis-worker.ts', import.meta.url), { workerData: { codebook } });
  // Not waited on until the documents are in: an idle thread must not keep a failed ingest alive.
  worker?.unref();
  return {
    analyse(inputs) {
      const { records, sentences, lexicons, analyses, parkNames } = inputs;
      const phrases = worker
        ? new Promise<string>((resolve, reject) => {
            worker.ref();
            worker.once('message', (file: string) => {
              resolve(file);
              void worker.terminate();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => {
              if (code !== 0) reject(new Error(`analysis worker stopped with exit code ${code}`));
            });
            worker.postMessage({ records, sentences } satisfies PhraseInputs);
          })
        : Promise.resolve(phrasesFile(records, sentences, codebook, segmenter));
      const files = countFiles(records, sentences, codebook, segmenter, lexicons, analyses, parkNames);
      files.set('park-changes.json', parkChangesFile(records, sentences, codebook));
      return phrases.then((file) => new Map([...files, ['phrases.json', file]]));
    },
  };
}

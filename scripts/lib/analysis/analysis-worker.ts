/**
 * The worker thread of `startCorpusAnalysis` (in-thread.ts): makes the segmenter as soon as it
 * starts, then answers the corpus's sentences with phrases.json.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Codebook } from '../../../src/schemas/codebook.ts';
import { codebookWords } from '../steps/tag.ts';
import { createSegmenter } from '../text/segmenter.ts';
import { phrasesFile } from './index.ts';
import type { PhraseInputs } from './in-thread.ts';

const { codebook } = workerData as { codebook: Codebook };
const segmenter = createSegmenter(codebookWords(codebook));
parentPort!.once('message', ({ records, sentences }: PhraseInputs) =>
  parentPort!.postMessage(phrasesFile(records, sentences, codebook, segmenter)),
);

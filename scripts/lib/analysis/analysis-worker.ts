/** The worker thread of `analyseAside` (in-thread.ts): compares the corpus's sentences and answers with the files. */
import { parentPort, workerData } from 'node:worker_threads';
import { compareHere, type ComparisonInputs } from './in-thread.ts';

parentPort!.postMessage(compareHere(workerData as ComparisonInputs));

/** The worker thread of `analyseAside` (in-thread.ts): analyses the corpus it is handed and answers with the files. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseHere, type AnalysisInputs } from './in-thread.ts';

parentPort!.postMessage(analyseHere(workerData as AnalysisInputs));

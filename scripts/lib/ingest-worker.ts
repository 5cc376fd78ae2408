/**
 * A worker thread of the ingest (see ingest-pool.ts): builds the document pipeline from
 * `workerData` and answers each seed it is sent with the document (its JSON, passages.jsonl lines
 * and MDX), or with the IngestError's file and reason. Any other error is thrown, which fails the pool.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { IngestError } from './ingest-error.ts';
import { createDocumentPipeline, type PipelineInputs } from './ingest-pipeline.ts';
import type { PoolReply, PoolTask } from './ingest-pool.ts';

const pipeline = createDocumentPipeline(workerData as PipelineInputs);
const port = parentPort!;
port.on('message', ({ index, seed }: PoolTask) => {
  let reply: PoolReply;
  try {
    const { record, passages, lines, mdx, analysis } = pipeline.run(seed.file, seed.bytes, seed.entry);
    reply = { index, json: JSON.stringify({ record, passages, analysis }), lines, mdx };
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    reply = { index, error: { file: error.file, reason: error.reason } };
  }
  port.postMessage(reply);
});

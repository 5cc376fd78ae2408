import { Worker } from 'node:worker_threads';
import type { CatalogEntry } from '../../src/schemas/catalog.ts';
import type { CachedDocument } from './ingest-cache.ts';
import { IngestError } from './ingest-error.ts';
import type { DocumentPipeline, PipelineInputs } from './ingest-pipeline.ts';

export interface Seed {
  file: string;
  bytes: Uint8Array;
  entry: CatalogEntry | undefined;
}

/** One seed ingested: the document and its JSON (what the cache stores, made only when asked for), or why it was refused. */
export type Ingested = { doc: CachedDocument; json: () => string } | IngestError;

/** What the pool sends a worker (ingest-worker.ts) and what it answers. */
export interface PoolTask {
  index: number;
  seed: Seed;
}
export type PoolReply = { index: number; json: string } | { index: number; error: { file: string; reason: string } };

/** Seeds handed to a worker ahead, so it never waits while this thread reads its last answer. */
const IN_FLIGHT = 2;

/**
 * Ingests `seeds` on `threads` worker threads, each taking the next seed as it finishes one, so
 * a long document does not hold the others up. Results are placed by the seed's index, in the
 * order of `seeds`, so the output depends neither on the number of threads nor on which finished first.
 */
export function ingestInWorkers(seeds: readonly Seed[], inputs: PipelineInputs, threads: number): Promise<Ingested[]> {
  const results: Ingested[] = new Array<Ingested>(seeds.length);
  if (seeds.length === 0) return Promise.resolve(results);
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    const stop = () => Promise.all(workers.map((w) => w.terminate()));
    const feed = (worker: Worker) => {
      if (next < seeds.length) worker.postMessage({ index: next, seed: seeds[next++]! } satisfies PoolTask);
    };
    for (let t = 0; t < Math.min(threads, seeds.length); t++) {
      const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url), { workerData: inputs });
      workers.push(worker);
      worker.on('message', (reply: PoolReply) => {
        results[reply.index] =
          'json' in reply
            ? { doc: JSON.parse(reply.json) as CachedDocument, json: () => reply.json }
            : new IngestError(reply.error.file, reply.error.reason);
        if (++done === seeds.length) void stop().then(() => resolve(results), reject);
        else feed(worker);
      });
      worker.on('error', (error) => void stop().finally(() => reject(error)));
      for (let k = 0; k < IN_FLIGHT; k++) feed(worker);
    }
  });
}

/** `ingestInWorkers` in this thread, for a handful of seeds where starting threads would cost more than it saves. */
export function ingestHere(seeds: readonly Seed[], pipeline: DocumentPipeline): Ingested[] {
  return seeds.map(({ file, bytes, entry }) => {
    try {
      const doc = pipeline.run(file, bytes, entry);
      return { doc, json: () => JSON.stringify(doc) };
    } catch (error) {
      if (error instanceof IngestError) return error;
      throw error;
    }
  });
}

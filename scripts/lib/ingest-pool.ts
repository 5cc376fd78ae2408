import { availableParallelism } from 'node:os';
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
/**
 * A document comes back as JSON of its record, passages and analysis, with its passages.jsonl
 * lines and MDX as plain strings beside it: copied as they are, where inside the JSON they would be
 * escaped there and parsed again here.
 */
export type PoolReply =
  | { index: number; json: string; lines: string; mdx: string }
  | { index: number; error: { file: string; reason: string } };

/**
 * The text that pays for one more thread's start (modules, dictionary, model): a second thread
 * from 2 MB of text, a third from 4 MB, and so on, up to one thread per CPU. More threads than
 * CPUs measured no faster (three on 2 cores), as this thread also takes in what the others send.
 */
const BYTES_PER_EXTRA_THREAD = 2_000_000;

/** The threads `ingestTogether` uses by default for `bytes` of text on a machine of `cpus` CPUs. */
export function defaultThreads(bytes: number, cpus = availableParallelism()): number {
  return Math.max(1, Math.min(cpus, 1 + Math.floor(bytes / BYTES_PER_EXTRA_THREAD)));
}

/** The bytes of the seeds' files. */
export const seedBytes = (seeds: readonly Seed[]): number => seeds.reduce((n, s) => n + s.bytes.length, 0);

/** Seeds handed to a worker ahead, so it never waits while this thread ingests one of its own. */
const IN_FLIGHT = 3;

/**
 * Ingests `seeds` on this thread and `threads - 1` worker threads together (by default
 * `defaultThreads`), each taking the next seed as it finishes one, so a long
 * document does not hold the others up. Results are placed by the seed's index, in the order of
 * `seeds`, so the output depends neither on the number of threads nor on which finished first.
 * This thread takes its turn between the workers' answers.
 */
export function ingestTogether(
  seeds: readonly Seed[],
  pipeline: DocumentPipeline,
  inputs: PipelineInputs,
  threads = defaultThreads(seedBytes(seeds)),
): Promise<Ingested[]> {
  if (threads <= 1 || seeds.length === 0) return Promise.resolve(ingestHere(seeds, pipeline));
  const results: Ingested[] = new Array<Ingested>(seeds.length);
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let failed = false;
    const stop = () => Promise.all(workers.map((w) => w.terminate()));
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      void stop().finally(() => reject(error));
    };
    const finished = () => {
      if (++done === seeds.length) void stop().then(() => resolve(results), reject);
    };
    const feed = (worker: Worker) => {
      if (next < seeds.length) worker.postMessage({ index: next, seed: seeds[next++]! } satisfies PoolTask);
    };
    for (let t = 1; t < threads; t++) {
      const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url), { workerData: inputs });
      workers.push(worker);
      worker.on('message', (reply: PoolReply) => {
        results[reply.index] = fromReply(reply);
        finished();
        feed(worker);
      });
      worker.on('error', fail);
      for (let k = 0; k < IN_FLIGHT; k++) feed(worker);
    }
    const turn = () => {
      if (failed || next >= seeds.length) return;
      const index = next++;
      try {
        results[index] = ingestOne(seeds[index]!, pipeline);
      } catch (error) {
        fail(error);
        return;
      }
      finished();
      setImmediate(turn);
    };
    setImmediate(turn);
  });
}

/** `ingestTogether` in this thread alone, for a handful of seeds where starting threads would cost more than it saves. */
export function ingestHere(seeds: readonly Seed[], pipeline: DocumentPipeline): Ingested[] {
  return seeds.map((seed) => ingestOne(seed, pipeline));
}

function ingestOne({ file, bytes, entry }: Seed, pipeline: DocumentPipeline): Ingested {
  try {
    const doc = pipeline.run(file, bytes, entry);
    return { doc, json: () => JSON.stringify(doc) };
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
}

function fromReply(reply: PoolReply): Ingested {
  if ('error' in reply) return new IngestError(reply.error.file, reply.error.reason);
  const { record, passages, analysis } = JSON.parse(reply.json) as Omit<CachedDocument, 'lines' | 'mdx'>;
  // The fields in the order `DocumentPipeline.run` gives them, so the cache gets the same JSON from either thread.
  const doc: CachedDocument = { record, passages, lines: reply.lines, mdx: reply.mdx, analysis };
  return { doc, json: () => JSON.stringify(doc) };
}

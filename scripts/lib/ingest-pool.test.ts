import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestError } from './ingest-error.ts';
import { createDocumentPipeline, projectPipelineInputs } from './ingest-pipeline.ts';
import { defaultThreads, ingestHere, ingestTogether, type Seed } from './ingest-pool.ts';
import { readCatalog } from './load-inputs.ts';

const inputs = projectPipelineInputs('test');
const pipeline = createDocumentPipeline(inputs);
const catalog = readCatalog('seeds/catalog.yaml');
const seeds: Seed[] = [
  ...readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, bytes: readFileSync(join('seeds', file)), entry: catalog[file] })),
  { file: 'empty.txt', bytes: new Uint8Array(), entry: undefined },
];
const outcome = (results: Awaited<ReturnType<typeof ingestTogether>>) =>
  results.map((r) => (r instanceof IngestError ? r.message : r.json()));

describe('ingestTogether(seeds, pipeline, inputs, threads) and ingestHere(seeds, pipeline)', () => {
  it('ingestTogether() gives, in the order of the seeds, what ingestHere gives, refusals included', async () => {
    const here = ingestHere(seeds, pipeline);
    expect(here.at(-1)).toBeInstanceOf(IngestError);
    expect(outcome(await ingestTogether(seeds, pipeline, inputs, 2))).toEqual(outcome(here));
    expect(outcome(await ingestTogether(seeds, pipeline, inputs, 3))).toEqual(outcome(here));
  }, 60_000);

  it('ingestTogether() gives each document as the JSON it parses to, with its passages.jsonl lines', async () => {
    for (const r of await ingestTogether(seeds.slice(0, 3), pipeline, inputs, 3)) {
      if (r instanceof IngestError) throw r;
      expect(JSON.parse(r.json())).toEqual(r.doc);
      expect(r.doc.lines.split('\n').length - 1).toBe(r.doc.passages.length);
    }
  }, 60_000);
});

describe('defaultThreads(bytes, cpus)', () => {
  it('defaultThreads(bytes, cpus) adds a thread per 2 MB of text, up to one per CPU', () => {
    expect(defaultThreads(0, 4)).toBe(1);
    expect(defaultThreads(1_999_999, 4)).toBe(1);
    expect(defaultThreads(2_000_000, 4)).toBe(2);
    expect(defaultThreads(5_000_000, 4)).toBe(3);
    expect(defaultThreads(8_690_000, 4)).toBe(4);
    expect(defaultThreads(8_690_000, 2)).toBe(2);
    expect(defaultThreads(26_000_000, 16)).toBe(14);
    expect(defaultThreads(8_690_000, 1)).toBe(1);
  });
});

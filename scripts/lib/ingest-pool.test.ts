import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLexicons } from './analysis/lexicons.ts';
import { IngestError } from './ingest-error.ts';
import { createDocumentPipeline } from './ingest-pipeline.ts';
import { ingestHere, ingestInWorkers, type Seed } from './ingest-pool.ts';
import { readCatalog, readCodebook, readInstruments, readTaggerModel } from './load-inputs.ts';

const inputs = {
  codebook: readCodebook('content/codebook.yaml'),
  instruments: readInstruments(),
  lexicons: readLexicons(),
  model: readTaggerModel(),
  generator: 'test',
};
const catalog = readCatalog('seeds/catalog.yaml');
const seeds: Seed[] = [
  ...readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, bytes: readFileSync(join('seeds', file)), entry: catalog[file] })),
  { file: 'empty.txt', bytes: new Uint8Array(), entry: undefined },
];
const outcome = (results: Awaited<ReturnType<typeof ingestInWorkers>>) =>
  results.map((r) => (r instanceof IngestError ? r.message : r.json()));

describe('ingestInWorkers(seeds, inputs, threads) and ingestHere(seeds, pipeline)', () => {
  it('ingestInWorkers() gives, in the order of the seeds, what ingestHere gives, refusals included', async () => {
    const here = ingestHere(seeds, createDocumentPipeline(inputs));
    expect(here.at(-1)).toBeInstanceOf(IngestError);
    expect(outcome(await ingestInWorkers(seeds, inputs, 2))).toEqual(outcome(here));
  }, 60_000);

  it('ingestInWorkers() gives each document as the JSON it parses to', async () => {
    for (const r of await ingestInWorkers(seeds.slice(0, 2), inputs, 3)) {
      if (r instanceof IngestError) throw r;
      expect(JSON.parse(r.json())).toEqual(r.doc);
    }
  }, 60_000);
});

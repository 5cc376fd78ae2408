/**
 * What the ingest builds its per-document steps from, read from the project's own content/: the
 * codebook, the instrument codebook, the lexicons and the fitted tagger. For tests that run
 * documents through `createDocumentPipeline`.
 */
import { readLexicons } from '../../scripts/lib/analysis/lexicons.ts';
import type { PipelineInputs } from '../../scripts/lib/ingest-pipeline.ts';
import { readCodebook, readInstruments, readTaggerModel } from '../../scripts/lib/load-inputs.ts';
import type { GazetteerPark } from '../../src/schemas/gazetteer.ts';

export function pipelineInputs(parks: GazetteerPark[] = []): PipelineInputs {
  return {
    codebook: readCodebook('content/codebook.yaml'),
    instruments: readInstruments(),
    lexicons: readLexicons(),
    model: readTaggerModel(),
    generator: 'test',
    parks,
  };
}

import type { CatalogEntry } from '../../src/schemas/catalog.ts';
import type { Codebook } from '../../src/schemas/codebook.ts';
import type { GazetteerPark } from '../../src/schemas/gazetteer.ts';
import type { InstrumentCodebook } from '../../src/schemas/instruments.ts';
import type { TaggerModel } from '../../src/schemas/tagger-model.ts';
import { analyseDocument } from './analysis/document-analysis.ts';
import { readLexicons, type Lexicons } from './analysis/lexicons.ts';
import { withWords } from './analysis/segmented.ts';
import type { CachedDocument } from './ingest-cache.ts';
import { ingestDocument } from './ingest-document.ts';
import { createInstrumentCoder } from './steps/instrument.ts';
import { createParkFinder } from './steps/park.ts';
import { createModelTagger } from './steps/model-tag.ts';
import { passageLines } from './steps/open-data.ts';
import { codebookWords } from './steps/tag.ts';
import { writeMdx } from './steps/write-mdx.ts';
import { createSegmenter, type Segmenter } from './text/segmenter.ts';
import { readCodebook, readInstruments, readTaggerModel } from './load-inputs.ts';

/** What decides how a document is ingested; plain data, so a worker thread can be handed it. */
export interface PipelineInputs {
  codebook: Codebook;
  instruments: InstrumentCodebook;
  lexicons: Lexicons;
  /** Gazetteer parks (content/gazetteer/ and the seeds' parks.yaml); none means park names come from the text alone. */
  parks?: GazetteerPark[];
  /** The fitted theme tagger (content/model/tagger.json). */
  model: TaggerModel;
  /** Named in the header of every MDX file. */
  generator: string;
}

/** The inputs the project's own content/ gives: its codebook, instruments, lexicons and fitted tagger. */
export function projectPipelineInputs(generator: string, parks: GazetteerPark[] = []): PipelineInputs {
  return {
    codebook: readCodebook('content/codebook.yaml'),
    instruments: readInstruments(),
    lexicons: readLexicons(),
    model: readTaggerModel(),
    generator,
    parks,
  };
}

export interface DocumentPipeline {
  /** The codebook's segmenter, for the corpus analysis. */
  segmenter: Segmenter;
  /** One seed to everything the ingest keeps of it: record, passages, their lines of passages.jsonl, MDX and its own analysis. Throws IngestError for a bad seed. */
  run(file: string, bytes: Uint8Array, entry: CatalogEntry | undefined): CachedDocument;
}

/** Builds the per-document steps once (jieba's dictionary takes a few hundred milliseconds to load), for one thread. */
export function createDocumentPipeline({
  codebook,
  instruments,
  lexicons,
  model,
  generator,
  parks = [],
}: PipelineInputs): DocumentPipeline {
  const segmenter = createSegmenter(codebookWords(codebook));
  const tagger = createModelTagger(model, codebook, segmenter);
  const codeInstruments = createInstrumentCoder(instruments);
  const parkFinder = createParkFinder(parks);
  return {
    segmenter,
    run(file, bytes, entry) {
      const { record, passages, folded, words } = ingestDocument(
        file,
        bytes,
        entry,
        tagger,
        codeInstruments,
        segmenter,
        parkFinder,
      );
      // The analyses count and match words, so they read the folded text the words were cut from.
      const segmented = withWords(passages, folded, words);
      return {
        record,
        passages: passages.map(({ doc, id, text, themes, section, instruments }) => ({
          doc,
          id,
          text,
          themes,
          section,
          instruments,
        })),
        lines: passageLines(passages.map(({ line: _line, ...p }) => p)),
        mdx: writeMdx(record, passages, generator),
        analysis: analyseDocument(segmented, record, lexicons),
      };
    },
  };
}

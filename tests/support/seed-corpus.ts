/**
 * The seeds as the pipeline last wrote them (content/data/), with the codebook's segmenter, for
 * tests that check an analysis on the real documents. Loaded once per test file.
 */

import { readFileSync } from 'node:fs';
import { readCodebook } from '../../scripts/lib/load-inputs.ts';
import { segmentPassages, type SegmentedPassage } from '../../scripts/lib/analysis/segmented.ts';
import { codebookWords } from '../../scripts/lib/steps/tag.ts';
import { createSegmenter, type Segmenter } from '../../scripts/lib/text/segmenter.ts';
import { parseDocuments, parsePassages } from '../../src/lib/corpus.ts';
import type { Codebook } from '../../src/schemas/codebook.ts';
import type { DocumentRecord } from '../../src/schemas/document.ts';
import type { Passage } from '../../src/schemas/passage.ts';

export interface SeedCorpus {
  codebook: Codebook;
  segmenter: Segmenter;
  records: DocumentRecord[];
  passages: Passage[];
  segmented: SegmentedPassage[];
  /** The id of the document made from seed file `seed`, e.g. idOf('001_944198d32a153964.txt'). */
  idOf(seed: string): string;
}

let corpus: SeedCorpus | undefined;

export function seedCorpus(): SeedCorpus {
  if (corpus) return corpus;
  const codebook = readCodebook('content/codebook.yaml');
  const segmenter = createSegmenter(codebookWords(codebook));
  const records = parseDocuments(readFileSync('content/data/documents.json', 'utf8')).sort((a, b) =>
    a.id < b.id ? -1 : 1,
  );
  const passages = parsePassages(readFileSync('content/data/passages.jsonl', 'utf8'));
  const ids = new Map(records.map((r) => [r.seed, r.id]));
  corpus = {
    codebook,
    segmenter,
    records,
    passages,
    segmented: segmentPassages(passages, segmenter),
    idOf: (seed) =>
      ids.get(seed) ??
      (() => {
        throw new Error(`no document from seed ${seed}`);
      })(),
  };
  return corpus;
}

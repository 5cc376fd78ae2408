import { expect, it } from 'vitest';
import { seedCorpus } from '../../../tests/support/seed-corpus.ts';
import { analyseDocuments } from './document-analysis.ts';
import { analyse } from './index.ts';
import { startCorpusAnalysis, type AnalysisInputs } from './in-thread.ts';
import { readLexicons } from './lexicons.ts';

it('startCorpusAnalysis() with a worker thread writes the same files as analyse() in this one, on the seeds', async () => {
  const { codebook, segmenter, records, passages } = seedCorpus();
  const lexicons = readLexicons();
  const sentences = passages.map(({ doc, id, text, themes, section }) => ({ doc, id, text, themes, section }));
  const inputs: AnalysisInputs = {
    records,
    sentences,
    codebook,
    lexicons,
    analyses: analyseDocuments(records, sentences, segmenter, lexicons),
    parkNames: new Map([['changsha-etdz', ['长沙经济技术开发区', '长沙经开区']]]),
  };
  const here = analyse(records, sentences, codebook, segmenter, lexicons, inputs.analyses, inputs.parkNames);
  const aside = await startCorpusAnalysis(codebook, segmenter, 1, 0).analyse(inputs);
  expect([...aside.keys()].sort()).toEqual([...here.keys()].sort());
  for (const [name, contents] of here) expect(aside.get(name), name).toBe(contents);
  expect(here.get('phrases.json')!.length).toBeGreaterThan(100);
});

/**
 * Times the tag step alone on a folder of documents (npm run tag-throughput -- DIR): read every
 * file as the ingest does (decode, normalise, clean, metadata) and outline it first, then tag all
 * sentences with the committed model and print MB of sentence text per second: once segmenting
 * them too, once given the words the ingest has already cut for its analyses (as the ingest
 * calls it). The first run is cold (empty caches of
 * headings and word features); the best of three shows the steady rate over a long corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCodebook, readTaggerModel } from './lib/load-inputs.ts';
import { readDocument } from './lib/ingest-document.ts';
import { createModelTagger } from './lib/steps/model-tag.ts';
import { outline } from './lib/steps/outline.ts';
import { codebookWords, type TagInput } from './lib/steps/tag.ts';
import { createSegmenter } from './lib/text/segmenter.ts';

const dir = process.argv[2] ?? 'seeds';
const codebook = readCodebook('content/codebook.yaml');
const segmenter = createSegmenter(codebookWords(codebook));
const tagger = createModelTagger(readTaggerModel(), codebook, segmenter);
const documents: TagInput[][] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => {
    const { sentences, sections } = outline(readDocument(file, readFileSync(join(dir, file))).body);
    const textOf = new Map(sentences.map((s) => [s.id, s.text]));
    const headingOf = new Map(sections.map((s) => [s.id, textOf.get(s.sentence) ?? s.title]));
    return sentences.map((s) => ({
      text: s.text,
      heading: s.heading || s.section === null ? null : (headingOf.get(s.section) ?? null),
      isHeading: s.heading,
    }));
  });
const bytes = documents.flat().reduce((n, s) => n + Buffer.byteLength(s.text), 0);
const words = documents.map((sentences) => segmenter.cutMany(sentences.map((s) => s.text)));
const best = (run: () => void) => {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    run();
    times.push((performance.now() - started) / 1000);
  }
  return { cold: times[0]!, best: Math.min(...times) };
};
let tags = 0;
const alone = best(() => {
  tags = 0;
  for (const sentences of documents) for (const t of tagger.tagAll(sentences)) tags += t.themes.length;
});
// A fresh tagger, so the first run here is cold too.
const fresh = createModelTagger(readTaggerModel(), codebook, segmenter);
const given = best(() => documents.forEach((sentences, i) => fresh.tagAll(sentences, words[i])));
const mbps = (seconds: number) => (bytes / 1e6 / seconds).toFixed(2);
const rate = (t: { cold: number; best: number }) => `${mbps(t.cold)} MB/s cold, ${mbps(t.best)} MB/s best of 3`;
console.log(
  `tag: ${documents.length} documents, ${documents.flat().length} sentences, ${(bytes / 1e6).toFixed(2)} MB, ${tags} tags; segmenting too ${rate(alone)}; given the ingest's words ${rate(given)}`,
);

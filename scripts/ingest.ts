/**
 * seeds/*.txt -> content/docs/*.mdx and content/data/*.
 *   node scripts/ingest.ts [--seeds DIR] [--out DIR] [--skip-bad] [--check] [--workers N]
 * --skip-bad reports a bad file and goes on instead of stopping; --check writes nothing and
 * fails if content/ is not what the seeds and codebook give (CI's staleness gate). Unchanged
 * documents, with their part of the analysis, come from a content-hash cache (--cache DIR,
 * default .cache/ingest; --no-cache). The others are ingested in this thread or, with
 * --workers N (N > 1), on N worker threads; the output is the same bytes whatever the number.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError } from './lib/ingest-error.ts';
import { openIngestCache, type CachedDocument } from './lib/ingest-cache.ts';
import { createDocumentPipeline } from './lib/ingest-pipeline.ts';
import { ingestHere, ingestInWorkers, type Seed } from './lib/ingest-pool.ts';
import { readCatalog, readCodebook, readEvalReport, readInstruments, readTaggerModel } from './lib/load-inputs.ts';
import { analyse } from './lib/analysis/index.ts';
import { readLexicons } from './lib/analysis/lexicons.ts';
import { openData } from './lib/steps/open-data.ts';

const GENERATOR = 'scripts/ingest.ts';

const { values: args } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'content' },
    'skip-bad': { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    cache: { type: 'string', default: '.cache/ingest' },
    'no-cache': { type: 'boolean', default: false },
    // On 2 cores, 2 threads measured no faster than one at 1,000 documents (this thread parses every
    // document they send back) and took 250 MB more memory, so one thread is the default.
    workers: { type: 'string', default: '1' },
  },
});

const started = performance.now();
const seedsDir = args.seeds;
const outDir = args.out;
const codebook = readCodebook(join(outDir, 'codebook.yaml'));
const catalog = readCatalog(join(seedsDir, 'catalog.yaml'));
const instruments = readInstruments();
const lexicons = readLexicons();
const model = readTaggerModel();
const evalReport = readEvalReport();
const inputs = { codebook, instruments, lexicons, model, generator: GENERATOR };
const pipeline = createDocumentPipeline(inputs);
// The key covers what decides a cached document: the per-document steps and analysis, their schemas, codebook and dictionaries.
const cache = args['no-cache'] ? undefined : openIngestCache(args.cache, [
  'scripts/lib/steps/', 'scripts/lib/model/', 'scripts/lib/text/', 'scripts/lib/analysis/', 'scripts/lib/ingest-document.ts', 'scripts/lib/ingest-pipeline.ts', 'src/schemas/',
  join(outDir, 'codebook.yaml'), 'content/model/tagger.json', 'content/instruments.yaml', 'content/industries.yaml', 'content/organisations.yaml', 'package-lock.json',
]);

const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
for (const key of Object.keys(catalog)) {
  if (!files.includes(key)) console.warn(`warning: seeds/catalog.yaml names ${key}, which is not in ${seedsDir}/`);
}

const documents: CachedDocument[] = [];
const skipped: IngestError[] = [];
const byText = new Map<string, string>();
const byId = new Map<string, string>();
const seeds: Seed[] = files.map((file) => ({ file, bytes: readFileSync(join(seedsDir, file)), entry: catalog[file] }));
const bytesIn = seeds.reduce((n, s) => n + s.bytes.length, 0);
const cached = seeds.map((s) => cache?.get(s.file, s.bytes, s.entry));
const missing = seeds.filter((_, i) => !cached[i]);
const threads = Number(args.workers);
const fresh = threads > 1 ? await ingestInWorkers(missing, inputs, threads) : ingestHere(missing, pipeline);
let nextFresh = 0;
for (const [i, { file, bytes, entry }] of seeds.entries()) {
  try {
    let doc = cached[i];
    if (!doc) {
      const ingested = fresh[nextFresh++]!;
      if (ingested instanceof IngestError) throw ingested;
      cache?.set(file, bytes, entry, ingested.json());
      doc = ingested.doc;
    }
    const textKey = createHash('sha256').update(doc.passages.map((p) => p.text).join('\n')).digest('hex');
    const twin = byText.get(textKey);
    if (twin) throw new IngestError(file, `same text as ${twin}; only the first is kept`);
    const clash = byId.get(doc.record.id);
    if (clash) throw new IngestError(file, `document id "${doc.record.id}" is already used by ${clash}; set another id in seeds/catalog.yaml`);
    byText.set(textKey, file);
    byId.set(doc.record.id, file);
    documents.push(doc);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    // A duplicate loses nothing, so it is reported and skipped even without --skip-bad.
    if (!args['skip-bad'] && !error.reason.startsWith('same text as')) {
      console.error(`error: ${error.message}\n(run with --skip-bad to report bad files and go on)`);
      process.exit(1);
    }
    skipped.push(error);
  }
}

cache?.prune();
documents.sort((a, b) => a.record.id.localeCompare(b.record.id));
const outputs = new Map<string, string>();
for (const { record, mdx } of documents) outputs.set(join(outDir, 'docs', `${record.id}.mdx`), mdx);
const records = documents.map((d) => d.record);
const passages = documents.flatMap((d) => d.passages.map(({ line: _line, ...p }) => p));
for (const [name, contents] of openData(codebook, instruments, records, passages, lexicons.industries.industries)) outputs.set(join(outDir, 'data', name), contents);
const analyses = new Map(documents.map((d) => [d.record.id, d.analysis]));
for (const [name, contents] of analyse(records, passages, codebook, pipeline.segmenter, lexicons, analyses)) outputs.set(join(outDir, 'data', name), contents);
// The tagger's figures come from the project's annotated sample (npm run eval), the same whatever corpus is built.
outputs.set(join(outDir, 'data', 'eval.json'), JSON.stringify(evalReport, null, 2) + '\n');

const generatedDirs = [join(outDir, 'docs'), join(outDir, 'data')];
const stale = generatedDirs.flatMap((dir) => (existsSync(dir) ? readdirSync(dir).map((f) => join(dir, f)) : [])).filter((f) => !outputs.has(f));
const changed = [...outputs].filter(([file, contents]) => !existsSync(file) || readFileSync(file, 'utf8') !== contents).map(([f]) => f);
if (args.check) {
  if (changed.length + stale.length > 0) {
    console.error(`content/ is stale: run npm run ingest and commit.\n${[...changed, ...stale].map((f) => `  ${relative('.', f)}`).join('\n')}`);
    process.exit(1);
  }
} else {
  for (const dir of generatedDirs) mkdirSync(dir, { recursive: true });
  for (const file of stale) rmSync(file);
  for (const file of changed) writeFileSync(file, outputs.get(file)!);
}

const seconds = (performance.now() - started) / 1000;
const removedLines = records.reduce((n, r) => n + r.removed.length, 0);
console.log(
  `ingest: ${records.length} documents, ${passages.length} sentences, ${removedLines} lines removed or kept as metadata, ` +
  `${skipped.length} skipped, ${cache?.hits ?? 0} from cache, ${(bytesIn / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s (${(bytesIn / 1e6 / seconds).toFixed(2)} MB/s)`,
);
for (const s of skipped) console.log(`  skipped ${s.file}: ${s.reason}`);
for (const r of records) {
  for (const line of r.removed) console.log(`  ${r.seed}:${line.line} removed (${line.reason}): ${line.text.slice(0, 60)}`);
}

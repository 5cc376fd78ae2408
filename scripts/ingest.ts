/**
 * seeds/*.txt -> content/docs/*.mdx and content/data/*.
 * --config (or $SITE_CONFIG; default site.config.yaml) names the site configuration the
 * datapackage takes its name, title and licence from. A folder without any .txt file stops here.
 * --skip-bad reports a bad file and goes on instead of stopping; --check writes nothing and
 * fails if content/ is not what the seeds and codebook give (CI's staleness gate). Unchanged
 * documents, with their part of the analysis, come from a content-hash cache (--cache DIR,
 * default .cache/ingest; --no-cache). The others are ingested by --workers N threads, this one
 * included (default: one more per 2 MB of text to ingest, up to the machine's CPUs); the output is the same bytes
 * whatever the number.
 */
import { createHash } from 'node:crypto';
import { readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileHolds } from './lib/file-holds.ts';
import { IngestError } from './lib/ingest-error.ts';
import { commandLine, exitOnExpectedErrors, positiveInteger } from './lib/cli-errors.ts';
import { readSeeds } from './lib/read-seeds.ts';
import { printable, quoteName } from './lib/file-names.ts';
import { claimOrder } from './lib/seed-order.ts';
import { finishInterruptedReplace, replaceFolders } from './lib/atomic-write.ts';
import { openIngestCache, type CachedDocument } from './lib/ingest-cache.ts';
import { createDocumentPipeline } from './lib/ingest-pipeline.ts';
import { ingestTogether, seedBytes, type Seed } from './lib/ingest-pool.ts';
import { readCatalog, readCodebook, readEvalReport, readInstruments, readTaggerModel } from './lib/load-inputs.ts';
import { CORPUS_PARKS_FILE, GAZETTEER_DIR, readGazetteer } from './lib/gazetteer/load.ts';
import { startCorpusAnalysis } from './lib/analysis/in-thread.ts';
import { readLexicons } from './lib/analysis/lexicons.ts';
import { openData } from './lib/steps/open-data.ts';
import { listSeedFiles, NoDocumentsError } from './lib/seed-files.ts';
import { readSiteConfig, SiteConfigError, siteConfigPath } from '../src/lib/site-config.ts';

const GENERATOR = 'scripts/ingest.ts';

const USAGE =
  'node scripts/ingest.ts [--seeds DIR] [--out DIR] [--config FILE] [--skip-bad] [--check] [--cache DIR] [--no-cache] [--workers N]';
const { values: args } = commandLine(USAGE, {
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'content' },
    'skip-bad': { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    config: { type: 'string' },
    cache: { type: 'string', default: '.cache/ingest' },
    'no-cache': { type: 'boolean', default: false },
    workers: { type: 'string' },
  },
});

exitOnExpectedErrors();
const started = performance.now();
const seedsDir = args.seeds;
const outDir = args.out;
/** The site configuration and the corpus's file names, or one line saying what is wrong with them. */
function readSetup(): { site: ReturnType<typeof readSiteConfig>; files: string[] } {
  try {
    return { site: readSiteConfig(args.config ?? siteConfigPath()), files: listSeedFiles(seedsDir) };
  } catch (error) {
    if (!(error instanceof SiteConfigError || error instanceof NoDocumentsError)) throw error;
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
}
const { site, files } = readSetup();
const codebook = readCodebook(join(outDir, 'codebook.yaml'));
const catalog = readCatalog(join(seedsDir, 'catalog.yaml'));
const instruments = readInstruments();
const lexicons = readLexicons();
const parks = readGazetteer([GAZETTEER_DIR, join(seedsDir, CORPUS_PARKS_FILE)]);
const model = readTaggerModel();
const evalReport = readEvalReport();
const inputs = { codebook, instruments, lexicons, parks, model, generator: GENERATOR };
const pipeline = createDocumentPipeline(inputs);
// The key covers what decides a cached document: the per-document steps and analysis, their schemas, codebook and dictionaries.
const cache = args['no-cache']
  ? undefined
  : openIngestCache(args.cache, [
      'scripts/lib/steps/',
      'scripts/lib/model/',
      'scripts/lib/text/',
      'scripts/lib/analysis/',
      'scripts/lib/ingest-document.ts',
      'scripts/lib/ingest-pipeline.ts',
      'src/schemas/',
      join(outDir, 'codebook.yaml'),
      'content/model/tagger.json',
      'content/instruments.yaml',
      'content/industries.yaml',
      'content/organisations.yaml',
      'package-lock.json',
      'content/gazetteer/',
      join(seedsDir, CORPUS_PARKS_FILE),
    ]);

for (const key of Object.keys(catalog)) {
  if (!files.includes(key))
    console.warn(`warning: seeds/catalog.yaml names ${quoteName(key)}, which is not in ${seedsDir}/`);
}

const documents: CachedDocument[] = [];
const skipped: IngestError[] = [];
const byText = new Map<string, string>();
const byId = new Map<string, string>();
/** Stops the ingest on a bad seed, or with --skip-bad reports it and goes on; a duplicate loses nothing, so it is always skipped. */
function refuse(error: IngestError): void {
  if (!args['skip-bad'] && !error.reason.startsWith('same text as')) {
    console.error(`error: ${error.message}\n(run with --skip-bad to report bad files and go on)`);
    process.exit(1);
  }
  skipped.push(error);
}
const folder = readSeeds(seedsDir, files, catalog);
for (const line of folder.ignored) console.warn(`note: ${join(seedsDir, line)}`);
folder.refused.forEach(refuse);
const seeds: Seed[] = folder.seeds;
const bytesIn = seedBytes(seeds);
// Started now, so that a large corpus's analysis thread is ready when the documents are.
const corpusAnalysis = startCorpusAnalysis(codebook, pipeline.segmenter, bytesIn);
const cached = seeds.map((s) => cache?.get(s.file, s.bytes, s.entry));
const missing = seeds.filter((_, i) => !cached[i]);
const threads = args.workers === undefined ? undefined : positiveInteger(args.workers, '--workers');
const fresh = await ingestTogether(missing, pipeline, inputs, threads);
const freshOf = new Map(seeds.flatMap((_, i) => (cached[i] ? [] : [i])).map((i, k) => [i, fresh[k]!]));
for (const i of claimOrder(seeds)) {
  const { file, bytes, entry } = seeds[i]!;
  try {
    let doc = cached[i];
    if (!doc) {
      const ingested = freshOf.get(i)!;
      if (ingested instanceof IngestError) throw ingested;
      cache?.set(file, bytes, entry, ingested.json());
      doc = ingested.doc;
    }
    const textKey = createHash('sha256')
      .update(doc.passages.map((p) => p.text).join('\n'))
      .digest('hex');
    const twin = byText.get(textKey);
    if (twin)
      throw new IngestError(
        file,
        `same text as ${twin}, which is kept${catalog[twin] && !entry ? ' (the catalog describes it)' : ''}`,
      );
    const clash = byId.get(doc.record.id);
    if (clash)
      throw new IngestError(
        file,
        `document id "${doc.record.id}" is already used by ${clash}; set another id in seeds/catalog.yaml`,
      );
    byText.set(textKey, file);
    byId.set(doc.record.id, file);
    documents.push(doc);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    refuse(error);
  }
}
skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

cache?.prune();
documents.sort((a, b) => a.record.id.localeCompare(b.record.id));
// Encoded once: the same bytes are compared with content/ and written.
const outputs = new Map<string, Uint8Array>();
const output = (path: string, contents: string | Uint8Array) =>
  outputs.set(path, typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents);
for (const { record, mdx } of documents) output(join(outDir, 'docs', `${record.id}.mdx`), mdx);
const records = documents.map((d) => d.record);
const passages = documents.flatMap((d) => d.passages);
const analysis = corpusAnalysis.analyse({
  records,
  sentences: passages,
  codebook,
  lexicons,
  analyses: new Map(documents.map((d) => [d.record.id, d.analysis])),
  parkNames: new Map(parks.map((p) => [p.id, [p.name, ...p.aliases]])),
});
for (const [name, contents] of openData(codebook, instruments, records, passages, lexicons.industries.industries, site))
  output(join(outDir, 'data', name), contents);
// Each document's lines encoded apart: joined first, they made one string of 73 MB at 1,000 documents.
output(join(outDir, 'data', 'passages.jsonl'), Buffer.concat(documents.map((d) => Buffer.from(d.lines, 'utf8'))));
for (const [name, contents] of await analysis) output(join(outDir, 'data', name), contents);
// The tagger's figures come from the project's annotated sample (npm run eval), the same whatever corpus is built.
output(join(outDir, 'data', 'eval.json'), JSON.stringify(evalReport, null, 2) + '\n');

// A run killed while swapping content/'s folders in left its staged set: finish or discard it first.
if (!args.check) finishInterruptedReplace(outDir, ['docs', 'data']);
const generatedDirs = [join(outDir, 'docs'), join(outDir, 'data')];
const stale = generatedDirs
  .flatMap((dir) => (existsSync(dir) ? readdirSync(dir).map((f) => join(dir, f)) : []))
  .filter((f) => !outputs.has(f));
const unchanged = new Set([...outputs].filter(([file, contents]) => fileHolds(file, contents)).map(([f]) => f));
const changed = [...outputs.keys()].filter((f) => !unchanged.has(f));
if (args.check) {
  if (changed.length + stale.length > 0) {
    console.error(
      `content/ is stale: run npm run ingest and commit.\n${[...changed, ...stale].map((f) => `  ${relative('.', f)}`).join('\n')}`,
    );
    process.exit(1);
  }
} else if (changed.length + stale.length > 0) {
  // Staged whole and swapped in, so a run killed halfway leaves the old content/ or the new one.
  replaceFolders(outDir, ['docs', 'data'], outputs, unchanged);
}

const seconds = (performance.now() - started) / 1000;
const removedLines = records.reduce((n, r) => n + r.removed.length, 0);
console.log(
  `ingest: ${records.length} documents, ${passages.length} sentences, ${removedLines} lines removed or kept as metadata, ` +
    `${skipped.length} skipped, ${cache?.hits ?? 0} from cache, ${(bytesIn / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s (${(bytesIn / 1e6 / seconds).toFixed(2)} MB/s)`,
);
for (const s of skipped) console.log(`  skipped ${s.file}: ${s.reason}`);
for (const r of records) {
  for (const line of r.removed)
    console.log(
      `  ${r.seed}:${line.line} ${line.kind === 'span' ? `cut ×${line.count ?? 1}` : 'removed'} (${line.reason}): ${printable(line.text.slice(0, 60))}`,
    );
}

/**
 * One benchmark size from start to end: the corpus, our full build (ingest, astro build, search
 * index), a re-ingest after one seed changes, the naive baseline's build, sizes on disk and the
 * browser measurements of both sites. Everything happens in `workDir`.
 */
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuildEnv } from '../astro-build-env.ts';
import { launchChromium } from '../chromium.ts';
import { serveDir } from '../static-server.ts';
import { prepareCorpus, type BenchCorpus } from './bench-corpus.ts';
import { distStats, type DistStats } from './dist-stats.ts';
import { writeNaiveSite } from './naive-site.ts';
import { measurePageJs, type PageJs } from './page-js.ts';
import { runTimed, type TimedRun } from './run-timed.ts';
import { probeInTurns, type SearchCost } from './search-probe.ts';
import { BENCH_CONFIG, mirrorSiteRoot } from './site-root.ts';

export const PAGE_TYPES = ['home', 'document', 'theme', 'matrix', 'compare', 'search'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** A cold query (a theme's key term) and a warm one typed after it. */
export const QUERIES: [string, string] = ['营商环境', '招商引资'];

/**
 * Search probes per site, ours and naive in turns; the report gives their medians. Five left the
 * cold query's verdict to chance: at 1,000 documents their medians moved by ±50 ms between runs.
 */
export const SEARCH_RUNS = 15;

export interface SizeResult {
  corpus: Omit<BenchCorpus, 'seedsDir' | 'contentDir'>;
  sentences?: number | undefined;
  ingest?: TimedRun | undefined;
  /** The ingest again after one seed changed, with the cache of the first. */
  reingest?: TimedRun | undefined;
  /** How many documents the re-ingest took from the cache, as it reports. */
  cacheHits?: number | undefined;
  build?: TimedRun | undefined;
  index?: TimedRun | undefined;
  dist?: DistStats | undefined;
  search?: SearchCost | undefined;
  js: Partial<Record<PageType, PageJs | undefined>>;
  naive: {
    build?: TimedRun | undefined;
    index?: TimedRun | undefined;
    dist?: DistStats | undefined;
    search?: SearchCost | undefined;
  };
  /** The steps that failed, as "search index: killed after 6120 s"; what depends on them is missing. */
  failures: string[];
}

const ASTRO = 'node_modules/astro/bin/astro.mjs';
const PAGEFIND = 'node_modules/pagefind/lib/runner/bin.cjs';
const EDIT = '\n本段由基准测试追加,用于检验增量缓存。\n';

/** The environment of a build child: ours, without what would point it at another site. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['BASE_PATH', 'SITE', 'SITE_DIR', 'CONTENT_DIR']) delete env[name];
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** The telling line of a failure: the first that names an error, else the first. */
function summarize(message: string): string {
  const lines = message.split('\n').map((l) => l.trim());
  return (
    lines.find((l) => /\b(error|killed|cannot|could not|enoent|heap)\b/i.test(l) && !l.startsWith('/')) ??
    lines[0] ??
    ''
  ).slice(0, 200);
}

/** Per-step deadline: generous, growing with the corpus. */
function deadline(documents: number): number {
  return (120 + documents * 2) * 1000;
}

/** Appends a sentence to the first seed that is UTF-8 (appending to a GB18030 file would garble it). */
function editOneSeed(seedsDir: string): void {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const file of readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    try {
      decoder.decode(readFileSync(join(seedsDir, file)));
    } catch {
      continue;
    }
    appendFileSync(join(seedsDir, file), EDIT);
    return;
  }
  throw new Error(`${seedsDir} has no UTF-8 seed to edit`);
}

function pagePaths(dist: string): Record<PageType, string> {
  const firstDir = (dir: string) =>
    readdirSync(join(dist, dir), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort()[0];
  return {
    home: '',
    document: `docs/${firstDir('docs')}/`,
    theme: `themes/${firstDir('themes')}/`,
    matrix: 'matrix/',
    compare: 'compare/',
    search: 'search/',
  };
}

export async function benchSize(
  root: string,
  documents: number,
  workDir: string,
  log: (line: string) => void,
): Promise<SizeResult> {
  const limit = deadline(documents);
  const node = process.execPath;
  const failures: string[] = [];
  /** Runs one step; a failure is recorded and gives undefined, so the run goes on with what it has. */
  const attempt = async <T>(step: string, work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push(`${step}: ${summarize(message)}`);
      log(`${documents}: ${step} failed: ${message}`);
      return undefined;
    }
  };
  const timed = async (step: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) => {
    const run = await attempt(step, () => runTimed(node, args, { cwd, env, timeoutMs: limit }));
    if (run) log(`${documents}: ${step} ${run.seconds.toFixed(1)} s`);
    return run;
  };

  const corpus = await prepareCorpus(root, documents, join(workDir, 'corpus'), limit);
  const naiveDir = writeNaiveSite(root, corpus.seedsDir, join(workDir, 'naive'));
  const { seedsDir: _seeds, contentDir: _content, ...facts } = corpus;
  const result: SizeResult = { corpus: facts, js: {}, naive: {}, failures };
  log(`${documents}: ${corpus.kind} corpus, ${(corpus.textBytes / 1e6).toFixed(2)} MB of text`);

  const contentEnv = childEnv({ CONTENT_DIR: corpus.contentDir });
  const ingestArgs = [
    'scripts/ingest.ts',
    '--seeds',
    corpus.seedsDir,
    '--out',
    corpus.contentDir,
    '--cache',
    join(workDir, 'ingest-cache'),
  ];
  const dist = join(workDir, 'dist');
  result.ingest = await timed('ingest', ingestArgs, root, contentEnv);
  if (result.ingest) {
    result.sentences = readFileSync(join(corpus.contentDir, 'data/passages.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l !== '').length;
    const siteRoot = mirrorSiteRoot(root, join(workDir, 'site'));
    result.build = await timed(
      'astro build',
      [join(root, ASTRO), 'build', '--config', BENCH_CONFIG, '--outDir', dist],
      siteRoot,
      astroBuildEnv(contentEnv),
    );
    if (result.build) result.index = await timed('search index', ['scripts/index-search.ts', dist], root, contentEnv);
    editOneSeed(corpus.seedsDir);
    result.reingest = await timed('re-ingest after one edit', ingestArgs, root, contentEnv);
    const hits = /(\d+) from cache/.exec(result.reingest?.stdout ?? '');
    if (hits) result.cacheHits = Number(hits[1]);
  }

  const naiveEnv = childEnv({});
  result.naive.build = await timed('naive build', [join(root, ASTRO), 'build'], naiveDir, naiveEnv);
  if (result.naive.build)
    result.naive.index = await timed('naive pagefind', [join(root, PAGEFIND), '--site', 'dist'], naiveDir, naiveEnv);

  const browser = await launchChromium();
  const ours = result.index ? await serveDir(dist) : null;
  const theirs = result.naive.index ? await serveDir(join(naiveDir, 'dist')) : null;
  try {
    if (ours) result.dist = distStats(dist);
    if (theirs) result.naive.dist = distStats(join(naiveDir, 'dist'));
    const pages = [ours && new URL('search/', ours.url).href, theirs && new URL('search.html', theirs.url).href];
    const costs = await attempt('search probe', () =>
      probeInTurns(
        browser,
        pages.filter((url) => url !== null),
        QUERIES,
        SEARCH_RUNS,
      ),
    );
    if (costs) [result.search, result.naive.search] = ours ? costs : [undefined, costs[0]];
    if (ours) {
      const paths = pagePaths(dist);
      for (const type of PAGE_TYPES)
        result.js[type] = await attempt(`JS of the ${type} page`, () =>
          measurePageJs(browser, ours.url, dist, paths[type]),
        );
    }
  } finally {
    await browser.close();
    await ours?.close();
    await theirs?.close();
  }
  log(`${documents}: browser measurements done`);
  return result;
}

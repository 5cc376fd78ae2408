/**
 * Lighthouse scores of the built site: the home page, a document and the matrix, in headless
 * Chromium, each run by the Lighthouse CLI from .ci/tools/lighthouse/ (installed on first use).
 * DIR defaults to dist; the base to $BASE_PATH.
 * Prints one row of scores per page; with --min, exits 1 when any score is below it. The server
 * is local and does not compress, so performance is an upper bound on load and a lower bound on bytes.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_FLAGS } from './lib/chromium.ts';
import { ciToolFile } from './lib/ci-tools.ts';
import { serveDir } from './lib/static-server.ts';
import { commandLine } from './lib/cli-errors.ts';

const run = promisify(execFile);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TIMEOUT_MS = 180_000;

interface LighthouseResult {
  categories: Record<string, { score: number | null }>;
  runtimeError?: { message: string };
}

const USAGE = 'node scripts/lighthouse.ts [DIR] [--min SCORE]';
const { values: args, positionals } = commandLine(USAGE, {
  allowPositionals: true,
  options: { min: { type: 'string' } },
});
const dir = positionals[0] ?? 'dist';
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`${dir}/index.html does not exist: run npm run build first.`);
  process.exit(1);
}
const firstDocument = readdirSync(join(dir, 'docs'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort()[0];
const pages = { home: '', document: `docs/${firstDocument}/`, matrix: 'matrix/' };

const cli = ciToolFile('lighthouse', 'lighthouse/cli/index.js');
const server = await serveDir(dir, { base: process.env['BASE_PATH'] ?? '/' });
const rows: { page: string; scores: Record<string, number> }[] = [];
try {
  for (const [page, path] of Object.entries(pages)) {
    const url = new URL(path, server.url).href;
    const { stdout } = await run(
      process.execPath,
      [
        cli,
        url,
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
      ],
      {
        env: { ...process.env, CHROME_PATH: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' },
        maxBuffer: 256 * 1024 * 1024,
        timeout: TIMEOUT_MS,
      },
    );
    const result = JSON.parse(stdout) as LighthouseResult;
    if (result.runtimeError) throw new Error(`${page}: ${result.runtimeError.message}`);
    rows.push({
      page,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((result.categories[c]?.score ?? 0) * 100)])),
    });
    console.log(`lighthouse: ${page} (${path || '/'}) done`);
  }
} finally {
  await server.close();
}

console.log(`\n| page | ${CATEGORIES.join(' | ')} |\n| --- | ${CATEGORIES.map(() => '---:').join(' | ')} |`);
for (const { page, scores } of rows) console.log(`| ${page} | ${CATEGORIES.map((c) => scores[c]).join(' | ')} |`);
const min = args.min === undefined ? undefined : Number(args.min);
const low =
  min === undefined
    ? []
    : rows.flatMap(({ page, scores }) =>
        CATEGORIES.filter((c) => scores[c]! < min).map((c) => `${page} ${c} ${scores[c]}`),
      );
if (low.length > 0) {
  console.error(`\nbelow ${min}: ${low.join(', ')}`);
  process.exit(1);
}

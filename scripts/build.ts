/**
 * `npm run build` (and `npm start`, with --serve): a complete site from a folder of documents.
 *
 * 1. check the site configuration and that the folder holds documents   one line if not
 * 2. ingest the folder                                                  CONTENT/docs, CONTENT/data
 * 3. astro build                                                        OUT/
 * 4. the search index and the offline files                             OUT/search, OUT/pagefind, OUT/sw.js
 * 5. with --serve, serve OUT/ on http://localhost:4321
 *
 * Each option has an environment variable for CI (the deploy workflow sets them), the option
 * winning: --seeds SEEDS_DIR (default seeds/), --config SITE_CONFIG (site.config.yaml), --content
 * CONTENT_DIR (content/: another corpus regenerates the same content/ unless given a folder of its
 * own), --out SITE_DIR (dist/). --astro-config FILE is handed to `astro build --config`.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { listSeedFiles, NoDocumentsError } from './lib/seed-files.ts';
import { serveSite } from './lib/serve-site.ts';
import { DEFAULT_SITE_CONFIG, readSiteConfig, SiteConfigError } from '../src/lib/site-config.ts';
import { astroBuildEnv } from './lib/astro-build-env.ts';
import { commandLine } from './lib/cli-errors.ts';

const env = process.env;
const USAGE = 'node scripts/build.ts [--seeds DIR] [--config FILE] [--content DIR] [--out DIR] [--skip-bad] [--serve]';
const { values: args } = commandLine(USAGE, {
  options: {
    seeds: { type: 'string', default: env['SEEDS_DIR'] || 'seeds' },
    config: { type: 'string', default: env['SITE_CONFIG'] || DEFAULT_SITE_CONFIG },
    content: { type: 'string', default: env['CONTENT_DIR'] || 'content' },
    out: { type: 'string', default: env['SITE_DIR'] || 'dist' },
    'astro-config': { type: 'string' },
    'skip-bad': { type: 'boolean', default: false },
    serve: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(`build: ${message}`);
  process.exit(1);
}

/** Runs one step as its own Node process (Node 24, this one), stopping the build if it fails. */
function step(name: string, argv: string[], stepEnv: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, argv, { stdio: 'inherit', env: stepEnv });
  if (result.status !== 0) fail(`${name} failed${result.status === null ? ` (${result.signal})` : ''}`);
}

try {
  readSiteConfig(resolve(args.config));
  listSeedFiles(args.seeds);
} catch (error) {
  if (!(error instanceof SiteConfigError || error instanceof NoDocumentsError)) throw error;
  fail(error.message);
}

// The pipeline reads the codebook beside its output; a content folder of its own starts with the project's.
const codebook = join(args.content, 'codebook.yaml');
if (!existsSync(codebook)) {
  mkdirSync(args.content, { recursive: true });
  copyFileSync(new URL('../content/codebook.yaml', import.meta.url), codebook);
  console.log(`build: ${codebook} copied from the project's codebook`);
}

// Children get absolute paths, and the defaults stay unset so the project's own build is what it always was.
const stepEnv: NodeJS.ProcessEnv = { ...env };
delete stepEnv['SEEDS_DIR'];
if (args.config !== DEFAULT_SITE_CONFIG) stepEnv['SITE_CONFIG'] = resolve(args.config);
else delete stepEnv['SITE_CONFIG'];
if (args.content !== 'content') stepEnv['CONTENT_DIR'] = resolve(args.content);
else delete stepEnv['CONTENT_DIR'];
delete stepEnv['SITE_DIR'];

step(
  'ingest',
  ['scripts/ingest.ts', '--seeds', args.seeds, '--out', args.content, ...(args['skip-bad'] ? ['--skip-bad'] : [])],
  stepEnv,
);
const astro = new URL('../node_modules/astro/bin/astro.mjs', import.meta.url).pathname;
const outDir = args.out === 'dist' ? [] : ['--outDir', resolve(args.out)];
const astroConfig = args['astro-config'] ? ['--config', args['astro-config']] : [];
step('astro build', [astro, 'build', ...outDir, ...astroConfig], astroBuildEnv(stepEnv));
step('search index', ['scripts/index-search.ts', args.out], stepEnv);

if (args.serve) await serveSite(args.out);

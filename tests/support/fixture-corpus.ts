/**
 * A corpus of the seeds plus a fixture folder (tests/fixtures/<name>/: .txt files and a
 * catalog.yaml), ingested by the real CLI into a scratch content folder, and the site built
 * from it: what a test needs when the seeds lack a case (one park in two years).
 */

import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { astroBuildEnv } from '../../scripts/lib/astro-build-env.ts';
import { BENCH_CONFIG, mirrorSiteRoot } from '../../scripts/lib/bench/site-root.ts';
import { PROJECT_ROOT } from './site.ts';

const run = promisify(execFile);
const CACHE_DIR = join(PROJECT_ROOT, 'node_modules/.cache/park-plans-compared');

/**
 * Writes `<dir>/seeds` (the seeds, the fixture's files, the two catalogs concatenated: their keys
 * differ, so the YAML maps simply join) and ingests it into `<dir>/content`. Returns the content folder.
 */
export async function ingestFixtureCorpus(fixture: string, dir: string): Promise<string> {
  const fixtureDir = join(PROJECT_ROOT, 'tests/fixtures', fixture);
  const seeds = join(dir, 'seeds');
  const content = join(dir, 'content');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(seeds, { recursive: true });
  mkdirSync(content, { recursive: true });
  for (const [from, files] of [
    [join(PROJECT_ROOT, 'seeds'), readdirSync(join(PROJECT_ROOT, 'seeds'))],
    [fixtureDir, readdirSync(fixtureDir)],
  ] as const) {
    for (const file of files.filter((f) => f.endsWith('.txt'))) copyFileSync(join(from, file), join(seeds, file));
  }
  writeFileSync(
    join(seeds, 'catalog.yaml'),
    `${readFileSync(join(PROJECT_ROOT, 'seeds/catalog.yaml'), 'utf8')}\n${readFileSync(join(fixtureDir, 'catalog.yaml'), 'utf8')}`,
  );
  copyFileSync(join(PROJECT_ROOT, 'content/codebook.yaml'), join(content, 'codebook.yaml'));
  await run(process.execPath, ['scripts/ingest.ts', '--seeds', seeds, '--out', content, '--no-cache'], {
    cwd: PROJECT_ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return content;
}

/** What a fixture site is built from; a build newer than all of it is reused. */
const INPUTS = ['src', 'scripts', 'seeds', 'content', 'public', 'astro.config.mjs', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path, { withFileTypes: true })
    .filter((e) => e.name !== 'node_modules' && !e.name.startsWith('.'))
    .reduce((newest, e) => Math.max(newest, newestMtime(join(path, e.name))), info.mtimeMs);
}

/**
 * The site of the seeds plus `fixture`, built (with its search index) into a cache folder of its
 * own. The build runs in a private copy of the project root (as the benchmark's do), so its Astro
 * caches never meet those of the builds of content/ running at the same time.
 */
export function buildFixtureSite(fixture: string): Promise<{ dir: string; base: string }> {
  return buildCorpusSite(`fixture-${fixture}`, [join(PROJECT_ROOT, 'tests/fixtures', fixture)], (dir) =>
    ingestFixtureCorpus(fixture, dir),
  );
}

/**
 * The site of scripts/synth.ts's corpus of `documents` invented documents (the benchmark's), for
 * what only shows at scale: the matrix grouped by province, capped lists.
 */
export function buildSyntheticSite(documents: number): Promise<{ dir: string; base: string }> {
  return buildCorpusSite(`synthetic-${documents}`, [], async (dir) => {
    const seeds = join(dir, 'seeds');
    const content = join(dir, 'content');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(content, { recursive: true });
    copyFileSync(join(PROJECT_ROOT, 'content/codebook.yaml'), join(content, 'codebook.yaml'));
    await run(process.execPath, ['scripts/synth.ts', '--docs', String(documents), '--out', seeds], {
      cwd: PROJECT_ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    await run(process.execPath, ['scripts/ingest.ts', '--seeds', seeds, '--out', content, '--no-cache'], {
      cwd: PROJECT_ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    return content;
  });
}

/** Ingests with `ingest` into `<cache>/<cacheName>/corpus` and builds the site, unless a build newer than the project and `inputs` exists. */
async function buildCorpusSite(
  cacheName: string,
  inputs: readonly string[],
  ingest: (dir: string) => Promise<string>,
): Promise<{ dir: string; base: string }> {
  const work = join(CACHE_DIR, cacheName);
  const dist = join(work, 'dist');
  const built = existsSync(join(dist, 'index.html')) ? statSync(join(dist, 'index.html')).mtimeMs : 0;
  const all = [...INPUTS.map((p) => join(PROJECT_ROOT, p)), ...inputs];
  if (built > 0 && all.every((p) => newestMtime(p) < built)) return { dir: dist, base: '/' };

  const content = await ingest(join(work, 'corpus'));
  rmSync(join(work, 'site'), { recursive: true, force: true });
  const root = mirrorSiteRoot(PROJECT_ROOT, join(work, 'site'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTENT_DIR: content,
    BASE_PATH: '/',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV', 'SITE', 'SITE_DIR'])
    delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  rmSync(dist, { recursive: true, force: true });
  await run(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', BENCH_CONFIG, '--outDir', dist],
    { cwd: root, env: astroBuildEnv(env), maxBuffer: 64 * 1024 * 1024 },
  );
  await run(process.execPath, ['scripts/index-search.ts', dist], {
    cwd: PROJECT_ROOT,
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { dir: dist, base: '/' };
}

/**
 * What the browser tests need: a built site (built once per run and reused while fresh),
 * a static server for it, and a headless Chromium.
 */

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { astroBuildEnv } from '../../scripts/lib/astro-build-env.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { normalizeBase, serveDir as serve, type StaticServer } from '../../scripts/lib/static-server.ts';

export type { StaticServer };

const run = promisify(execFile);

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const CACHE_DIR = join(PROJECT_ROOT, 'node_modules/.cache/park-plans-compared');

/** Everything a build reads; a site newer than all of it is reused. */
const BUILD_INPUTS = [
  'src',
  'content',
  'public',
  'astro.config.mjs',
  'package.json',
  'scripts/index-search.ts',
  'scripts/lib',
];

export interface BuildOptions {
  /** The base path to build for, as BASE_PATH sets it; defaults to "/". */
  base?: string;
  /** Output directory relative to the project root; defaults to dist for "/" and a cache folder otherwise. */
  outDir?: string;
  /** Build even when the output is fresh. */
  force?: boolean;
}

export interface BuiltSite {
  /** Absolute path of the built site. */
  dir: string;
  base: string;
}

/**
 * Builds the site with `astro build` (and the search index, when the project has the script)
 * into `outDir`, unless that directory already holds a build for the same base that is newer
 * than every input. Content is not re-ingested: run `npm run ingest` when seeds change.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuiltSite> {
  const base = normalizeBase(options.base);
  const dir = options.outDir
    ? resolve(PROJECT_ROOT, options.outDir)
    : base === '/'
      ? join(PROJECT_ROOT, 'dist')
      : join(CACHE_DIR, `site${base.replaceAll('/', '-').replace(/-$/, '')}`);
  const stampFile = join(CACHE_DIR, 'builds.json');
  const release = await lock(join(CACHE_DIR, 'locks', dir.replaceAll(/[/\\:]/g, '_')));
  try {
    if (!options.force && (await readStamps(stampFile))[dir] === (await stampOf(dir, base)) && (await isFresh(dir)))
      return { dir, base };
    await build(dir, base, stampFile);
    return { dir, base };
  } finally {
    await release();
  }
}

/**
 * Builds into a scratch folder and swaps it in at the end, so a server still reading the old
 * build never sees a half-written one.
 */
async function build(dir: string, base: string, stampFile: string): Promise<void> {
  const next = join(CACHE_DIR, 'next', dir.replaceAll(/[/\\:]/g, '_'));
  await rm(next, { recursive: true, force: true });
  const env = astroBuildEnv({ ...cleanEnv(), BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' });
  await run('npm', ['exec', '--', 'astro', 'build', '--outDir', next], {
    cwd: PROJECT_ROOT,
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (existsSync(join(PROJECT_ROOT, 'scripts/index-search.ts'))) {
    await run('node', ['scripts/index-search.ts', next], {
      cwd: PROJECT_ROOT,
      env: { ...env, SITE_DIR: next },
      maxBuffer: 64 * 1024 * 1024,
    });
  }
  const old = `${next}.old`;
  await rm(old, { recursive: true, force: true });
  if (existsSync(dir)) await rename(dir, old);
  await rename(next, dir);
  await rm(old, { recursive: true, force: true });
  await writeFile(
    stampFile,
    JSON.stringify({ ...(await readStamps(stampFile)), [dir]: await stampOf(dir, base) }, null, 2),
  );
}

const LOCK_STALE_MS = 10 * 60_000;

/**
 * A lock shared by processes (a directory, since creating one is atomic): test runs started
 * side by side wait for each other's build instead of writing the same folder at once.
 */
async function lock(path: string): Promise<() => Promise<void>> {
  await mkdir(join(path, '..'), { recursive: true });
  for (;;) {
    try {
      await mkdir(path);
      return () => rm(path, { recursive: true, force: true });
    } catch {
      const held = await stat(path).catch(() => null);
      if (held && Date.now() - held.mtimeMs > LOCK_STALE_MS) await rm(path, { recursive: true, force: true });
      else await new Promise((done) => setTimeout(done, 500));
    }
  }
}

/** Serves a built site under its base on 127.0.0.1 and a free port. */
export function serveSite(site: BuiltSite): Promise<StaticServer> {
  return serve(site.dir, { base: site.base });
}

export { serve as serveDir };

/** Headless Chromium from the system, as the benchmark starts it. */
export const launchBrowser = launchChromium;

/**
 * The environment without what the test runner adds: Vitest sets BASE_URL, MODE, NODE_ENV and
 * friends, and Astro would take BASE_URL=/ over the base the build asks for.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return env;
}

/**
 * What a build of `dir` is recorded as: its base and when its index.html was written, so a build
 * made by hand into the same folder (an `astro build` without the search index, say) is never
 * taken for this one's.
 */
async function stampOf(dir: string, base: string): Promise<string> {
  const built = await stat(join(dir, 'index.html')).catch(() => null);
  return `${base} ${built?.mtimeMs ?? 'none'}`;
}

async function readStamps(file: string): Promise<Record<string, string>> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

async function isFresh(dir: string): Promise<boolean> {
  const built = await stat(join(dir, 'index.html')).catch(() => null);
  if (!built) return false;
  for (const input of BUILD_INPUTS) {
    if ((await newestMtime(join(PROJECT_ROOT, input))) > built.mtimeMs) return false;
  }
  return true;
}

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, await newestMtime(join(path, entry.name)));
  }
  return newest;
}

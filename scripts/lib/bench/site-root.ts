/**
 * A private Astro project root for one benchmark build: a copy of the project's sources and
 * config with the repository's node_modules linked in, and Astro's caches (`.astro/`, the content-layer
 * store) inside it. Builds of another corpus then neither read nor overwrite the caches of the
 * builds and tests running in the repository at the same time.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the copy leaves out: dependencies (linked instead), outputs, caches, and the corpus and
 * tests, which the site must not read (it reads `$CONTENT_DIR`). Everything else is copied, since
 * the site's modules may import from anywhere in the project (src/client uses scripts/lib/), and
 * so is the hand-written YAML of content/, which is configuration rather than corpus.
 */
const NOT_SITE_INPUTS = new Set([
  'node_modules',
  'dist',
  '.astro',
  '.cache',
  '.git',
  '.ci',
  'content',
  'seeds',
  'tests',
  'docs',
]);
/** Loads the project's own config and moves Astro's and Vite's caches out of the shared node_modules. */
export const BENCH_CONFIG = 'bench.config.mjs';

export function mirrorSiteRoot(root: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(root).filter((name) => !NOT_SITE_INPUTS.has(name))) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true, filter: (src) => !src.endsWith('.test.ts') });
  }
  mkdirSync(join(dir, 'content'));
  // Hand-kept inputs (codebook, lexicons, gazetteer, tagger model, annotations), not the generated docs/ and data/.
  for (const entry of readdirSync(join(root, 'content')).filter((name) => name !== 'docs' && name !== 'data')) {
    cpSync(join(root, 'content', entry), join(dir, 'content', entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, BENCH_CONFIG),
    `// Written by scripts/bench.ts: the project's config with its own cache folder.\n` +
      `import config from './astro.config.mjs';\n` +
      `export default { ...config, cacheDir: './.bench-cache/', vite: { ...config.vite, cacheDir: './.bench-cache/vite/' } };\n`,
  );
  return dir;
}

/**
 * What the service worker stores for offline use. On its first visit a reader gets the shell
 * (`isShell`: styles and scripts, the home and search pages, Pagefind's engine and index
 * metadata); other files are stored as they are visited, or all at once when the reader asks to
 * save the whole site: every file except the worker itself and Pagefind's own UI bundles (the
 * search page uses Pagefind's API, not its UI). Files are listed under the URL the browser asks
 * for (docs/a/index.html is fetched as docs/a/), with a version that changes whenever any stored
 * byte changes.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SiteFile {
  /** Path relative to the site root, with "/" separators: "docs/a/index.html". */
  path: string;
  /** SHA-256 of the bytes, hex. */
  sha256: string;
  bytes: number;
}

export const SERVICE_WORKER_FILE = 'sw.js';

/** Files of the site that are never fetched by it, so never stored. */
const NOT_STORED = [
  /^sw\.js$/,
  /^pagefind\/pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/,
  /^pagefind\/playground\//,
];

export function isStored(path: string): boolean {
  return !NOT_STORED.some((pattern) => pattern.test(path));
}

/**
 * The shell, stored on the first visit: what every page and a search need before any of the
 * corpus — the layout's styles and scripts, the home and search pages in both languages, the
 * 404 page, the search's scripts and tables, and Pagefind's engine and metadata (not its index
 * chunks, which a query fetches and the worker then keeps).
 */
const SHELL = [
  /^_astro\//,
  /^favicon\.svg$/,
  /^theme-colors\.css$/,
  /^offline-strings\.json$/,
  /^404\.html$/,
  /^(en\/)?index\.html$/,
  /^(en\/)?search\/index\.html$/,
  /^search\/(highlight\.js|t2s\.json|records\.json|themes\.json)$/,
  /^pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[^/]+\.pagefind)$/,
];

export function isShell(path: string): boolean {
  return isStored(path) && SHELL.some((pattern) => pattern.test(path));
}

/** Every file under `dir`, sorted by path. */
export function listSiteFiles(dir: string): SiteFile[] {
  const files: SiteFile[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const bytes = readFileSync(full);
        files.push({
          path: relative(dir, full).split(sep).join('/'),
          sha256: createHash('sha256').update(bytes).digest('hex'),
          bytes: bytes.length,
        });
      }
    }
  };
  walk(dir);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The URL of a file relative to the site root as pages request it: "docs/a/index.html" -> "docs/a/", "index.html" -> "./". */
export function requestPath(path: string): string {
  if (path === 'index.html') return './';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** A short hash of every stored file's path and content: the cache's version. */
export function cacheVersion(files: readonly SiteFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.path}\0${file.sha256}\n`);
  return hash.digest('hex').slice(0, 16);
}

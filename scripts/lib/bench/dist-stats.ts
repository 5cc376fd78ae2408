/** Sizes of a built site on disk, for the benchmark table. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isShell, isStored, SERVICE_WORKER_FILE } from '../offline/precache.ts';

export interface DistStats {
  bytes: number;
  files: number;
  /** `pagefind/`, the search index and its scripts. */
  indexBytes: number;
  /** What the service worker downloads on a first visit (the shell), when the site has one; else 0. */
  shellBytes: number;
  /** What it downloads when the reader saves the whole site for offline use; else 0. */
  offlineBytes: number;
  /** The largest HTML page, by its path and its gzip size as a host would send it. */
  largestPage: { path: string; bytes: number; gzipBytes: number };
}

function walk(dir: string, visit: (path: string, bytes: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else if (entry.isFile()) visit(full, statSync(full).size);
  }
}

export function distStats(dir: string): DistStats {
  let bytes = 0;
  let files = 0;
  let indexBytes = 0;
  let shellBytes = 0;
  let offlineBytes = 0;
  let largest = { path: '', bytes: -1 };
  const indexDir = join(dir, 'pagefind') + sep;
  walk(dir, (path, size) => {
    bytes += size;
    files += 1;
    if (path.startsWith(indexDir)) indexBytes += size;
    const url = relative(dir, path).split(sep).join('/');
    if (isStored(url)) offlineBytes += size;
    if (isShell(url)) shellBytes += size;
    if (path.endsWith('.html') && size > largest.bytes) largest = { path, bytes: size };
  });
  const gzipBytes = largest.bytes < 0 ? 0 : gzipSync(readFileSync(largest.path)).length;
  const hasWorker = existsSync(join(dir, SERVICE_WORKER_FILE));
  return {
    bytes,
    files,
    indexBytes,
    shellBytes: hasWorker ? shellBytes : 0,
    offlineBytes: hasWorker ? offlineBytes : 0,
    largestPage: { path: relative(dir, largest.path).split(sep).join('/'), bytes: largest.bytes, gzipBytes },
  };
}

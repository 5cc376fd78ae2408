/**
 * Writes that a killed process cannot leave half done. A file is written beside its target under
 * a temporary name and renamed over it (rename is atomic within a file system), so a reader sees
 * the old file or the new one, never a truncated one. The generated folders of content/ are
 * staged whole and swapped in, with a marker saying the staged set is complete, so a run killed
 * at any point leaves either the old set or one the next run finishes swapping in.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileHolds } from './file-holds.ts';

/** Writes `contents` to `path` through a temporary file in the same folder and a rename. */
export function writeFileAtomic(path: string, contents: string | Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, contents);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Where the next set of generated folders is staged, and where the replaced ones wait to be deleted. */
const STAGING = '.ingest-next';
const RETIRED = '.ingest-previous';
/** Written last into the staging folder: without it, a staged set is incomplete and is thrown away. */
const COMPLETE = 'COMPLETE';

/**
 * Replaces the folders `names` of `root` (e.g. content/docs and content/data) by exactly the files
 * of `outputs` under them (path -> contents; paths outside those folders are not allowed), as a
 * whole. Unchanged files are hard-linked into the new set, so they keep their modification time;
 * a caller that has already compared them (the ingest, to know whether anything changed) names
 * them in `unchanged`.
 */
export function replaceFolders(
  root: string,
  names: readonly string[],
  outputs: ReadonlyMap<string, string | Uint8Array>,
  unchanged?: ReadonlySet<string>,
): void {
  finishInterruptedReplace(root, names);
  const keep =
    unchanged ?? new Set([...outputs].filter(([path, contents]) => fileHolds(path, contents)).map(([p]) => p));
  const staging = join(root, STAGING);
  rmSync(staging, { recursive: true, force: true });
  for (const name of names) mkdirSync(join(staging, name), { recursive: true });
  for (const [path, contents] of outputs) {
    const inside = relative(root, path);
    const [folder, file, ...deeper] = inside.split(/[\\/]/u);
    if (!folder || !names.includes(folder) || !file || deeper.length > 0)
      throw new Error(
        `replaceFolders: ${path} is not a file directly inside ${names.map((n) => join(root, n)).join(' or ')}`,
      );
    const staged = join(staging, inside);
    if (keep.has(path)) keepFile(path, staged);
    else writeFileSync(staged, contents);
  }
  writeFileSync(join(staging, COMPLETE), '');
  finishInterruptedReplace(root, names);
}

/**
 * Completes a replacement a killed run left behind, or discards it: a complete staged set is
 * swapped in folder by folder (each step can be repeated), an incomplete one removed.
 */
export function finishInterruptedReplace(root: string, names: readonly string[]): void {
  const staging = join(root, STAGING);
  const retired = join(root, RETIRED);
  if (existsSync(join(staging, COMPLETE))) {
    mkdirSync(retired, { recursive: true });
    for (const name of names) {
      const next = join(staging, name);
      if (!existsSync(next)) continue;
      const live = join(root, name);
      if (existsSync(live)) {
        rmSync(join(retired, name), { recursive: true, force: true });
        renameSync(live, join(retired, name));
      }
      renameSync(next, live);
    }
  }
  rmSync(staging, { recursive: true, force: true });
  rmSync(retired, { recursive: true, force: true });
}

function keepFile(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

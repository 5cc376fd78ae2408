import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../../src/schemas/catalog.ts';
import { IngestError } from './ingest-error.ts';
import type { Seed } from './ingest-pool.ts';
import { MAX_BYTES } from './steps/decode.ts';
import { quoteName, unsafeNameReason } from './file-names.ts';

/** Files a seeds folder may hold besides its documents, passed over without a word. */
export const COMPANION_FILES: ReadonlySet<string> = new Set(['catalog.yaml', 'parks.yaml', 'README.md', '.gitkeep']);

export interface SeedFolder {
  /** The documents that could be read, in the order of `files`. */
  seeds: Seed[];
  /** Seeds that cannot be read: each names the file and why. */
  refused: IngestError[];
  /** One line per other entry of the folder, saying why it is not read. */
  ignored: string[];
}

/**
 * Reads the seeds `files` (the `.txt` names of `dir`) and reports every other entry of `dir`.
 * A seed is read only if it is a regular file inside `dir`: the entry is examined without
 * following links, opened with O_NOFOLLOW (a link swapped in afterwards fails too) and
 * O_NONBLOCK (a named pipe cannot hang the ingest), and its size is checked on the open file
 * before a byte is read. So a pull request cannot publish a file of the build machine through a
 * link, nor stall or exhaust the build with /dev/zero or a huge file.
 */
export function readSeeds(dir: string, files: readonly string[], catalog: Catalog): SeedFolder {
  const folder: SeedFolder = { seeds: [], refused: [], ignored: [] };
  const wanted = new Set(files);
  for (const name of readdirSync(dir).sort()) {
    if (wanted.has(name) || COMPANION_FILES.has(name)) continue;
    folder.ignored.push(`${quoteName(name)}: ${ignoredReason(name, lstatSync(join(dir, name)))}`);
  }
  for (const file of files) {
    try {
      folder.seeds.push({ file, bytes: readSeed(dir, file), entry: catalog[file] });
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      folder.refused.push(error);
    }
  }
  return folder;
}

function ignoredReason(name: string, info: Stats): string {
  if (info.isDirectory()) return 'ignored: a folder (seeds are the .txt files directly inside the seeds folder)';
  if (/\.txt$/iu.test(name)) return 'ignored: only names ending in lower-case ".txt" are read; rename it';
  return 'ignored: not a .txt file';
}

/** The bytes of one seed, or an IngestError naming it and saying why it cannot be read. */
export function readSeed(dir: string, file: string): Uint8Array {
  const shown = quoteName(file);
  const badName = unsafeNameReason(file);
  if (badName) throw new IngestError(shown, badName);
  const path = join(dir, file);
  const notRegular = kindReason(lstatOrExplain(path, shown));
  if (notRegular) throw new IngestError(shown, notRegular);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    throw new IngestError(shown, systemReason(error));
  }
  try {
    const info = fstatSync(fd);
    const changed = kindReason(info);
    if (changed) throw new IngestError(shown, `${changed} (it changed while being read)`);
    if (info.size > MAX_BYTES)
      throw new IngestError(
        shown,
        `too large: ${info.size} bytes, over the limit of ${MAX_BYTES} bytes (${MAX_BYTES / 1024 / 1024} MiB)`,
      );
    // One byte more than the size says, so a file that grows while being read is noticed, not cut.
    const bytes = new Uint8Array(info.size + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < bytes.length; length += n)
      n = readSync(fd, bytes, length, bytes.length - length, null);
    if (length > info.size) throw new IngestError(shown, 'grew while being read; try again when it is complete');
    return bytes.subarray(0, length);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(shown, systemReason(error));
  } finally {
    closeSync(fd);
  }
}

function lstatOrExplain(path: string, shown: string): Stats {
  try {
    return lstatSync(path);
  } catch (error) {
    const gone = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new IngestError(shown, gone ? 'disappeared while the folder was being read' : systemReason(error));
  }
}

/** Why an entry that is not a regular file is refused, or null for a regular file. */
function kindReason(info: Stats): string | null {
  if (info.isFile()) return null;
  if (info.isSymbolicLink())
    return 'a symbolic link: seeds are read only from regular files inside the seeds folder; copy the file in instead';
  if (info.isDirectory()) return 'a folder, not a text file';
  if (info.isFIFO()) return 'a named pipe, not a regular file';
  if (info.isSocket()) return 'a socket, not a regular file';
  return 'a device, not a regular file';
}

/** A file-system error as a reason a reader can act on, without a stack trace. */
export function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    case 'ENOENT':
      return 'does not exist';
    case 'ELOOP':
      return 'a symbolic link: seeds are read only from regular files inside the seeds folder; copy the file in instead';
    case 'EISDIR':
      return 'a folder, not a text file';
    default:
      return `cannot be read: ${code ?? (error instanceof Error ? error.message : String(error))}`;
  }
}

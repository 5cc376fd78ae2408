/**
 * The documents of a corpus folder: its `.txt` files, sorted by name. A folder that is missing,
 * is not a folder or holds no `.txt` file is an error saying where it looked, since a site of
 * zero documents is never what was meant.
 */
import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

export class NoDocumentsError extends Error {
  override name = 'NoDocumentsError';
}

export function listSeedFiles(dir: string): string[] {
  const where = resolve(dir);
  let isFolder: boolean;
  try {
    isFolder = statSync(where).isDirectory();
  } catch {
    throw new NoDocumentsError(`no documents: ${where} does not exist`);
  }
  if (!isFolder) throw new NoDocumentsError(`no documents: ${where} is not a folder`);
  const files = readdirSync(where)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new NoDocumentsError(`no documents: ${where} holds no .txt file`);
  return files;
}

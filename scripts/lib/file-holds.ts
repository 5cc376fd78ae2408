import { readFileSync, statSync } from 'node:fs';

/**
 * Whether `file` holds exactly `contents` (UTF-8). Compares sizes first and then bytes, so an
 * unchanged content/ of 150 MB is checked without decoding it: reading every output back as
 * text took a sixth of a 1,000-document ingest.
 */
export function fileHolds(file: string, contents: string): boolean {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return false;
  }
  return size === Buffer.byteLength(contents, 'utf8') && readFileSync(file).equals(Buffer.from(contents, 'utf8'));
}

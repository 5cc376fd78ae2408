import { readFileSync, statSync } from 'node:fs';

/**
 * Whether `file` holds exactly `contents` (a string as UTF-8). Compares sizes first and then
 * bytes, so an unchanged content/ of 150 MB is checked without decoding it: reading every output
 * back as text took a sixth of a 1,000-document ingest. Callers that also write the contents pass
 * them encoded, so each output is encoded once.
 */
export function fileHolds(file: string, contents: string | Uint8Array): boolean {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return false;
  }
  const bytes = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
  return size === bytes.byteLength && readFileSync(file).equals(bytes);
}

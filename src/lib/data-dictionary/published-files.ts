import { DataPackage } from '../../schemas/datapackage.ts';
import { EvalReport } from '../../schemas/eval-report.ts';
import { listDataFiles, memo, readDataFile, readOptionalJson } from '../corpus.ts';
import { gzip } from '../gzip-json.ts';
import { isGzipped } from './data-files.ts';

/**
 * The optional data files, read through corpus.ts (the one reader of content/data) and parsed
 * here with their schemas; each is null while the pipeline has not written it.
 */

// Read by every document page's citation (thousands of pages), so parsed once.
export const getDataPackage = memo((): DataPackage | null => readOptionalJson('datapackage.json', DataPackage));

export const getEvalReport = memo((): EvalReport | null => readOptionalJson('eval.json', EvalReport));

const published = new Map<string, Uint8Array<ArrayBuffer>>();

/** A data file's bytes as downloaded, compressed once per build when it is published as `.gz`. */
export function publishedBytes(file: string): Uint8Array<ArrayBuffer> {
  let bytes = published.get(file);
  if (!bytes) {
    bytes = isGzipped(file) ? gzip(readDataFile(file)) : readDataFile(file);
    published.set(file, bytes);
  }
  return bytes;
}

/** Size in bytes of a data file as downloaded, or null when it does not exist. */
export function dataFileSize(file: string): number | null {
  return listDataFiles().includes(file) ? publishedBytes(file).byteLength : null;
}

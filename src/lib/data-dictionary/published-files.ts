import { DataPackage } from '../../schemas/datapackage.ts';
import { EvalReport } from '../../schemas/eval-report.ts';
import { listDataFiles, memo, readDataFile, readOptionalJson } from '../corpus.ts';
import { gzipInBackground } from '../gzip-json.ts';
import { isGzipped } from './data-files.ts';

/**
 * The optional data files, read through corpus.ts (the one reader of content/data) and parsed
 * here with their schemas; each is null while the pipeline has not written it.
 */

// Read by every document page's citation (thousands of pages), so parsed once.
export const getDataPackage = memo((): DataPackage | null => readOptionalJson('datapackage.json', DataPackage));

export const getEvalReport = memo((): EvalReport | null => readOptionalJson('eval.json', EvalReport));

let compressed: Map<string, Promise<Uint8Array<ArrayBuffer>>> | undefined;

/**
 * A data file's bytes as downloaded. The files published as `.gz` are compressed once per build,
 * all of them at the first call and off the rendering thread: at 1,000 documents they took 3.1 s
 * of the build's one thread, each endpoint in turn.
 */
export function publishedBytes(file: string): Promise<Uint8Array<ArrayBuffer>> {
  compressed ??= new Map(
    listDataFiles()
      .filter(isGzipped)
      .map((f) => [f, gzipInBackground(readDataFile(f))]),
  );
  return compressed.get(file) ?? Promise.resolve(readDataFile(file));
}

/** Size in bytes of a data file as downloaded, or null when it does not exist. */
export async function dataFileSize(file: string): Promise<number | null> {
  return listDataFiles().includes(file) ? (await publishedBytes(file)).byteLength : null;
}

import { DataPackage } from '../../schemas/datapackage.ts';
import { EvalReport } from '../../schemas/eval-report.ts';
import { listDataFiles, memo, readDataFile, readOptionalJson } from '../corpus.ts';

/**
 * The optional data files, read through corpus.ts (the one reader of content/data) and parsed
 * here with their schemas; each is null while the pipeline has not written it.
 */

// Read by every document page's citation (thousands of pages), so parsed once.
export const getDataPackage = memo((): DataPackage | null => readOptionalJson('datapackage.json', DataPackage));

export const getEvalReport = memo((): EvalReport | null => readOptionalJson('eval.json', EvalReport));

/** Size in bytes of a published data file, or null when it does not exist. */
export function dataFileSize(file: string): number | null {
  return listDataFiles().includes(file) ? readDataFile(file).byteLength : null;
}

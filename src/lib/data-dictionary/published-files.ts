import { z } from 'astro/zod';
import { DataPackage } from '../../schemas/datapackage.ts';
import { EvalReport } from '../../schemas/eval-report.ts';
import { listDataFiles, readDataFile } from '../corpus.ts';

/**
 * The optional data files, read through corpus.ts (the one reader of content/data) and parsed
 * here with their schemas; each is null while the pipeline has not written it.
 */

function parseOptional<T>(file: string, schema: z.ZodType<T>): T | null {
  if (!listDataFiles().includes(file)) return null;
  const result = schema.safeParse(JSON.parse(new TextDecoder().decode(readDataFile(file))));
  if (!result.success) throw new Error(`${file} does not match its schema:\n${z.prettifyError(result.error)}`);
  return result.data;
}

export function getDataPackage(): DataPackage | null {
  return parseOptional('datapackage.json', DataPackage);
}

export function getEvalReport(): EvalReport | null {
  return parseOptional('eval.json', EvalReport);
}

/** Size in bytes of a published data file, or null when it does not exist. */
export function dataFileSize(file: string): number | null {
  return listDataFiles().includes(file) ? readDataFile(file).byteLength : null;
}

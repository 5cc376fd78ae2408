import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { Catalog } from '../../src/schemas/catalog.ts';
import { Codebook } from '../../src/schemas/codebook.ts';
import { EvalReport } from '../../src/schemas/eval-report.ts';
import { InstrumentCodebook } from '../../src/schemas/instruments.ts';
import { TaggerModel } from '../../src/schemas/tagger-model.ts';
import { IngestError } from './ingest-error.ts';
import { systemReason } from './read-seeds.ts';

/** Parses a hand-written YAML file against its schema; every problem is reported on one line with its path in the file. */
export function readYaml<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new IngestError(file, systemReason(error));
  }
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    // The parser's message goes on with a picture of the line; its first line says what and where.
    throw new IngestError(file, `not valid YAML: ${(error as Error).message.split('\n')[0]!.replace(/:$/u, '')}`);
  }
  const result = schema.safeParse(data ?? {});
  if (!result.success) {
    // One line, each problem named by its field: "001.txt.url: use an http:// or https:// address".
    const problems = result.error.issues
      .map((i) => `${i.path.join('.') || '(top)'}: ${i.message.replaceAll('\n', ' ')}`)
      .join('; ');
    throw new IngestError(file, problems);
  }
  return result.data;
}

export function readCodebook(file: string): Codebook {
  return readYaml(file, Codebook);
}

/** The instruments codebook is the project's own, whichever corpus is ingested (like the lexicons of the analysis). */
export function readInstruments(
  file = fileURLToPath(new URL('../../content/instruments.yaml', import.meta.url)),
): InstrumentCodebook {
  return readYaml(file, InstrumentCodebook);
}

/** A missing catalog is fine: every document still builds from what its text says. */
export function readCatalog(file: string): Catalog {
  return existsSync(file) ? readYaml(file, Catalog) : {};
}

/** Parses a generated JSON file against its schema; a missing, unreadable or mismatched file names itself and the fix. */
function readJson<T extends z.ZodType>(file: string, schema: T, fix: string): z.infer<T> {
  if (!existsSync(file)) throw new IngestError(file, `missing: ${fix}`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new IngestError(file, `not valid JSON (${(error as Error).message}): ${fix}`);
  }
  const result = schema.safeParse(data);
  if (!result.success)
    throw new IngestError(
      file,
      `does not match its schema (${result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}): ${fix}`,
    );
  return result.data;
}

/** The fitted tagger is the project's own (content/model/), whichever corpus is ingested. */
export function readTaggerModel(
  file = fileURLToPath(new URL('../../content/model/tagger.json', import.meta.url)),
): TaggerModel {
  return readJson(file, TaggerModel, 'run npm run train');
}

/** The tagger's published evaluation, measured on the project's annotated sample, whichever corpus is ingested. */
export function readEvalReport(
  file = fileURLToPath(new URL('../../content/model/eval.json', import.meta.url)),
): EvalReport {
  return readJson(file, EvalReport, 'run npm run eval');
}

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { Catalog } from '../../src/schemas/catalog.ts';
import { Codebook } from '../../src/schemas/codebook.ts';
import { InstrumentCodebook } from '../../src/schemas/instruments.ts';
import { IngestError } from './ingest-error.ts';

/** Parses a hand-written YAML file against its schema; every problem is reported with its path in the file. */
export function readYaml<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new IngestError(file, `not valid YAML: ${(error as Error).message}`);
  }
  const result = schema.safeParse(data ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  at ${i.path.join('.') || '(top)'}: ${i.message}`).join('\n');
    throw new IngestError(file, `does not match its schema:\n${problems}`);
  }
  return result.data;
}

export function readCodebook(file: string): Codebook {
  return readYaml(file, Codebook);
}

/** The instruments codebook is the project's own, whichever corpus is ingested (like the lexicons of the analysis). */
export function readInstruments(file = fileURLToPath(new URL('../../content/instruments.yaml', import.meta.url))): InstrumentCodebook {
  return readYaml(file, InstrumentCodebook);
}

/** A missing catalog is fine: every document still builds from what its text says. */
export function readCatalog(file: string): Catalog {
  return existsSync(file) ? readYaml(file, Catalog) : {};
}

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { Catalog } from '../../src/schemas/catalog.ts';
import { Codebook } from '../../src/schemas/codebook.ts';
import { InstrumentCodebook } from '../../src/schemas/instruments.ts';
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
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message.replaceAll('\n', ' ')}`).join('; ');
    throw new IngestError(file, problems);
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

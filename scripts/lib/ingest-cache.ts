import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';
import type { DocumentAnalysis } from './analysis/document-analysis.ts';
import type { DocumentRecord } from '../../src/schemas/document.ts';
import type { Passage } from '../../src/schemas/passage.ts';

/**
 * A content-hash cache of ingested documents: re-running the ingest after one seed changed
 * re-processes only that seed, and the corpus analysis reuses every other document's part. The
 * key covers the file's bytes, its catalog entry and a hash of everything that decides the
 * output (pipeline and analysis code, schemas, codebook, dictionaries), so a stale entry is never
 * read: it is simply not found. Entries are written through a rename, so a killed run leaves none
 * half written; one that is unreadable all the same (a full disk, a hand edit) is a miss, said
 * through `warn`, and is written anew.
 */
/** What the corpus files read of a passage (instruments.csv, the analysis, the duplicate check). */
export type KeptPassage = Pick<Passage, 'doc' | 'id' | 'text' | 'themes' | 'section' | 'instruments'>;

/**
 * A document as ingested, with its MDX and its lines of passages.jsonl already written and its
 * part of the corpus analysis done. The passages keep only what the corpus files read: their
 * evidence, most of their size, is in `lines` and the MDX, as text that costs nothing to pass on.
 */
export interface CachedDocument {
  record: DocumentRecord;
  passages: KeptPassage[];
  lines: string;
  mdx: string;
  analysis: DocumentAnalysis;
}

export interface IngestCache {
  get(file: string, bytes: Uint8Array, entry: unknown): CachedDocument | undefined;
  /** Stores `json`, the document as JSON.stringify gives it. */
  set(file: string, bytes: Uint8Array, entry: unknown, json: string): void;
  /** Removes entries no seed used in this run. */
  prune(): void;
  readonly hits: number;
}

export function openIngestCache(
  dir: string,
  inputs: readonly string[],
  warn: (message: string) => void = console.warn,
): IngestCache {
  const version = createHash('sha256');
  for (const file of inputs.flatMap(listFiles).sort()) version.update(file).update(readFileSync(file));
  const salt = version.digest('hex');
  const used = new Set<string>();
  let hits = 0;
  const keyOf = (file: string, bytes: Uint8Array, entry: unknown) =>
    createHash('sha256')
      .update(salt)
      .update(file)
      .update(JSON.stringify(entry ?? null))
      .update(bytes)
      .digest('hex');
  mkdirSync(dir, { recursive: true });

  return {
    get(file, bytes, entry) {
      const key = keyOf(file, bytes, entry);
      used.add(key);
      const path = join(dir, `${key}.json`);
      if (!existsSync(path)) return undefined;
      const doc = readEntry(path);
      if (!doc) {
        warn(`warning: ${path}: unreadable cache entry for ${file}; ingesting it again`);
        return undefined;
      }
      hits += 1;
      return doc;
    },
    set(file, bytes, entry, json) {
      writeFileAtomic(join(dir, `${keyOf(file, bytes, entry)}.json`), json);
    },
    prune() {
      for (const f of readdirSync(dir)) if (!used.has(f.replace(/\.json$/u, ''))) rmSync(join(dir, f));
    },
    get hits() {
      return hits;
    },
  };
}

/** A cache entry, or undefined when it is not JSON of a document's shape. */
function readEntry(path: string): CachedDocument | undefined {
  try {
    const doc = JSON.parse(readFileSync(path, 'utf8')) as Partial<CachedDocument> | null;
    const complete =
      doc &&
      typeof doc === 'object' &&
      doc.record &&
      Array.isArray(doc.passages) &&
      typeof doc.lines === 'string' &&
      typeof doc.mdx === 'string' &&
      doc.analysis;
    return complete ? (doc as CachedDocument) : undefined;
  } catch {
    return undefined;
  }
}

function listFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!path.endsWith('/')) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.endsWith('.test.ts'))
    .map((d) => join(d.parentPath, d.name));
}

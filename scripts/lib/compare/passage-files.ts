/**
 * `compare/passages/<doc>.json.gz`: each document's tagged sentences, which the compare page
 * fetches for the documents a reader picks. Written after `astro build` rather than as an Astro
 * endpoint: at 1,000 documents the 1,000 endpoint routes took the build some 3 s, of which making
 * the files is 0.4 s.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparePassages, COMPARE_PASSAGES_DIR } from '../../../src/lib/compare/compare-passages.ts';
import { gzipJson } from '../../../src/lib/gzip-json.ts';
import type { DocumentRecord } from '../../../src/schemas/document.ts';
import type { Passage } from '../../../src/schemas/passage.ts';

/** Writes one file per document into `siteDir`, replacing the folder. */
export function writeComparePassages(
  siteDir: string,
  docs: readonly Pick<DocumentRecord, 'id' | 'outline'>[],
  passagesOf: (doc: string) => readonly Passage[],
): void {
  const folder = join(siteDir, COMPARE_PASSAGES_DIR);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const doc of docs)
    writeFileSync(join(folder, `${doc.id}.json.gz`), gzipJson(comparePassages(doc, passagesOf(doc.id))));
}

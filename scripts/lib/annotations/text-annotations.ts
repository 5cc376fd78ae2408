import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { ThemeId } from '../../../src/schemas/codebook.ts';
import { IngestError } from '../ingest-error.ts';
import type { AnnotatedSentence, AnnotationSet } from './annotated-sentence.ts';

/** One line of `../shared/real-docs/{seeds-gold,gold}.jsonl`: a sentence quoted with its document's file name. */
export const TextAnnotation = z.object({
  id: z.string().min(1),
  doc: z.string().min(1),
  text: z.string().min(1),
  themes: z.array(ThemeId),
  optional: z.array(ThemeId).default([]),
});

/** The sentences of a quoted-text gold file whose documents are in `dir`; a document missing from `dir` is an error. */
export function readTextAnnotations(file: string, set: AnnotationSet, dir: string): AnnotatedSentence[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((raw, i) => {
      if (!raw.trim()) return [];
      const parsed = TextAnnotation.safeParse(JSON.parse(raw));
      if (!parsed.success)
        throw new IngestError(
          file,
          `line ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
        );
      const a = parsed.data;
      const path = join(dir, a.doc);
      if (!existsSync(path)) throw new IngestError(file, `line ${i + 1} (${a.id}): no document ${a.doc} in ${dir}`);
      return [{ id: a.id, set, doc: a.doc, path, text: a.text, themes: a.themes, optional: a.optional }];
    });
}

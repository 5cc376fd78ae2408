import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { ThemeId } from '../../../src/schemas/codebook.ts';
import { IngestError } from '../ingest-error.ts';
import type { AnnotatedSentence } from './annotated-sentence.ts';

/**
 * One line of `content/annotations/real-docs.jsonl` or `invented.jsonl`: labels keyed by document
 * and span, no text.
 * The sentence is `text.slice(start, end)` of `<root>/<set>/<doc>` read as UTF-8 (JS string
 * indices); `sha` (first 12 hex digits of its SHA-256) proves it is still the same text.
 */
export const SpanAnnotation = z
  .object({
    id: z.string().min(1),
    /** The document's file name; for set "docs" a name starting with its 3-digit id is enough. */
    doc: z.string().min(1),
    set: z.enum(['docs', 'more', 'invented']),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    sha: z.string().regex(/^[0-9a-f]{12}$/),
    themes: z.array(ThemeId),
    optional: z.array(ThemeId).default([]),
  })
  .refine((a) => a.end > a.start, { message: 'end must be after start' });
export type SpanAnnotation = z.infer<typeof SpanAnnotation>;

/** The first `digits` hex digits of the SHA-256 of the UTF-8 text: how the annotation files name a sentence. */
export const sha256Prefix = (text: string, digits: number): string =>
  createHash('sha256').update(text).digest('hex').slice(0, digits);

export const sha12 = (text: string): string => sha256Prefix(text, 12);

/**
 * The annotated sentences of `file`, each sliced out of its document under `root`. A bad line,
 * a missing document, a span past its end or a slice whose hash differs is an error naming the
 * file and line, never a silent drop.
 */
export function readSpanAnnotations(file: string, root: string): AnnotatedSentence[] {
  const texts = new Map<string, { path: string; text: string }>();
  const documentOf = (set: string, doc: string, line: number) => {
    const key = `${set}/${doc}`;
    let found = texts.get(key);
    if (!found) {
      const path = resolveDocument(join(root, set), doc);
      if (!path) throw new IngestError(file, `line ${line}: no document ${doc} in ${join(root, set)}`);
      texts.set(key, (found = { path, text: readFileSync(path, 'utf8') }));
    }
    return found;
  };
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((raw, i) => {
      if (!raw.trim()) return [];
      const line = i + 1;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        throw new IngestError(file, `line ${line}: not valid JSON`);
      }
      const parsed = SpanAnnotation.safeParse(json);
      if (!parsed.success)
        throw new IngestError(
          file,
          `line ${line}: ${parsed.error.issues.map((x) => `${x.path.join('.') || '(line)'}: ${x.message}`).join('; ')}`,
        );
      const a = parsed.data;
      const { path, text } = documentOf(a.set, a.doc, line);
      if (a.end > text.length)
        throw new IngestError(
          file,
          `line ${line} (${a.id}): span ${a.start}-${a.end} runs past the end of ${path} (${text.length} characters)`,
        );
      const sentence = text.slice(a.start, a.end);
      const sha = sha12(sentence);
      if (sha !== a.sha)
        throw new IngestError(
          file,
          `line ${line} (${a.id}): the text at ${a.start}-${a.end} of ${path} has sha ${sha}, not ${a.sha}: the document changed or the span is wrong`,
        );
      return [{ id: a.id, set: a.set, doc: a.doc, path, text: sentence, themes: a.themes, optional: a.optional }];
    });
}

/** The file `doc` names in `dir`: itself, or for a bare id ("101") the one file whose name starts with it. */
function resolveDocument(dir: string, doc: string): string | undefined {
  if (existsSync(join(dir, doc))) return join(dir, doc);
  const id = doc.slice(0, 3);
  if (!/^\d{3}$/u.test(id) || !existsSync(dir)) return undefined;
  const matches = readdirSync(dir).filter((f) => f.startsWith(id) && f.endsWith('.txt'));
  return matches.length === 1 ? join(dir, matches[0]!) : undefined;
}

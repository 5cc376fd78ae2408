import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AnnotatedSentence } from './annotated-sentence.ts';
import { readSpanAnnotations } from './span-annotations.ts';
import { readTextAnnotations } from './text-annotations.ts';

/** The real documents and their independent gold files, seen from the repository root (CI clones the repo beside ../shared). */
export const REAL_DOCS = '../shared/real-docs';
/** The project's own labels of real documents, keyed by file and span. */
export const PROJECT_ANNOTATIONS = 'content/annotations/real-docs.jsonl';

export interface AnnotatedData {
  /** Sentences of the five seeds (`seeds-gold.jsonl`). */
  seeds: AnnotatedSentence[];
  /** Sentences of real documents: the project's annotations when present, else `gold.jsonl`. */
  real: AnnotatedSentence[];
  /**
   * `gold.jsonl` when the project's own annotations are the real set: another, independent
   * annotation of the same `docs/` documents, scored but never trained on.
   */
  gold: AnnotatedSentence[];
  /** Where each part was read from. */
  sources: { seeds: string; real: string; gold: string };
}

/** Every annotated sentence the tagger learns from and is scored on. */
export function readAnnotatedData(root = REAL_DOCS, project = PROJECT_ANNOTATIONS): AnnotatedData {
  const seedsSource = join(root, 'seeds-gold.jsonl');
  const seeds = readTextAnnotations(seedsSource, 'seeds', 'seeds');
  const goldSource = join(root, 'gold.jsonl');
  const gold = readTextAnnotations(goldSource, 'docs', join(root, 'docs'));
  if (!existsSync(project))
    return { seeds, real: gold, gold: [], sources: { seeds: seedsSource, real: goldSource, gold: goldSource } };
  return {
    seeds,
    real: readSpanAnnotations(project, root),
    gold,
    sources: { seeds: seedsSource, real: project, gold: goldSource },
  };
}

/** First 16 hex digits of the SHA-256 of the sentences and labels in order: what a model or report was computed from. */
export function dataHash(sentences: readonly AnnotatedSentence[]): string {
  const hash = createHash('sha256');
  for (const s of sentences) hash.update(JSON.stringify([s.set, s.doc, s.id, s.text, s.themes, s.optional]) + '\n');
  return hash.digest('hex').slice(0, 16);
}

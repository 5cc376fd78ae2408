import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AnnotatedSentence } from './annotated-sentence.ts';
import { readSpanAnnotations } from './span-annotations.ts';
import { readTextAnnotations } from './text-annotations.ts';

/** The real documents and their independent gold files, seen from the repository root (CI clones the repo beside ../shared). */
export const REAL_DOCS = '../shared/real-docs';
/** The project's own labels of real documents, keyed by file and span. */
export const PROJECT_ANNOTATIONS = 'content/annotations/real-docs.jsonl';
/** The project's labels of its invented documents (`content/annotations/invented/*.txt`), keyed the same way. */
export const INVENTED_ANNOTATIONS = 'content/annotations/invented.jsonl';

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
  /**
   * Sentences of documents the project wrote to widen the training data: they join every
   * training set and are never scored, since no park wrote them.
   */
  invented: AnnotatedSentence[];
  /** Where each part was read from. */
  sources: { seeds: string; real: string; gold: string; invented: string };
}

/** Every annotated sentence the tagger learns from and is scored on. */
export function readAnnotatedData(
  root = REAL_DOCS,
  project = PROJECT_ANNOTATIONS,
  inventedFile = INVENTED_ANNOTATIONS,
): AnnotatedData {
  const seedsSource = join(root, 'seeds-gold.jsonl');
  const seeds = readTextAnnotations(seedsSource, 'seeds', 'seeds');
  const goldSource = join(root, 'gold.jsonl');
  const gold = readTextAnnotations(goldSource, 'docs', join(root, 'docs'));
  const invented = existsSync(inventedFile) ? readSpanAnnotations(inventedFile, dirname(inventedFile)) : [];
  const sources = { seeds: seedsSource, gold: goldSource, invented: inventedFile };
  if (!existsSync(project)) return { seeds, real: gold, gold: [], invented, sources: { ...sources, real: goldSource } };
  return { seeds, real: readSpanAnnotations(project, root), gold, invented, sources: { ...sources, real: project } };
}

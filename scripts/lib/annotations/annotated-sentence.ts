import { z } from 'astro/zod';
import { ThemeId } from '../../../src/schemas/codebook.ts';

/**
 * Where an annotated sentence comes from: the five seeds, `docs/` or `more/` of the real
 * documents, the codebook's own examples, or the project's invented documents (training only).
 */
export const AnnotationSet = z.enum(['seeds', 'docs', 'more', 'codebook', 'invented']);
export type AnnotationSet = z.infer<typeof AnnotationSet>;

/** One annotated sentence, whatever file it was read from: the unit the tagger is trained and scored on. */
export interface AnnotatedSentence {
  /** The annotation's own id ("201-013"). */
  id: string;
  set: AnnotationSet;
  /** The document's file name; with `set`, it groups sentences for document-level folds. */
  doc: string;
  /** Path of the document's file, for heading alignment. */
  path: string;
  /** The sentence as the annotators read it. */
  text: string;
  /** Themes the annotation gives the sentence. */
  themes: ThemeId[];
  /** Themes only one annotator gave (or the adjudicator found borderline): neither right nor wrong. */
  optional: ThemeId[];
}

/** The key a cross-validation groups by: one document, by its file, whichever annotation file names it and however. */
export const documentKey = (s: Pick<AnnotatedSentence, 'path'>): string => s.path;

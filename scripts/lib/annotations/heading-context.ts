import { readFileSync } from 'node:fs';
import { readDocument } from '../ingest-document.ts';
import { normalise } from '../steps/normalise.ts';
import { outline } from '../steps/outline.ts';
import type { TagInput } from '../steps/tag.ts';
import { foldForMatching } from '../text/fold.ts';
import { documentKey, type AnnotatedSentence } from './annotated-sentence.ts';

/**
 * How an annotated sentence is tagged: its own text as the pipeline's normaliser leaves it (an
 * annotator's unit is web text, pinyin glosses and extraction spaces included), with the
 * context the pipeline would give it.
 */
export interface Contextualised extends TagInput {
  /** False when no pipeline sentence of the document contains it or is contained in it (e.g. a metadata line the cleaner removes). */
  aligned: boolean;
}

// Annotators and the pipeline split and space differently; containment is judged without either.
const normaliseForAlignment = (text: string) => foldForMatching(text).replace(/[\s\u3000]+/gu, '');
// A pipeline sentence shorter than this inside a gold sentence says too little to align on ("一、").
const MIN_CONTAINED = 4;

interface PipelineSentence {
  norm: string;
  heading: string | null;
  isHeading: boolean;
}

/** The sentences the ingest makes of one document, each with the heading it would be tagged under. */
function pipelineSentences(path: string): PipelineSentence[] {
  const { sentences, sections } = outline(readDocument(path, readFileSync(path)).body);
  const textOf = new Map(sentences.map((s) => [s.id, s.text]));
  const headingOf = new Map(sections.map((s) => [s.id, textOf.get(s.sentence) ?? s.title]));
  return sentences.map((s) => ({
    norm: normaliseForAlignment(s.text),
    heading: s.heading || s.section === null ? null : (headingOf.get(s.section) ?? null),
    isHeading: s.heading,
  }));
}

/**
 * Each annotated sentence with its section heading, found by aligning it to the pipeline's
 * sentences of its document by containment after normalisation, in document order (a cursor
 * keeps repeated sentences apart). The tagger then reads the annotators' text itself, never
 * the corpus being built.
 */
export function withHeadings(annotated: readonly AnnotatedSentence[]): Contextualised[] {
  const docs = new Map<string, PipelineSentence[]>();
  const cursors = new Map<string, number>();
  return annotated.map((a) => {
    const text = normalise(a.text).text;
    const key = documentKey(a);
    let sentences = docs.get(key);
    if (!sentences) docs.set(key, (sentences = pipelineSentences(a.path)));
    const gold = normaliseForAlignment(text);
    const matches = (s: PipelineSentence) =>
      s.norm.length > 0 &&
      gold.length > 0 &&
      (s.norm.includes(gold) || (s.norm.length >= MIN_CONTAINED && gold.includes(s.norm)));
    const from = cursors.get(key) ?? 0;
    let at = sentences.findIndex((s, i) => i >= from && matches(s));
    if (at === -1) at = sentences.findIndex(matches);
    if (at === -1) return { text, heading: null, isHeading: false, aligned: false };
    cursors.set(key, at);
    const found = sentences[at]!;
    return { text, heading: found.heading, isHeading: found.isHeading, aligned: true };
  });
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { Target, TargetStatement } from '../../src/schemas/analysis.ts';
import { TargetScores } from '../../src/schemas/eval-report.ts';
import { sha256Prefix } from './annotations/span-annotations.ts';
import { REAL_DOCS } from './eval-metadata.ts';
import { GAZETTEER_DIR, readGazetteer } from './gazetteer/load.ts';
import { createDocumentPipeline, projectPipelineInputs, type DocumentPipeline } from './ingest-pipeline.ts';
import { foldForMatching } from './text/fold.ts';

/**
 * The targets of the real documents of ../shared/real-docs measured against the project's
 * annotation of them (content/annotations/targets-real.jsonl): whether each figure is a target or a
 * result, and what it counts. Shared by `npm run eval-targets` and tests/real-targets.test.ts.
 */
export const TARGET_ANNOTATIONS = 'content/annotations/targets-real.jsonl';

/** One annotated figure: where it stands, and what the annotator read in it. */
export const TargetAnnotation = z.object({
  /** The document, as a path under ../shared/real-docs/ (docs/101_….txt, more/222.txt). */
  file: z.string().regex(/^(?:docs|more)\/[^/]+\.txt$/),
  /** First 16 hex digits of the SHA-256 of the sentence as the pipeline publishes it. */
  sentence: z.string().regex(/^[0-9a-f]{16}$/),
  /** The figure: its offset in the sentence and its length (UTF-16 code units). */
  figure: z.tuple([z.number().int().nonnegative(), z.number().int().positive()]),
  /** target, result, or other: no quantity the park reports or sets (a slogan, a threshold, history). */
  statement: z.enum(['target', 'result', 'other']).optional(),
  /** What the figure counts, as a span [start, end) of the sentence; null: the sentence does not say. */
  thing: z.tuple([z.number().int().nonnegative(), z.number().int().positive()]).nullable().optional(),
});
export type TargetAnnotation = z.infer<typeof TargetAnnotation>;

export function readTargetAnnotations(path = TARGET_ANNOTATIONS): TargetAnnotation[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line, i) => {
      const parsed = TargetAnnotation.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]!.message}`);
      return parsed.data;
    });
}

export const sentenceKey = (text: string): string => sha256Prefix(text, 16);

/** A figure the pipeline found, with its sentence's text. */
export interface FoundFigure {
  sentence: string;
  target: Target;
}

/** The key of a figure, as the annotations name it: the document, the sentence's key, the figure's offset and length. */
export const figureKey = (file: string, sentence: string, offset: number, length: number) =>
  `${file}\u0000${sentence}\u0000${offset}\u0000${length}`;

/** Every figure the pipeline finds in the annotated documents, by `figureKey`. */
export function findRealFigures(files: readonly string[], pipeline: DocumentPipeline): Map<string, FoundFigure> {
  const found = new Map<string, FoundFigure>();
  for (const file of files) {
    const result = pipeline.run(file, readFileSync(join(REAL_DOCS, file)), undefined);
    const text = new Map(result.passages.map((p) => [p.id, p.text]));
    for (const target of result.analysis.targets) {
      const sentence = text.get(target.sentence)!;
      found.set(figureKey(file, sentenceKey(sentence), target.offset, target.text.length), { sentence, target });
    }
  }
  return found;
}

/** `TargetScores` with the detail a measuring run prints: statements by annotated -> given, dropped figures by label. */
export interface TargetScoring {
  scores: TargetScores;
  confusion: Record<string, number>;
  dropped: Record<string, number>;
}

/**
 * Scores `found` against `annotations`. A thing is compared folded (the pipeline names it in
 * simplified characters): exact when the words are the annotator's, overlap when one holds the
 * other, none when the pipeline names nothing the annotator named, extra when the reverse.
 */
export function scoreTargets(
  annotations: readonly TargetAnnotation[],
  found: ReadonlyMap<string, FoundFigure>,
): TargetScoring {
  const statement = { right: 0, wrong: 0, unknown: 0 };
  const thing = { exact: 0, overlap: 0, wrong: 0, none: 0, extra: 0 };
  const confusion: Record<string, number> = {};
  const dropped: Record<string, number> = {};
  for (const a of annotations) {
    const figure = found.get(figureKey(a.file, a.sentence, a.figure[0], a.figure[1]));
    if (!figure) {
      const label = a.statement ?? 'unlabelled';
      dropped[label] = (dropped[label] ?? 0) + 1;
      continue;
    }
    if (a.statement === 'target' || a.statement === 'result') {
      const said: TargetStatement = figure.target.statement;
      const pair = `${a.statement}->${said}`;
      confusion[pair] = (confusion[pair] ?? 0) + 1;
      statement[said === a.statement ? 'right' : said === 'unknown' ? 'unknown' : 'wrong'] += 1;
    }
    if (a.thing !== undefined) {
      const gold = a.thing === null ? null : foldForMatching(figure.sentence.slice(a.thing[0], a.thing[1]));
      const ours = figure.target.thing;
      const verdict =
        gold === ours
          ? 'exact'
          : gold === null
            ? 'extra'
            : ours === null
              ? 'none'
              : gold.includes(ours) || ours.includes(gold)
                ? 'overlap'
                : 'wrong';
      thing[verdict] += 1;
    }
  }
  const scores = TargetScores.parse({
    figures: annotations.length,
    documents: new Set(annotations.map((a) => a.file)).size,
    dropped: Object.values(dropped).reduce((a, b) => a + b, 0),
    statement,
    thing,
  });
  return { scores, confusion, dropped };
}

/** The pipeline as the ingest builds it (content/, the gazetteer) scored on the annotated real documents. */
export function scoreRealTargets(generator: string): TargetScoring {
  const annotations = readTargetAnnotations();
  const pipeline = createDocumentPipeline(projectPipelineInputs(generator, readGazetteer([GAZETTEER_DIR])));
  return scoreTargets(annotations, findRealFigures([...new Set(annotations.map((a) => a.file))].sort(), pipeline));
}

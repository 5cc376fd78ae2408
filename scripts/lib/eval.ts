import { existsSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { THEME_IDS, ThemeId } from '../../src/schemas/codebook.ts';
import type { DocumentRecord } from '../../src/schemas/document.ts';
import { INSTRUMENT_IDS, InstrumentId } from '../../src/schemas/instruments.ts';
import type { Passage } from '../../src/schemas/passage.ts';
import type { EvalReport, LabelScores, Scores } from '../../src/schemas/eval-report.ts';
import { IngestError } from './ingest-error.ts';

export const ANNOTATIONS_FILE = 'tests/fixtures/eval/annotations.jsonl';
export const INSTRUMENT_ANNOTATIONS_FILE = 'tests/fixtures/eval/instruments.jsonl';

/** One hand-annotated sentence: its seed, its verbatim text and the themes a reader assigned. */
export const Annotation = z.object({
  seed: z.string(),
  text: z.string().min(1),
  themes: z.array(ThemeId),
  note: z.string().optional(),
});
export type Annotation = z.infer<typeof Annotation>;

/** One hand-annotated tagged sentence with the policy-instrument types a reader assigned. */
export const InstrumentAnnotation = z.object({
  seed: z.string(),
  text: z.string().min(1),
  instruments: z.array(InstrumentId),
  note: z.string().optional(),
});
export type InstrumentAnnotation = z.infer<typeof InstrumentAnnotation>;

/** The annotations in `file` (JSON Lines), each checked against `schema`; none when the file does not exist. */
export function readAnnotations(file: string): Annotation[];
export function readAnnotations<T extends z.ZodType>(file: string, schema: T): z.infer<T>[];
export function readAnnotations(file: string, schema: z.ZodType = Annotation): unknown[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((line, i) => {
    const parsed = schema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new IngestError(file, `line ${i + 1}: ${parsed.error.issues.map((x) => x.message).join('; ')}`);
    return parsed.data;
  });
}

/** Compares the tagger's themes (and, given instrument annotations, the coder's instrument types) with the annotations, sentence by sentence. */
export function evaluate(
  annotations: readonly Annotation[],
  passages: readonly Passage[],
  records: readonly DocumentRecord[],
  instrumentAnnotations: readonly InstrumentAnnotation[],
): EvalReport {
  const find = passageFinder(passages, records);
  const themes = scoreLabels(THEME_IDS, annotations.map((a) => ({ gold: a.themes, predicted: find(a, ANNOTATIONS_FILE).themes })));
  const instruments = scoreLabels(INSTRUMENT_IDS, instrumentAnnotations.map((a) => ({ gold: a.instruments, predicted: find(a, INSTRUMENT_ANNOTATIONS_FILE).instruments })));
  return {
    sentences: annotations.length,
    perTheme: themes.perLabel,
    micro: themes.micro,
    macro: themes.macro,
    instruments: { sentences: instrumentAnnotations.length, perInstrument: instruments.perLabel, micro: instruments.micro, macro: instruments.macro },
  };
}

/** The corpus sentence an annotation names; one the corpus lacks is an error, not a silent drop. */
function passageFinder(passages: readonly Passage[], records: readonly DocumentRecord[]) {
  const docOfSeed = new Map(records.map((r) => [r.seed, r.id]));
  const byKey = new Map(passages.map((p) => [`${p.doc}\u0000${p.text}`, p]));
  return (a: { seed: string; text: string }, file: string): Passage => {
    const passage = byKey.get(`${docOfSeed.get(a.seed)}\u0000${a.text}`);
    if (!passage) throw new IngestError(file, `no sentence of ${a.seed} reads exactly "${a.text}"`);
    return passage;
  };
}

/** Multi-label scores: per label, pooled over all decisions (micro), and the mean over labels in play (macro). */
function scoreLabels<L extends string>(labels: readonly L[], decisions: readonly { gold: readonly L[]; predicted: readonly L[] }[]) {
  const counts = new Map(labels.map((l) => [l, { tp: 0, fp: 0, fn: 0, support: 0 }]));
  for (const d of decisions) {
    const gold = new Set(d.gold);
    const predicted = new Set(d.predicted);
    for (const l of labels) {
      const c = counts.get(l)!;
      if (gold.has(l)) c.support += 1;
      if (gold.has(l) && predicted.has(l)) c.tp += 1;
      else if (predicted.has(l)) c.fp += 1;
      else if (gold.has(l)) c.fn += 1;
    }
  }
  const perLabel = Object.fromEntries([...counts].map(([l, c]) => [l, { ...scores(c.tp, c.fp, c.fn), support: c.support }])) as Record<L, LabelScores>;
  const all = [...counts.values()];
  const micro = scores(sum(all, 'tp'), sum(all, 'fp'), sum(all, 'fn'));
  const active = Object.values<LabelScores>(perLabel).filter((s) => s.support > 0 || s.fp > 0);
  const mean = (k: 'precision' | 'recall' | 'f1') => round(active.reduce((n, s) => n + s[k], 0) / Math.max(active.length, 1));
  return { perLabel, micro, macro: { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') } };
}

function scores(tp: number, fp: number, fn: number): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision: round(precision), recall: round(recall), f1: round(f1) };
}

function sum(list: ReadonlyArray<Record<'tp' | 'fp' | 'fn', number>>, key: 'tp' | 'fp' | 'fn'): number {
  return list.reduce((n, c) => n + c[key], 0);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

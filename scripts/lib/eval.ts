import { existsSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { THEME_IDS, ThemeId } from '../../src/schemas/codebook.ts';
import type { DocumentRecord } from '../../src/schemas/document.ts';
import type { Passage } from '../../src/schemas/passage.ts';
import type { EvalReport, Scores } from '../../src/schemas/eval-report.ts';
import { IngestError } from './ingest-error.ts';

export const ANNOTATIONS_FILE = 'tests/fixtures/eval/annotations.jsonl';

/** One hand-annotated sentence: its seed, its verbatim text and the themes a reader assigned. */
export const Annotation = z.object({
  seed: z.string(),
  text: z.string().min(1),
  themes: z.array(ThemeId),
  note: z.string().optional(),
});
export type Annotation = z.infer<typeof Annotation>;


export function readAnnotations(file: string): Annotation[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((line, i) => {
    const parsed = Annotation.safeParse(JSON.parse(line));
    if (!parsed.success) throw new IngestError(file, `line ${i + 1}: ${parsed.error.issues.map((x) => x.message).join('; ')}`);
    return parsed.data;
  });
}

/** Compares the tagger's themes with the annotations, sentence by sentence; an annotation the corpus lacks is an error, not a silent drop. */
export function evaluate(annotations: readonly Annotation[], passages: readonly Passage[], records: readonly DocumentRecord[]): EvalReport {
  const docOfSeed = new Map(records.map((r) => [r.seed, r.id]));
  const byKey = new Map(passages.map((p) => [`${p.doc}\u0000${p.text}`, p]));
  const counts = new Map<ThemeId, { tp: number; fp: number; fn: number; support: number }>(THEME_IDS.map((t) => [t, { tp: 0, fp: 0, fn: 0, support: 0 }]));
  for (const a of annotations) {
    const passage = byKey.get(`${docOfSeed.get(a.seed)}\u0000${a.text}`);
    if (!passage) throw new IngestError(ANNOTATIONS_FILE, `no sentence of ${a.seed} reads exactly "${a.text}"`);
    const gold = new Set(a.themes);
    const predicted = new Set(passage.themes);
    for (const t of THEME_IDS) {
      const c = counts.get(t)!;
      if (gold.has(t)) c.support += 1;
      if (gold.has(t) && predicted.has(t)) c.tp += 1;
      else if (predicted.has(t)) c.fp += 1;
      else if (gold.has(t)) c.fn += 1;
    }
  }
  const perTheme = Object.fromEntries([...counts].map(([t, c]) => [t, { ...scores(c.tp, c.fp, c.fn), support: c.support }])) as EvalReport['perTheme'];
  const all = [...counts.values()];
  const micro = scores(sum(all, 'tp'), sum(all, 'fp'), sum(all, 'fn'));
  const active = Object.values(perTheme).filter((s) => s.support > 0 || s.fp > 0);
  const mean = (k: 'precision' | 'recall' | 'f1') => round(active.reduce((n, s) => n + s[k], 0) / Math.max(active.length, 1));
  return { sentences: annotations.length, perTheme, micro, macro: { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') } };
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

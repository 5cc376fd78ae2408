import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { THEME_IDS } from '../../src/schemas/codebook.ts';
import type {
  EvalReport,
  EvalSet,
  LabelScores,
  Means,
  ModelId,
  ModelScores,
  Scores,
} from '../../src/schemas/eval-report.ts';
import { INSTRUMENT_IDS, InstrumentId } from '../../src/schemas/instruments.ts';
import { documentKey, type AnnotatedSentence } from './annotations/annotated-sentence.ts';
import type { Contextualised } from './annotations/heading-context.ts';
import { withHeadings } from './annotations/heading-context.ts';
import { IngestError } from './ingest-error.ts';
import {
  bootstrapByDocument,
  countLabels,
  summarise,
  type Counts,
  type Decision,
  type Interval,
  type Prf,
} from './model/scores.ts';
import type { InstrumentCoder } from './steps/instrument.ts';
import type { Tagger } from './steps/tag.ts';
import { foldForMatching } from './text/fold.ts';

export const INSTRUMENT_ANNOTATIONS_FILE = 'content/annotations/seed-instruments.jsonl';
export const BOOTSTRAP = { replicates: 1000, seed: 5 };

/** One hand-annotated tagged sentence of a seed with the policy-instrument types a reader assigned. */
export const InstrumentAnnotation = z.object({
  seed: z.string(),
  text: z.string().min(1),
  instruments: z.array(InstrumentId),
  note: z.string().optional(),
});
export type InstrumentAnnotation = z.infer<typeof InstrumentAnnotation>;

/** The annotations in `file` (JSON Lines), each checked against `schema`; none when the file does not exist. */
export function readAnnotations<T extends z.ZodType>(file: string, schema: T): z.infer<T>[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new IngestError(file, `line ${i + 1}: ${parsed.error.issues.map((x) => x.message).join('; ')}`);
      return parsed.data;
    });
}

/** Gold targets of a sentence per theme: 1 given, 0 not given, -1 optional (neither right nor wrong). */
export const targetOf = (s: Pick<AnnotatedSentence, 'themes' | 'optional'>): Int8Array =>
  Int8Array.from(THEME_IDS, (t) => (s.optional.includes(t) ? -1 : s.themes.includes(t) ? 1 : 0));

/** The rule tagger's decisions on annotated sentences read directly, with their headings, folded as the model reads them. */
export function ruleDecisions(tagger: Tagger, context: readonly Contextualised[]): boolean[][] {
  return context.map((c) => {
    const themes = new Set<string>(
      tagger.tag(foldForMatching(c.text), c.heading ? foldForMatching(c.heading) : null, c.isHeading).themes,
    );
    return THEME_IDS.map((t) => themes.has(t));
  });
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const ci = (i: Interval): Interval => [r3(i[0]), r3(i[1])];
const withCI = (p: Prf, b: { precision: Interval; recall: Interval; f1: Interval }) => ({
  precision: r3(p.precision),
  recall: r3(p.recall),
  f1: r3(p.f1),
  precisionCI: ci(b.precision),
  recallCI: ci(b.recall),
  f1CI: ci(b.f1),
});

/** Scores of labelled decisions with document-bootstrap intervals, per label, pooled and averaged. */
export function scoreDecisions<L extends string>(
  labels: readonly L[],
  decisions: readonly Decision[],
): { perLabel: Record<L, LabelScores>; micro: Scores; macro: Means } {
  const counts = countLabels(decisions, labels.length);
  const s = summarise(counts);
  const b = bootstrapByDocument(decisions, labels.length, BOOTSTRAP.replicates, BOOTSTRAP.seed);
  const total = counts.reduce(
    (n: Counts, c) => ({ tp: n.tp + c.tp, fp: n.fp + c.fp, fn: n.fn + c.fn, support: n.support + c.support }),
    { tp: 0, fp: 0, fn: 0, support: 0 },
  );
  const perLabel = Object.fromEntries(
    labels.map((l, i) => {
      const c = counts[i]!;
      return [l, { tp: c.tp, fp: c.fp, fn: c.fn, ...withCI(s.perLabel[i]!, b.perLabel[i]!), support: c.support }];
    }),
  ) as Record<L, LabelScores>;
  return {
    perLabel,
    micro: { tp: total.tp, fp: total.fp, fn: total.fn, ...withCI(s.micro, b.micro) },
    macro: withCI(s.macro, b.macro),
  };
}

/** One model's decisions on the sentences of one set, scored. */
export function modelScores(
  model: ModelId,
  sentences: readonly AnnotatedSentence[],
  predicted: readonly boolean[][],
  inSet: (s: AnnotatedSentence) => boolean,
): ModelScores {
  const decisions = sentences.flatMap((s, i) =>
    inSet(s) ? [{ group: documentKey(s), target: targetOf(s), predicted: predicted[i]! }] : [],
  );
  const { perLabel, micro, macro } = scoreDecisions(THEME_IDS, decisions);
  return { model, perTheme: perLabel, micro, macro };
}

/** The set's header: where its sentences come from and how many. */
export function setHeader(
  id: EvalSet['id'],
  source: string,
  sentences: readonly AnnotatedSentence[],
  agreement: EvalSet['agreement'],
): Omit<EvalSet, 'models'> {
  return { id, source, sentences: sentences.length, documents: new Set(sentences.map(documentKey)).size, agreement };
}

/**
 * The instrument coder on its annotated seed sentences, each tagged directly (with its heading)
 * by the shipped tagger and coded from those themes, as the ingest would.
 */
export function evaluateInstruments(
  annotations: readonly InstrumentAnnotation[],
  tagger: Tagger,
  code: InstrumentCoder,
  seedsDir = 'seeds',
): EvalReport['instruments'] {
  const sentences: AnnotatedSentence[] = annotations.map((a, i) => ({
    id: String(i),
    set: 'seeds',
    doc: a.seed,
    path: `${seedsDir}/${a.seed}`,
    text: a.text,
    themes: [],
    optional: [],
  }));
  const context = withHeadings(sentences);
  const decisions = annotations.map((a, i) => {
    const c = context[i]!;
    const coded = new Set(code(a.text, tagger.tag(c.text, c.heading, c.isHeading).themes).instruments);
    return {
      group: a.seed,
      target: Int8Array.from(INSTRUMENT_IDS, (x) => (a.instruments.includes(x) ? 1 : 0)),
      predicted: INSTRUMENT_IDS.map((x) => coded.has(x)),
    };
  });
  const { perLabel, micro, macro } = scoreDecisions(INSTRUMENT_IDS, decisions);
  return { sentences: annotations.length, perInstrument: perLabel, micro, macro };
}

/** First 16 hex digits of the SHA-256 of a file's bytes. */
export function fileHash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
}

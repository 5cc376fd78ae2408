/** Prints the tagger's precision, recall and F1 per theme against the hand annotations (npm run eval). */
import { readFileSync } from 'node:fs';
import { DocumentRecord } from '../src/schemas/document.ts';
import type { EvalReport, LabelScores, Scores } from '../src/schemas/eval-report.ts';
import { Passage } from '../src/schemas/passage.ts';
import { ANNOTATIONS_FILE, evaluate, INSTRUMENT_ANNOTATIONS_FILE, InstrumentAnnotation, readAnnotations } from './lib/eval.ts';

const records = DocumentRecord.array().parse(JSON.parse(readFileSync('content/data/documents.json', 'utf8')));
const passages = readFileSync('content/data/passages.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => Passage.parse(JSON.parse(l)));
const report = evaluate(readAnnotations(ANNOTATIONS_FILE), passages, records, readAnnotations(INSTRUMENT_ANNOTATIONS_FILE, InstrumentAnnotation));

const pct = (x: number) => x.toFixed(3);
const count = (n: number, width: number) => String(n).padStart(width);
const line = (name: string, s: Scores & { support?: number }) =>
  `${name.padEnd(14)} ${s.support === undefined ? ''.padStart(7) : count(s.support, 7)} ${count(s.tp, 5)} ${count(s.fp, 5)} ${count(s.fn, 5)}  ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ${pct(s.f1).padStart(6)}`;

/** One table: a row per label, then the pooled and averaged scores. */
function table(title: string, perLabel: Record<string, LabelScores>, micro: Scores, macro: EvalReport['macro']): void {
  console.log(`${title.padEnd(14)} support    tp    fp    fn  precision  recall     f1`);
  for (const [label, s] of Object.entries(perLabel)) console.log(line(label, s));
  console.log(`\n${line('micro', micro)}`);
  console.log(`macro          ${''.padStart(25)}  ${pct(macro.precision).padStart(9)} ${pct(macro.recall).padStart(7)} ${pct(macro.f1).padStart(6)}\n`);
}

console.log(`eval: ${report.sentences} annotated sentences (${ANNOTATIONS_FILE}) vs content/data/passages.jsonl\n`);
table('theme', report.perTheme, report.micro, report.macro);
console.log(`policy instruments: ${report.instruments.sentences} annotated sentences (${INSTRUMENT_ANNOTATIONS_FILE})\n`);
table('instrument', report.instruments.perInstrument, report.instruments.micro, report.instruments.macro);

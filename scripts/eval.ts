/** Prints the tagger's precision, recall and F1 per theme against the hand annotations (npm run eval). */
import { readFileSync } from 'node:fs';
import { DocumentRecord } from '../src/schemas/document.ts';
import { Passage } from '../src/schemas/passage.ts';
import { ANNOTATIONS_FILE, evaluate, readAnnotations } from './lib/eval.ts';

const records = DocumentRecord.array().parse(JSON.parse(readFileSync('content/data/documents.json', 'utf8')));
const passages = readFileSync('content/data/passages.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => Passage.parse(JSON.parse(l)));
const report = evaluate(readAnnotations(ANNOTATIONS_FILE), passages, records);

const pct = (x: number) => x.toFixed(3);
console.log(`eval: ${report.sentences} annotated sentences (${ANNOTATIONS_FILE}) vs content/data/passages.jsonl\n`);
console.log('theme          support    tp    fp    fn  precision  recall     f1');
for (const [theme, s] of Object.entries(report.perTheme)) {
  console.log(`${theme.padEnd(14)} ${String(s.support).padStart(7)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}  ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ${pct(s.f1).padStart(6)}`);
}
const m = report.micro;
console.log(`\nmicro          ${''.padStart(7)} ${String(m.tp).padStart(5)} ${String(m.fp).padStart(5)} ${String(m.fn).padStart(5)}  ${pct(m.precision).padStart(9)} ${pct(m.recall).padStart(7)} ${pct(m.f1).padStart(6)}`);
console.log(`macro          ${''.padStart(25)}  ${pct(report.macro.precision).padStart(9)} ${pct(report.macro.recall).padStart(7)} ${pct(report.macro.f1).padStart(6)}`);

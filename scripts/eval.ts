/**
 * Measures the theme tagger by document-level cross-validation on the annotated sample and the
 * instrument coder on its annotations, prints the tables and writes content/model/eval.json
 * (npm run eval). Every fitted model is scored only on documents it was not fitted on.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { EvalReport, type LabelScores, type Means, type ModelId, type Scores } from '../src/schemas/eval-report.ts';
import { TaggerModel } from '../src/schemas/tagger-model.ts';
import { documentKey } from './lib/annotations/annotated-sentence.ts';
import { withHeadings } from './lib/annotations/heading-context.ts';
import {
  BOOTSTRAP,
  evaluateInstruments,
  fileHash,
  INSTRUMENT_ANNOTATIONS_FILE,
  InstrumentAnnotation,
  modelScores,
  readAnnotations,
  ruleDecisions,
  setHeader,
} from './lib/eval.ts';
import { scoreRealTargets } from './lib/eval-targets.ts';
import { readInstruments } from './lib/load-inputs.ts';
import { toExamples } from './lib/model/dataset.ts';
import { crossValidate } from './lib/model/fit.ts';
import {
  agreementOf,
  alwaysTraining,
  FIT,
  FOLD_SEED,
  MODEL_FILE,
  MODELS,
  OUTER_FOLDS,
  outerFolds,
  REPORT_FILE,
  SHIPPED,
  trainingDataHash,
  trainingSetup,
} from './lib/model/training-setup.ts';
import { createInstrumentCoder } from './lib/steps/instrument.ts';
import { createModelTagger } from './lib/steps/model-tag.ts';
import { createTagger } from './lib/steps/tag.ts';

const started = performance.now();
const setup = trainingSetup();
const { sentences, context } = setup;
const folds = outerFolds(sentences);

// The independent gold of docs/ is tagged by the model of its document's fold, never trained on.
const gold = setup.data.gold;
const goldContext = withHeadings(gold);
const foldOfDocument = new Map(sentences.map((s, i) => [documentKey(s), folds[i]!]));
const goldFolds = gold.map((s) => foldOfDocument.get(documentKey(s)) ?? -1);
const ruleTagger = createTagger(setup.codebook, setup.segmenter);
const predictions = new Map<ModelId, { main: boolean[][]; gold: (boolean[] | null)[] }>([
  ['rules', { main: ruleDecisions(ruleTagger, context), gold: ruleDecisions(ruleTagger, goldContext) }],
]);
for (const [id, kinds] of Object.entries(MODELS) as [ModelId, (typeof MODELS)[keyof typeof MODELS]][]) {
  const t0 = performance.now();
  const examples = toExamples(sentences, context, kinds, setup.segmenter, setup.rules);
  const also = { examples: toExamples(gold, goldContext, kinds, setup.segmenter, setup.rules), folds: goldFolds };
  const cv = crossValidate(examples, folds, OUTER_FOLDS, FIT, alwaysTraining(setup, kinds), also);
  predictions.set(id, { main: cv.decisions, gold: cv.alsoDecisions });
  console.log(`cross-validated ${id} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const AGREEMENT = agreementOf(setup.data.sources.real);
const sets = (
  [
    ['seeds', setup.data.sources.seeds],
    ['real', setup.data.sources.real],
  ] as const
).map(([id, source]) => {
  const inSet = (s: (typeof sentences)[number]) => (id === 'seeds' ? s.set === 'seeds' : s.set !== 'seeds');
  return {
    ...setHeader(id, source, sentences.filter(inSet), AGREEMENT[id]),
    models: [...predictions].map(([model, p]) => modelScores(model, sentences, p.main, inSet)),
  };
});
const goldTagged = gold.flatMap((_, i) => (goldFolds[i]! >= 0 ? [i] : []));
if (goldTagged.length < gold.length)
  console.warn(
    `warning: ${gold.length - goldTagged.length} sentences of ${setup.data.sources.gold} are in documents no fold holds; left out`,
  );
if (goldTagged.length > 0) {
  const tagged = goldTagged.map((i) => gold[i]!);
  sets.push({
    ...setHeader('gold', setup.data.sources.gold, tagged, AGREEMENT.gold),
    models: [...predictions].map(([model, p]) =>
      modelScores(
        model,
        tagged,
        goldTagged.map((i) => p.gold[i]!),
        () => true,
      ),
    ),
  });
}

const model = TaggerModel.parse(JSON.parse(readFileSync(MODEL_FILE, 'utf8')));
const shippedTagger = createModelTagger(model, setup.codebook, setup.segmenter);
const report = EvalReport.parse({
  shipped: SHIPPED,
  modelHash: fileHash(MODEL_FILE),
  trainingDataHash: trainingDataHash(setup),
  codebookVersion: setup.codebook.version,
  folds: OUTER_FOLDS,
  foldSeed: FOLD_SEED,
  bootstrap: BOOTSTRAP,
  sets,
  invented: {
    sentences: setup.data.invented.length,
    documents: new Set(setup.data.invented.map(documentKey)).size,
  },
  instruments: evaluateInstruments(
    readAnnotations(INSTRUMENT_ANNOTATIONS_FILE, InstrumentAnnotation),
    shippedTagger,
    createInstrumentCoder(readInstruments()),
  ),
  targets: scoreRealTargets('scripts/eval.ts').scores,
});
if (model.trainingDataHash !== report.trainingDataHash)
  console.warn(
    `warning: ${MODEL_FILE} was trained on other examples (${model.trainingDataHash}): the annotations or the pipeline changed; run npm run train`,
  );
writeFileSync(REPORT_FILE, JSON.stringify(report, null, 2) + '\n');

const f = (x: number) => x.toFixed(3);
const iv = (i: [number, number]) => `[${f(i[0])}, ${f(i[1])}]`;
const line = (name: string, s: (Scores & { support?: number }) | Means) =>
  `${name.padEnd(14)} ${'support' in s ? String(s.support).padStart(7) : ''.padStart(7)}  P ${f(s.precision)} ${iv(s.precisionCI)}  R ${f(s.recall)} ${iv(s.recallCI)}  F1 ${f(s.f1)} ${iv(s.f1CI)}`;
for (const set of report.sets) {
  console.log(
    `\n${set.id}: ${set.sentences} sentences of ${set.documents} documents (${set.source}); annotators' agreement micro-F1 ${set.agreement.microF1.join('–')}`,
  );
  for (const m of set.models)
    console.log(
      `  ${m.model.padEnd(9)} micro ${line('', m.micro).trim()}\n  ${''.padEnd(9)} macro ${line('', m.macro).trim()}`,
    );
  const shipped = set.models.find((m) => m.model === SHIPPED)!;
  console.log(`\n  ${SHIPPED} per theme:`);
  for (const [theme, s] of Object.entries<LabelScores>(shipped.perTheme)) console.log(`  ${line(theme, s)}`);
}
console.log(`\npolicy instruments: ${report.instruments.sentences} sentences (${INSTRUMENT_ANNOTATIONS_FILE})`);
for (const [id, s] of Object.entries<LabelScores>(report.instruments.perInstrument)) console.log(`  ${line(id, s)}`);
console.log(`  ${line('micro', report.instruments.micro)}`);
console.log(`\neval: ${((performance.now() - started) / 1000).toFixed(1)} s -> ${REPORT_FILE}`);

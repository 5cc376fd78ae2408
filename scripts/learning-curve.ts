/**
 * How the shipped tagger's cross-validated F1 on real documents grows with the real annotated
 * sentences it learns from (npm run learning-curve): the evaluation's folds and settings, each
 * fold's training keeping only a share of its real documents (drawn per fold and repeat; the
 * seeds, the invented documents and the codebook's examples stay whole), every real sentence
 * still tagged by a model that did not see its document. Prints a Markdown table.
 */
import { documentKey } from './lib/annotations/annotated-sentence.ts';
import { modelScores } from './lib/eval.ts';
import { toExamples } from './lib/model/dataset.ts';
import { crossValidate } from './lib/model/fit.ts';
import { keepDocuments } from './lib/model/folds.ts';
import {
  alwaysTraining,
  FIT,
  MODELS,
  OUTER_FOLDS,
  outerFolds,
  SHIPPED,
  trainingSetup,
} from './lib/model/training-setup.ts';
import { commandLine } from './lib/cli-errors.ts';

const USAGE = 'node scripts/learning-curve.ts [--fractions 0.25,0.5,0.75,1] [--repeats 2]';
const { values: args } = commandLine(USAGE, {
  options: {
    fractions: { type: 'string', default: '0.25,0.5,0.75,1' },
    repeats: { type: 'string', default: '2' },
  },
});
const fractions = args.fractions.split(',').map(Number);
const repeats = Number(args.repeats);
if (fractions.some((f) => !(f > 0 && f <= 1)) || !(Number.isInteger(repeats) && repeats > 0)) {
  console.error(`usage: ${USAGE}`);
  process.exit(1);
}
/** Seeds of the documents kept: one per fraction's repeat and fold, apart from the folds' own. */
const CURVE_SEED = 7;

const setup = trainingSetup();
const { sentences, context } = setup;
const folds = outerFolds(sentences);
const kinds = MODELS[SHIPPED];
const examples = toExamples(sentences, context, kinds, setup.segmenter, setup.rules);
const always = alwaysTraining(setup, kinds);
const isReal = (s: (typeof sentences)[number]) => s.set !== 'seeds';

const f3 = (x: number) => x.toFixed(3);
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(
  '| share of real training documents | real training sentences per fold | real micro-F1 | real macro-F1 | seeds micro-F1 |',
);
console.log('| --- | --- | --- | --- | --- |');
for (const fraction of fractions) {
  // The whole set is one draw whatever the seed.
  const runs = fraction === 1 ? 1 : repeats;
  const rows: number[][] = [];
  for (let repeat = 0; repeat < runs; repeat++) {
    const kept = Array.from({ length: OUTER_FOLDS }, (_, fold) =>
      keepDocuments(
        sentences.flatMap((s, i) => (folds[i] !== fold && isReal(s) ? [documentKey(s)] : [])),
        fraction,
        CURVE_SEED + 1000 * repeat + fold,
      ),
    );
    const trainable = (i: number, fold: number) =>
      !isReal(sentences[i]!) || kept[fold]!.has(documentKey(sentences[i]!));
    const { decisions } = crossValidate(examples, folds, OUTER_FOLDS, FIT, always, undefined, trainable);
    const trained = mean(
      kept.map((_, fold) => sentences.filter((s, i) => folds[i] !== fold && isReal(s) && trainable(i, fold)).length),
    );
    const real = modelScores(SHIPPED, sentences, decisions, isReal);
    const seeds = modelScores(SHIPPED, sentences, decisions, (s) => !isReal(s));
    rows.push([trained, real.micro.f1, real.macro.f1, seeds.micro.f1]);
  }
  const [trained, micro, macro, seeds] = [0, 1, 2, 3].map((c) => rows.map((r) => r[c]!));
  const spread = (xs: number[]) => (xs.length > 1 ? ` (${f3(Math.min(...xs))}–${f3(Math.max(...xs))})` : '');
  console.log(
    `| ${fraction} | ${mean(trained!).toFixed(0)} | ${f3(mean(micro!))}${spread(micro!)} | ${f3(mean(macro!))}${spread(macro!)} | ${f3(mean(seeds!))} |`,
  );
}

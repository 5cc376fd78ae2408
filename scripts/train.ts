/**
 * Fits the theme tagger on every annotated sentence and writes content/model/tagger.json
 * (npm run train). Deterministic: the same annotations and codebook give the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { toExamples } from './lib/model/dataset.ts';
import { exportModel } from './lib/model/export-model.ts';
import { fit } from './lib/model/fit.ts';
import {
  alwaysTraining,
  FIT,
  MODEL_FILE,
  MODELS,
  SHIPPED,
  trainingDataHash,
  trainingSetup,
} from './lib/model/training-setup.ts';

const started = performance.now();
const setup = trainingSetup();
const kinds = MODELS[SHIPPED];
const examples = toExamples(setup.sentences, setup.context, kinds, setup.segmenter, setup.rules);
const fitted = fit(examples, FIT, alwaysTraining(setup, kinds));
const model = exportModel(fitted, {
  codebookVersion: setup.codebook.version,
  trainingDataHash: trainingDataHash(setup),
  sentences: setup.sentences.length,
  documents: setup.documents,
  kinds,
  training: fitted.training,
});
mkdirSync(dirname(MODEL_FILE), { recursive: true });
const json = JSON.stringify(model) + '\n';
writeFileSync(MODEL_FILE, json);
console.log(
  `train: ${SHIPPED} on ${setup.sentences.length} sentences of ${setup.documents} documents (${setup.data.sources.seeds}, ${setup.data.sources.real}) and ${setup.data.invented.length} invented (${setup.data.sources.invented}); ` +
    `L2 ${fitted.training.l2}; ${Object.keys(model.weights).length} features; ${(json.length / 1e6).toFixed(2)} MB; ${((performance.now() - started) / 1000).toFixed(1)} s -> ${MODEL_FILE}`,
);

/**
 * The targets of the real documents of ../shared/real-docs against the project's annotation of
 * them (content/annotations/targets-real.jsonl): how many figures are rightly called a target or a
 * result, and how many name what they count in the annotator's words. Prints the figures;
 * tests/real-targets.test.ts holds them.
 *   node scripts/eval-targets.ts
 */
import { commandLine } from './lib/cli-errors.ts';
import { findRealFigures, readTargetAnnotations, scoreTargets } from './lib/eval-targets.ts';
import { GAZETTEER_DIR, readGazetteer } from './lib/gazetteer/load.ts';
import { createDocumentPipeline, projectPipelineInputs } from './lib/ingest-pipeline.ts';

commandLine('node scripts/eval-targets.ts', {});
const annotations = readTargetAnnotations();
const pipeline = createDocumentPipeline(
  projectPipelineInputs('scripts/eval-targets.ts', readGazetteer([GAZETTEER_DIR])),
);
const files = [...new Set(annotations.map((a) => a.file))].sort();
const { statement, thing, dropped } = scoreTargets(annotations, findRealFigures(files, pipeline));

const share = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
const labelled = statement.right + statement.wrong + statement.unknown;
const named = thing.exact + thing.overlap + thing.wrong + thing.none + thing.extra;
console.log(`${annotations.length} annotated figures in ${files.length} documents`);
console.log(
  `statement, of ${labelled} figures annotated target or result: right ${statement.right} (${share(statement.right, labelled)}), wrong ${statement.wrong}, unknown ${statement.unknown}; ${share(statement.right, statement.right + statement.wrong)} of those decided`,
);
console.log(
  `  ${Object.entries(statement.confusion)
    .sort()
    .map(([pair, n]) => `${pair} ${n}`)
    .join(', ')}`,
);
console.log(
  `thing, of ${named}: the annotator's words ${thing.exact} (${share(thing.exact, named)}), holding or held by them ${thing.overlap} (with the first ${share(thing.exact + thing.overlap, named)}), other words ${thing.wrong}, none where the annotator named one ${thing.none}, one where the annotator named none ${thing.extra}`,
);
console.log(
  `annotated figures no longer found: ${
    Object.entries(dropped)
      .map(([label, n]) => `${label} ${n}`)
      .join(', ') || 'none'
  }`,
);

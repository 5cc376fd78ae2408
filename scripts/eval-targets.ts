/**
 * The targets of the real documents of ../shared/real-docs against the project's annotation of
 * them (content/annotations/targets-real.jsonl): how many figures are rightly called a target or a
 * result, and how many name what they count in the annotator's words. Prints the figures and
 * writes them as the `targets` block of content/model/eval.json (the About page shows them);
 * tests/real-targets.test.ts fails when that block is stale.
 *   node scripts/eval-targets.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { EvalReport } from '../src/schemas/eval-report.ts';
import { commandLine } from './lib/cli-errors.ts';
import { scoreRealTargets } from './lib/eval-targets.ts';
import { targetScoreTotals } from '../src/lib/analysis/target-scores.ts';
import { REPORT_FILE } from './lib/model/training-setup.ts';

commandLine('node scripts/eval-targets.ts', {});
const { scores, confusion, dropped } = scoreRealTargets('scripts/eval-targets.ts');
// The rest of the report is npm run eval's; only this block is replaced (or added).
const report = EvalReport.parse({ ...(JSON.parse(readFileSync(REPORT_FILE, 'utf8')) as object), targets: scores });
writeFileSync(REPORT_FILE, JSON.stringify(report, null, 2) + '\n');

const { statement, thing } = scores;
const { labelled, rightOfDecided, named } = targetScoreTotals(scores);
const percent = (share: number) => `${(100 * share).toFixed(1)}%`;
const share = (n: number, of: number) => percent(n / of);
console.log(`${scores.figures} annotated figures in ${scores.documents} documents; written to ${REPORT_FILE}`);
console.log(
  `statement, of ${labelled} figures annotated target or result: right ${statement.right} (${share(statement.right, labelled)}), wrong ${statement.wrong}, unknown ${statement.unknown}; ${percent(rightOfDecided)} of those decided`,
);
console.log(
  `  ${Object.entries(confusion)
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

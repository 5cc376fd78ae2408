import type { TargetScores } from '../../schemas/eval-report.ts';

/** What the counts of `TargetScores` add up to, as the About page and `npm run eval-targets` state them. */
export function targetScoreTotals({ statement, thing }: TargetScores): {
  /** Figures annotated target or result and still reported. */
  labelled: number;
  /** Of those the pipeline decided (right or wrong), the share it got right. */
  rightOfDecided: number;
  /** Figures whose thing was annotated. */
  named: number;
} {
  return {
    labelled: statement.right + statement.wrong + statement.unknown,
    rightOfDecided: statement.right / (statement.right + statement.wrong),
    named: thing.exact + thing.overlap + thing.wrong + thing.none + thing.extra,
  };
}

import { describe, expect, it } from 'vitest';
import { targetScoreTotals } from './target-scores.ts';

describe('targetScoreTotals(scores)', () => {
  it('adds up the figures labelled and named, and the share of the decided ones that are right', () => {
    const totals = targetScoreTotals({
      figures: 20,
      documents: 2,
      dropped: 1,
      statement: { right: 9, wrong: 3, unknown: 4 },
      thing: { exact: 5, overlap: 2, wrong: 1, none: 1, extra: 1 },
    });
    expect(totals).toEqual({ labelled: 16, rightOfDecided: 0.75, named: 10 });
  });
});

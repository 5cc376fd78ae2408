import { describe, expect, it } from 'vitest';
import { findRealFigures, readTargetAnnotations, scoreTargets } from '../scripts/lib/eval-targets.ts';
import { GAZETTEER_DIR, readGazetteer } from '../scripts/lib/gazetteer/load.ts';
import { createDocumentPipeline, projectPipelineInputs } from '../scripts/lib/ingest-pipeline.ts';

// The figures of `npm run eval-targets` on 2026-12-07 (README, "Targets or results"), held as floors.
describe('targets of the real documents against content/annotations/targets-real.jsonl', () => {
  const annotations = readTargetAnnotations();
  const pipeline = createDocumentPipeline(projectPipelineInputs('test', readGazetteer([GAZETTEER_DIR])));
  const scores = scoreTargets(annotations, findRealFigures([...new Set(annotations.map((a) => a.file))], pipeline));

  it('calls at least 300 of the 359 figures annotated target or result rightly, and at most 10 wrongly', () => {
    expect(scores.statement.right).toBeGreaterThanOrEqual(300);
    expect(scores.statement.wrong).toBeLessThanOrEqual(10);
  });

  it('names what at least 225 of the 383 figures count in the annotator’s words, and at least 310 within them', () => {
    expect(scores.thing.exact).toBeGreaterThanOrEqual(225);
    expect(scores.thing.exact + scores.thing.overlap).toBeGreaterThanOrEqual(310);
  });

  it('still finds every annotated figure but the 13 left out as no quantity', () => {
    expect(Object.values(scores.dropped).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(13);
  });
});

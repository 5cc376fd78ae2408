import { describe, expect, it } from 'vitest';
import { createDocumentPipeline, projectPipelineInputs } from './ingest-pipeline.ts';

const pipeline = createDocumentPipeline(projectPipelineInputs('test'));

describe('createDocumentPipeline(inputs).run(file, bytes, entry)', () => {
  it('reads a document’s figures in the light of its outline: a review’s as results, a plan’s as targets', () => {
    const text = [
      'x高新区2024年工作要点',
      '一、2023年工作回顾',
      '全年新增企业21家，一季度增长2.5%。',
      '二、2024年工作安排',
      '全年完成固定资产投资100亿元。',
      '新增企业50家，已签约项目12个。',
      '',
    ].join('\n');
    const { analysis } = pipeline.run('review-plan.txt', new TextEncoder().encode(text), undefined);
    expect(analysis.targets.map((t) => [t.text, t.statement, t.cue, t.cueIn])).toEqual([
      ['21家', 'result', '全年', 'sentence'],
      ['2.5%', 'result', '2023年工作回顾', 'heading'],
      ['100亿元', 'target', '2024年工作安排', 'heading'],
      ['50家', 'target', '2024年工作安排', 'heading'],
      ['12个', 'result', '已', 'sentence'],
    ]);
  });
});

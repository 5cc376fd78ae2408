import { describe, expect, it } from 'vitest';
import { readSpanAnnotations, sha12 } from './span-annotations.ts';

const dir = 'tests/fixtures/annotations';
const root = `${dir}/root`;

describe('readSpanAnnotations(file, root)', () => {
  it('readSpanAnnotations() slices each sentence out of its document, by file name or bare id', () => {
    const read = readSpanAnnotations(`${dir}/good.jsonl`, root);
    expect(read.map((s) => [s.id, s.set, s.text])).toEqual([
      ['101-002', 'docs', '一、招商引资。'],
      ['101-003', 'docs', '全年引进项目十个,新增就业岗位五百个。'],
      ['201-002', 'more', '引进博士20名,建设人才公寓。'],
    ]);
    expect(read[1]).toMatchObject({
      path: `${root}/docs/101_example_park.txt`,
      themes: ['investment', 'projects'],
      optional: ['safety'],
    });
  });

  it('readSpanAnnotations() refuses a slice whose sha differs, naming the file, line and both hashes', () => {
    expect(() => readSpanAnnotations(`${dir}/bad-sha.jsonl`, root)).toThrow(
      /bad-sha\.jsonl: line 2 \(201-002\): .* has sha b67de416a803, not 000000000000/u,
    );
  });

  it('readSpanAnnotations() refuses a span past the end of its document and a document that is not there', () => {
    expect(() => readSpanAnnotations(`${dir}/past-end.jsonl`, root)).toThrow(
      /past-end\.jsonl: line 1 \(201-002\): span 0-999 runs past the end/u,
    );
    expect(() => readSpanAnnotations(`${dir}/missing-doc.jsonl`, root)).toThrow(
      /missing-doc\.jsonl: line 1: no document 299\.txt/u,
    );
  });

  it('sha12(text) is the first 12 hex digits of the SHA-256 of the UTF-8 text', () => {
    expect(sha12('引进博士20名,建设人才公寓。')).toBe('b67de416a803');
  });
});

import { describe, expect, it } from 'vitest';
import { withHeadings } from './heading-context.ts';
import { readSpanAnnotations } from './span-annotations.ts';

describe('withHeadings(annotated)', () => {
  const context = withHeadings(
    readSpanAnnotations('tests/fixtures/annotations/good.jsonl', 'tests/fixtures/annotations/root'),
  );

  it('withHeadings() marks a sentence the pipeline reads as a heading, with no context of its own', () => {
    expect(context[0]).toEqual({ text: '一、招商引资。', heading: null, isHeading: true, aligned: true });
  });

  it('withHeadings() gives a body sentence the heading of its section', () => {
    expect(context[1]).toMatchObject({ heading: '一、招商引资。', isHeading: false, aligned: true });
    expect(context[2]).toMatchObject({ heading: '二、人才。', isHeading: false, aligned: true });
  });

  it('withHeadings() leaves a sentence it cannot find in its document unaligned, without context', () => {
    const [s] = readSpanAnnotations('tests/fixtures/annotations/good.jsonl', 'tests/fixtures/annotations/root');
    expect(withHeadings([{ ...s!, text: '从未出现的句子。' }])[0]).toEqual({
      text: '从未出现的句子。',
      heading: null,
      isHeading: false,
      aligned: false,
    });
  });

  it('withHeadings() reads a sentence as the normaliser leaves it, pinyin glosses gone, and aligns it', () => {
    const [s] = readSpanAnnotations('tests/fixtures/annotations/invented.jsonl', 'tests/fixtures/annotations');
    expect(s!.text).toBe('全年新(xīn)增項(xiàng)目十個(gè)，新增就业岗位五百个。');
    expect(withHeadings([s!])[0]).toEqual({
      text: '全年新增項目十個，新增就业岗位五百个。',
      heading: '一、招商引资。',
      isHeading: false,
      aligned: true,
    });
  });
});

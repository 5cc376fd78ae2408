import { describe, expect, it } from 'vitest';
import { fillTemplate, readTemplate } from './fill-template.ts';

describe('fillTemplate', () => {
  it('fillTemplate() replaces every {name} by its value, numbers included, and each occurrence', () => {
    expect(fillTemplate('{n} of {total}; {n} again', { n: 3, total: '10' })).toBe('3 of 10; 3 again');
  });

  it('fillTemplate() leaves a placeholder without a value as written, and ignores inherited names', () => {
    expect(fillTemplate('{shown} / {toString}', { shown: 1 })).toBe('1 / {toString}');
  });

  it('fillTemplate() inserts values literally: a value holding {x} or $& is not expanded again', () => {
    expect(fillTemplate('{a}', { a: '{b} $& $1', b: 'no' })).toBe('{b} $& $1');
  });
});

describe('readTemplate', () => {
  it('gives back the values a filled template was written with', () => {
    const template = '{count}/{base} 句 · {share}';
    const text = fillTemplate(template, { count: '3', base: '1,049', share: '6.1%' });
    expect(readTemplate(template, text)).toEqual({ count: '3', base: '1,049', share: '6.1%' });
    expect(fillTemplate('{count}/{base} sentences · {share}', readTemplate(template, text)!)).toBe(
      '3/1,049 sentences · 6.1%',
    );
  });

  it('returns null for text of another shape, and reads characters that mean something in a pattern literally', () => {
    expect(readTemplate('{n} 句', '3 篇')).toBeNull();
    expect(readTemplate('(x) {n}.', '(x) 4.')).toEqual({ n: '4' });
    expect(readTemplate('(x) {n}.', 'x 4.')).toBeNull();
  });
});

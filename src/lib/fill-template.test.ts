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

  it('fillTemplate() writes {name:one|other} as the word its count needs: one for 1, other for 0, 2 and 1,049', () => {
    const template = '{count} {count:document|documents}; {n} {n:sentence|sentences}';
    expect(fillTemplate(template, { count: 1, n: '1' })).toBe('1 document; 1 sentence');
    expect(fillTemplate(template, { count: 0, n: '1,049' })).toBe('0 documents; 1,049 sentences');
    expect(fillTemplate('{count:is|are}', {})).toBe('{count:is|are}');
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

  it('reads either word of a {name:one|other} placeholder, and the count beside it', () => {
    const template = '{count} more {count:document has|documents have} none.';
    expect(readTemplate(template, '1 more document has none.')).toEqual({ count: '1' });
    expect(readTemplate(template, '3 more documents have none.')).toEqual({ count: '3' });
    expect(readTemplate(template, '3 more files have none.')).toBeNull();
  });

  it('returns null for text of another shape, and reads characters that mean something in a pattern literally', () => {
    expect(readTemplate('{n} 句', '3 篇')).toBeNull();
    expect(readTemplate('(x) {n}.', '(x) 4.')).toEqual({ n: '4' });
    expect(readTemplate('(x) {n}.', 'x 4.')).toBeNull();
  });
});

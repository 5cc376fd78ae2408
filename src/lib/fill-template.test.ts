import { describe, expect, it } from 'vitest';
import { fillTemplate } from './fill-template.ts';

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

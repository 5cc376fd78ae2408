import { describe, expect, it } from 'vitest';
import { PROJECT_ANNOTATIONS, readAnnotatedData, REAL_DOCS } from './training-data.ts';

describe('readAnnotatedData()', () => {
  it('reads invented documents apart from the real ones, as a set of their own', () => {
    const data = readAnnotatedData(REAL_DOCS, PROJECT_ANNOTATIONS, 'tests/fixtures/annotations/invented.jsonl');
    expect(data.invented.map((s) => [s.set, s.id, s.themes])).toEqual([['invented', 'w0-01-003', ['projects']]]);
    expect(data.real.some((s) => s.set === 'invented')).toBe(false);
    expect(data.sources.invented).toBe('tests/fixtures/annotations/invented.jsonl');
  });

  it('has no invented sentences when their file is absent', () => {
    const without = readAnnotatedData(REAL_DOCS, PROJECT_ANNOTATIONS, 'tests/fixtures/annotations/none.jsonl');
    expect(without.invented).toEqual([]);
  });
});

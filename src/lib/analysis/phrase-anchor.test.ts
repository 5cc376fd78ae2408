import { describe, expect, it } from 'vitest';
import { phraseAnchor } from './phrase-anchor.ts';

describe('phraseAnchor', () => {
  it('phraseAnchor(phrase) is a stable, valid fragment id', () => {
    expect(phraseAnchor('三高四新')).toBe(phraseAnchor('三高四新'));
    expect(phraseAnchor('三高四新')).toMatch(/^phrase-[0-9a-z]+$/);
  });

  it('phraseAnchor(phrase) differs for phrases that differ in one character or in width', () => {
    const ids = ['三高四新', '三高四新区', '十四五', '4×4', '４×４'].map(phraseAnchor);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('phraseAnchor("") hashes the empty string to the FNV offset basis', () => {
    expect(phraseAnchor('')).toBe(`phrase-${(0x811c9dc5).toString(36)}`);
  });
});

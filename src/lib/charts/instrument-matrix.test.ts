import { describe, expect, it } from 'vitest';
import { instrumentShare, instrumentsByDocument, instrumentsByTheme } from './instrument-matrix.ts';

const passages = [
  { doc: 'a', themes: ['investment', 'finance'], instruments: ['supply', 'environment'] },
  { doc: 'a', themes: ['investment'], instruments: [] },
  { doc: 'a', themes: [], instruments: [] },
  { doc: 'b', themes: ['finance'], instruments: ['environment'] },
] as const;

describe('instrument profiles', () => {
  it('instrumentsByTheme() counts each theme’s sentences per type, several types per sentence, and the unidentified ones', () => {
    expect(
      instrumentsByTheme(
        ['investment', 'finance', 'party'],
        passages.map((p) => ({ ...p, themes: [...p.themes], instruments: [...p.instruments] })),
      ),
    ).toEqual([
      { id: 'investment', tagged: 2, counts: [1, 0, 1], unidentified: 1 },
      { id: 'finance', tagged: 2, counts: [1, 0, 2], unidentified: 0 },
      { id: 'party', tagged: 0, counts: [0, 0, 0], unidentified: 0 },
    ]);
  });

  it('instrumentsByDocument() counts only tagged sentences, and instrumentShare() is 0 for an empty group', () => {
    const [a, b, c] = instrumentsByDocument(
      ['a', 'b', 'c'],
      passages.map((p) => ({ ...p, themes: [...p.themes], instruments: [...p.instruments] })),
    );
    expect(a).toEqual({ id: 'a', tagged: 2, counts: [1, 0, 1], unidentified: 1 });
    expect(instrumentShare(a!, 'supply')).toBe(0.5);
    expect(instrumentShare(b!, 'environment')).toBe(1);
    expect(instrumentShare(c!, 'demand')).toBe(0);
  });
});

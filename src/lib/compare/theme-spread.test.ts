import { describe, expect, it } from 'vitest';
import { themeSpreads } from './theme-spread.ts';

describe('themeSpreads', () => {
  it('themeSpreads(themes, profiles) lists themes by max − min share, largest first, ties in theme order', () => {
    const spreads = themeSpreads(
      ['industry', 'investment', 'green'],
      [
        [0.3, 0.1, 0.05],
        [0.1, 0.3, 0.05],
        [0.2, 0.2, 0.15],
      ],
    );
    expect(spreads.map((s) => [s.theme, Math.round(s.spread * 100)])).toEqual([
      ['industry', 20],
      ['investment', 20],
      ['green', 10],
    ]);
    expect(spreads[0]).toMatchObject({ min: 0.1, max: 0.3, highest: 0 });
    expect(spreads[1]!.highest).toBe(1);
  });
  it('themeSpreads(themes, []) is empty', () => {
    expect(themeSpreads(['industry'], [])).toEqual([]);
  });
});

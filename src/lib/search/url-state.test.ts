import { describe, expect, it } from 'vitest';
import { emptyState, formatState, parseState } from './url-state.ts';

describe('url state', () => {
  it('formatState(state) and parseState(params) round-trip a query, filters and sort', () => {
    const state = {
      q: '营商 "x 高新区"',
      expand: true,
      filters: { ...emptyState().filters, theme: ['investment', 'talent'], park: ['changsha-etdz'], year: ['2020'] },
      sort: 'year' as const,
    };
    const text = formatState(state);
    expect(text).toMatch(/^\?q=/);
    expect(parseState(new URLSearchParams(text))).toEqual(state);
  });

  it('formatState(state) leaves defaults out, so the empty state is the bare page', () => {
    expect(formatState(emptyState())).toBe('');
    expect(formatState({ ...emptyState(), q: '  ' })).toBe('');
  });

  it('formatState(state) writes alias=off only when expansion is off, and parseState(params) reads it back', () => {
    const off = { ...emptyState(), q: '双招双引', expand: false };
    expect(formatState(off)).toBe('?q=%E5%8F%8C%E6%8B%9B%E5%8F%8C%E5%BC%95&alias=off');
    expect(parseState(new URLSearchParams(formatState(off)))).toEqual(off);
    expect(parseState(new URLSearchParams('q=x&alias=on')).expand).toBe(true);
  });

  it('parseState(params) ignores unknown parameters, empty and repeated values and unknown sorts', () => {
    const state = parseState(new URLSearchParams('q=链&theme=a&theme=a&theme=&sort=random&page=3'));
    expect(state).toEqual({ ...emptyState(), q: '链', filters: { ...emptyState().filters, theme: ['a'] } });
  });
});

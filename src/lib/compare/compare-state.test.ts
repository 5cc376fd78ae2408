import { describe, expect, it } from 'vitest';
import { compareSearch, parseCompareState } from './compare-state.ts';

const docs = new Set(['a', 'b', 'c', 'd', 'e']);
const themes = new Set(['investment', 'green']);

describe('parseCompareState', () => {
  it('parseCompareState("?docs=a,b&theme=green") reads comma-separated ids and the theme', () => {
    expect(parseCompareState('?docs=a,b&theme=green', docs, themes)).toEqual({
      docs: ['a', 'b'],
      theme: 'green',
      unknown: [],
      truncated: false,
    });
  });
  it('parseCompareState("?docs=a&docs=c") reads the repeated ids a GET form sends', () => {
    expect(parseCompareState('?docs=a&docs=c', docs, themes).docs).toEqual(['a', 'c']);
  });
  it('parseCompareState(search) drops unknown ids and repeats, reporting the unknown ones', () => {
    expect(parseCompareState('?docs=b,zz,b,a', docs, themes)).toMatchObject({ docs: ['b', 'a'], unknown: ['zz'] });
  });
  it('parseCompareState(search) keeps at most four documents and says it dropped the rest', () => {
    expect(parseCompareState('?docs=a,b,c,d,e', docs, themes)).toMatchObject({
      docs: ['a', 'b', 'c', 'd'],
      truncated: true,
    });
  });
  it('parseCompareState(search) ignores an unknown theme', () => {
    expect(parseCompareState('?docs=a,b&theme=nope', docs, themes).theme).toBeNull();
  });
});

describe('compareSearch', () => {
  it('compareSearch(docs, theme) writes the permalink query with readable commas', () => {
    expect(compareSearch(['a', 'b'], 'green')).toBe('?docs=a,b&theme=green');
    expect(compareSearch(['a', 'b'], null)).toBe('?docs=a,b');
  });
});

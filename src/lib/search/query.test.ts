import { describe, expect, it } from 'vitest';
import { buildT2sMap } from '../../shared/search/t2s-map.ts';
import { matchClauses, matchedViaAlias, matchRanges, parseQuery } from './query.ts';
import { normalize } from './tokenize.ts';

const t2s = buildT2sMap();
const ALIASES = [
  { query: '双招双引', expands: ['招商引资', '招才引智'] },
  { query: '管委会+公司', expands: ['政企分开'] },
];

describe('parseQuery', () => {
  it('parseQuery(raw) reads words separated by spaces as clauses that must all match', () => {
    expect(parseQuery('  招商   项目 ', t2s).clauses).toEqual([
      { alternatives: ['招商'], quoted: false },
      { alternatives: ['项目'], quoted: false },
    ]);
  });

  it('parseQuery(raw) keeps "quoted text" whole, spaces included, and runs an unclosed quote to the end', () => {
    expect(parseQuery('园区 "x 高新区" 链', t2s).clauses.map((c) => c.alternatives[0])).toEqual([
      '园区',
      'x 高新区',
      '链',
    ]);
    expect(parseQuery('＂营商 环境', t2s).clauses).toEqual([{ alternatives: ['营商 环境'], quoted: true }]);
    expect(parseQuery('""', t2s).clauses).toEqual([]);
  });

  it('parseQuery(raw) expands a codebook alias into alternatives and reports the expansion', () => {
    const query = parseQuery('双招双引', t2s, ALIASES);
    expect(query.clauses).toEqual([{ alternatives: ['双招双引', '招商引资', '招才引智'], quoted: false }]);
    expect(query.expansions).toEqual([ALIASES[0]]);
  });

  it('parseQuery(raw) expands an alias typed in traditional characters, and never a quoted one', () => {
    expect(parseQuery('雙招雙引', t2s, ALIASES).clauses[0]!.alternatives).toEqual(['双招双引', '招商引资', '招才引智']);
    expect(parseQuery('"双招双引"', t2s, ALIASES)).toEqual({
      clauses: [{ alternatives: ['双招双引'], quoted: true }],
      expansions: [],
    });
  });

  it('parseQuery(raw) normalises the query: traditional, full-width and capitals', () => {
    expect(parseQuery('營商環境 ＧＤＰ', t2s).clauses.map((c) => c.alternatives[0])).toEqual(['营商环境', 'gdp']);
  });
});

describe('matchClauses', () => {
  const text = normalize('全面推行“双招双引”,招商引资和招才引智并重。', t2s);

  it('matchClauses(query, text) is null unless every clause has an alternative in the text', () => {
    expect(matchClauses(parseQuery('招商 并重', t2s), text)).toEqual(['招商', '并重']);
    expect(matchClauses(parseQuery('招商 项目', t2s), text)).toBeNull();
  });

  it('matchClauses(query, text) matches substrings across what a word segmenter would split', () => {
    expect(matchClauses(parseQuery('资和招', t2s), text)).toEqual(['资和招']);
  });

  it('matchClauses(query, text) returns every alternative of an alias found', () => {
    expect(matchClauses(parseQuery('双招双引', t2s, ALIASES), text)).toEqual(['双招双引', '招商引资', '招才引智']);
  });
});

describe('matchedViaAlias', () => {
  const query = parseQuery('双招双引 园区', t2s, ALIASES);

  it('matchedViaAlias(query, terms) is true when a clause was found only through its expansion', () => {
    expect(matchedViaAlias(query, ['招商引资', '园区'])).toBe(true);
  });

  it('matchedViaAlias(query, terms) is false when what was typed was found, or nothing expanded', () => {
    expect(matchedViaAlias(query, ['双招双引', '招商引资', '园区'])).toBe(false);
    expect(matchedViaAlias(parseQuery('园区', t2s, ALIASES), ['园区'])).toBe(false);
  });
});

describe('matchRanges', () => {
  it('matchRanges(text, terms) gives offsets in the text as written, traditional and full-width included', () => {
    expect(matchRanges('打造營商環境', ['营商'], t2s)).toEqual([{ start: 2, end: 4 }]);
    expect(matchRanges('ＧＤＰ增长', ['gdp'], t2s)).toEqual([{ start: 0, end: 3 }]);
  });

  it('matchRanges(text, terms) merges overlapping and adjacent occurrences and counts astral characters as two units', () => {
    expect(matchRanges('强链延链补链', ['链延链', '延链补'], t2s)).toEqual([{ start: 1, end: 5 }]);
    expect(matchRanges('𠀋园𠀋', ['𠀋'], t2s)).toEqual([
      { start: 0, end: 2 },
      { start: 3, end: 5 },
    ]);
  });
});

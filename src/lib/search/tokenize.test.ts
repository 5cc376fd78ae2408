import { describe, expect, it } from 'vitest';
import { buildT2sMap } from '../../shared/search/t2s-map.ts';
import { decodeToken, encodeToken, normalize, normalizeWithSource } from './tokenize.ts';

const t2s = buildT2sMap();

describe('normalize', () => {
  it('normalize(text, t2s) turns traditional characters into simplified ones', () => {
    expect(normalize('營商環境', t2s)).toBe('营商环境');
    expect(normalize('雙招雙引，產業鏈', t2s)).toBe('双招双引,产业链');
  });

  it('normalize(text, t2s) turns full-width forms into ASCII and lowercases', () => {
    expect(normalize('５Ｇ基站，ＧＤＰ增長（％）', t2s)).toBe('5g基站,gdp增长(%)');
    expect(normalize('X高新区', t2s)).toBe('x高新区');
  });

  it('normalize(text, t2s) makes every space one ASCII space, character by character', () => {
    expect(normalize('a\u3000b\tc\u00a0d', t2s)).toBe('a b c d');
  });

  it('normalize(text, t2s) leaves simplified text, and 么 and 著, as they are', () => {
    expect(normalize('什么显著着力', t2s)).toBe('什么显著着力');
  });

  it('normalizeWithSource(text, t2s) points every normalised unit at its original character', () => {
    const { text, source } = normalizeWithSource('Ａ𠀋營', t2s);
    expect(text).toBe('a𠀋营');
    expect(source).toEqual([0, 1, 1, 3]);
  });
});

describe('encodeToken', () => {
  it('encodeToken(token) writes four base-36 digits per character and decodeToken reads them back', () => {
    expect(encodeToken('营')).toBe('0q3p');
    expect(encodeToken('5g')).toBe('001h002v');
    for (const token of ['营商', '𠀋a', '5g']) expect(decodeToken(encodeToken(token))).toBe(token);
  });

  it('encodeToken(token) keeps prefixes: a token that starts another encodes to a prefix of it', () => {
    expect(encodeToken('营商').startsWith(encodeToken('营'))).toBe(true);
    expect(encodeToken('2020').startsWith(encodeToken('20'))).toBe(true);
  });
});

describe('buildT2sMap', () => {
  it('buildT2sMap() maps one traditional character to one simplified character, with chains resolved', () => {
    expect(t2s.get('營')).toBe('营');
    expect(t2s.get('臺')).toBe('台');
    expect(t2s.has('么')).toBe(false);
    expect(t2s.has('著')).toBe(false);
    for (const [from, to] of t2s) {
      expect(Array.from(from)).toHaveLength(1);
      expect(Array.from(to)).toHaveLength(1);
      expect(t2s.has(to), `${from} -> ${to} -> ${t2s.get(to)}`).toBe(false);
    }
  });
});

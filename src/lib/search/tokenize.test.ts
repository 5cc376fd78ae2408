import { describe, expect, it } from 'vitest';
import { buildT2sMap } from '../../../scripts/lib/search/t2s-map.ts';
import { getPassages } from '../corpus.ts';
import { NO_CONVERSION } from './char-map.ts';
import { decodeToken, encodeToken, indexContent, normalize, normalizeWithSource, queryTokens, searchTerm, tokenize } from './tokenize.ts';
import { mulberry32 } from '../../../scripts/lib/prng.ts';

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

describe('tokenize', () => {
  it('tokenize(text) gives a CJK run its overlapping bigrams and its last character', () => {
    expect(tokenize('链延链', t2s)).toEqual(['链延', '延链', '链']);
    expect(tokenize('园', t2s)).toEqual(['园']);
  });

  it('tokenize(text) gives other runs all their suffixes, and splits at punctuation and script changes', () => {
    expect(tokenize('5G网络,x高', t2s)).toEqual(['5g', 'g', '网络', '络', 'x', '高']);
  });

  it('tokenize(text) tokenises traditional and full-width text as its simplified ASCII form', () => {
    expect(tokenize('營商環境ＡＢ', t2s)).toEqual(tokenize('营商环境ab', t2s));
  });

  it('queryTokens(query) keeps only tokens of tokenize(query): the indexer and the query use one tokeniser', () => {
    for (const query of ['营商环境', '链延链', '2020年', 'x高新区', '5G网络建设', '“三高四新”']) {
      const all = new Set(tokenize(query, t2s));
      for (const token of queryTokens(query, t2s)) expect(all.has(token), `${query}: ${token}`).toBe(true);
    }
    expect(queryTokens('营商环', t2s)).toEqual(['营商', '商环']);
    expect(queryTokens('，。', t2s)).toEqual([]);
  });

  it('every search term of a substring is an indexed word of the sentence or a prefix of one (recall is total)', () => {
    const random = mulberry32(20261124);
    const passages = getPassages();
    let checked = 0;
    for (let n = 0; n < 3000; n++) {
      const text = passages[Math.floor(random() * passages.length)]!.text;
      const chars = Array.from(text);
      const length = 1 + Math.floor(random() * 6);
      const start = Math.floor(random() * Math.max(chars.length - length, 1));
      const query = chars.slice(start, start + length).join('');
      const words = indexContent(text, t2s).split(' ');
      for (const term of searchTerm(query, t2s).split(' ').filter(Boolean)) {
        expect(words.some((w) => w.startsWith(term)), `${query} in ${text}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3000);
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

  it('indexContent(text) is lowercase letters and digits separated by single spaces, which Pagefind keeps whole', () => {
    const content = indexContent('2020年，長沙經開區「強鏈延鏈」GDP增長8.5%', t2s);
    expect(content).toMatch(/^[0-9a-z]+( [0-9a-z]+)*$/);
    expect(indexContent('，。', NO_CONVERSION)).toBe('');
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

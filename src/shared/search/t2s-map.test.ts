import { describe, expect, it } from 'vitest';
import { normalize } from '../../lib/search/tokenize.ts';
import { buildT2sMap, corpusT2sMap } from './t2s-map.ts';

describe('corpusT2sMap', () => {
  const full = buildT2sMap();
  const texts = ['营商环境', '臺灣'];
  const map = corpusT2sMap(full, texts);

  it('corpusT2sMap(map, texts) keeps the entries whose traditional or simplified character is in the texts', () => {
    expect(map.get('營')).toBe('营');
    expect(map.get('臺')).toBe('台');
    expect(map.has('體')).toBe(false);
    expect(map.size).toBeLessThan(full.size / 100);
  });

  it('corpusT2sMap(map, texts) normalises the texts as the whole map does, and a query finds what it would', () => {
    for (const text of texts) expect(normalize(text, map)).toBe(normalize(text, full));
    const normals = texts.map((t) => normalize(t, full));
    for (const query of ['營商', '環境', '台湾', '身體', '體']) {
      const hits = (m: typeof map) => normals.filter((n) => normalize(n, m).includes(normalize(query, m)));
      expect(hits(map), query).toEqual(hits(full));
    }
  });
});

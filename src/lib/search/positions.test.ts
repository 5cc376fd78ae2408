import { describe, expect, it } from 'vitest';
import { buildT2sMap } from '../../shared/search/t2s-map.ts';
import { mulberry32 } from '../../shared/prng.ts';
import { getPassages } from '../corpus.ts';
import { GAP, queryLinks, queryStarts, recordContent, sentenceWords, strideFor } from './positions.ts';
import { decodeToken, normalize } from './tokenize.ts';

const t2s = buildT2sMap();

/** What Pagefind does with a record's content: word i at position i, gap words unindexed. */
function positionsOf(content: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  content.split(' ').forEach((word, at) => {
    if (word !== GAP) index.set(word, [...(index.get(word) ?? []), at]);
  });
  return index;
}

/** Pagefind's lookup: every position of every word the term is a prefix of. */
function lookUp(index: Map<string, number[]>, term: string): number[] {
  return [...index].filter(([word]) => word.startsWith(term)).flatMap(([, at]) => at);
}

function starts(content: string, query: string): number[] {
  const index = positionsOf(content);
  const links = queryLinks(query);
  return queryStarts(
    links,
    links.map((l) => lookUp(index, l.term)),
  );
}

describe('sentenceWords', () => {
  it('sentenceWords(normal) gives each character with the next, the last alone', () => {
    expect(sentenceWords('链延链').map(decodeToken)).toEqual(['链延', '延链', '链']);
    expect(sentenceWords('5g, x').map(decodeToken)).toEqual(['5g', 'g,', ', ', ' x', 'x']);
    expect(sentenceWords('')).toEqual([]);
  });

  it('sentenceWords(normal) writes lowercase letters and digits only, which Pagefind keeps whole', () => {
    expect(sentenceWords(normalize('2020年，長沙「強鏈」GDP增長8.5%', t2s)).join(' ')).toMatch(
      /^[0-9a-z]+( [0-9a-z]+)*$/,
    );
  });
});

describe('recordContent', () => {
  it('recordContent(normals, stride) starts sentence k at k × stride and fills the rest with gaps', () => {
    const normals = ['营商环境', '链'];
    const stride = strideFor(normals);
    expect(stride).toBe(5);
    const words = recordContent(normals, stride).split(' ');
    expect(words).toHaveLength(10);
    expect(words.map((w) => (w === GAP ? GAP : decodeToken(w)))).toEqual([
      '营商',
      '商环',
      '环境',
      '境',
      GAP,
      '链',
      GAP,
      GAP,
      GAP,
      GAP,
    ]);
  });

  it('recordContent(normals, stride) takes a sentence of 200,000 characters, a table flattened into one line', () => {
    const normals = ['链'.repeat(200_000), '园区'];
    const stride = strideFor(normals);
    expect(stride).toBe(200_001);
    const words = recordContent(normals, stride).split(' ');
    expect(words).toHaveLength(2 * stride);
    expect(words.slice(stride, stride + 3)).toEqual([...sentenceWords('园区'), GAP]);
  });

  it('recordContent(normals, stride) refuses a sentence the stride cannot hold with a gap after it', () => {
    expect(() => recordContent(['营商环境'], 4)).toThrow(/stride/);
  });
});

describe('queryLinks and queryStarts', () => {
  it('queryLinks(query) takes the pairs at even offsets and the last pair, and one character alone', () => {
    expect(queryLinks('营商环境').map((l) => [l.offset, decodeToken(l.term)])).toEqual([
      [0, '营商'],
      [2, '环境'],
    ]);
    expect(queryLinks('营商环').map((l) => [l.offset, decodeToken(l.term)])).toEqual([
      [0, '营商'],
      [1, '商环'],
    ]);
    expect(queryLinks('链').map((l) => [l.offset, decodeToken(l.term)])).toEqual([[0, '链']]);
    expect(queryLinks('')).toEqual([]);
  });

  it('queryStarts(links, found) finds every occurrence, and none made of pairs from different places', () => {
    const content = recordContent(['营商环境优化营商', '环境'], 9);
    expect(starts(content, '营商环境')).toEqual([0]);
    expect(starts(content, '营商')).toEqual([0, 6]);
    expect(starts(content, '境')).toEqual([3, 10]);
  });

  it('queryStarts(links, found) never joins the end of one sentence to the start of the next', () => {
    const content = recordContent(['推进营商', '环境优化'], strideFor(['推进营商', '环境优化']));
    expect(starts(content, '营商环境')).toEqual([]);
    expect(starts(content, '商环')).toEqual([]);
  });

  it('queryStarts(links, found) agrees with String.includes on random sentences and substrings', () => {
    const random = mulberry32(20261124);
    const passages = getPassages();
    for (let n = 0; n < 300; n++) {
      const normals = Array.from({ length: 4 }, () =>
        normalize(passages[Math.floor(random() * passages.length)]!.text, t2s),
      );
      const stride = strideFor(normals);
      const content = recordContent(normals, stride);
      const source = Array.from(normals[Math.floor(random() * normals.length)]!);
      const length = 1 + Math.floor(random() * 6);
      const at = Math.floor(random() * Math.max(source.length - length, 1));
      for (const query of [
        source.slice(at, at + length).join(''),
        `${source.at(-1) ?? ''}${Array.from(normals[0]!)[0] ?? ''}`,
      ]) {
        if (query === '') continue;
        const expected = normals.flatMap((normal, k) => {
          const chars = Array.from(normal);
          const q = Array.from(query);
          return chars.flatMap((_, i) => (chars.slice(i, i + q.length).join('') === query ? [k * stride + i] : []));
        });
        expect(starts(content, query), query).toEqual(expected);
      }
    }
  });
});

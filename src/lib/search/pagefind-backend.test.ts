import { describe, expect, it } from 'vitest';
import { NO_CONVERSION } from './char-map.ts';
import { emptySelection } from './facets.ts';
import { createPagefindBackend, type PagefindModule } from './pagefind-backend.ts';
import { recordContent, strideFor } from './positions.ts';
import { parseQuery } from './query.ts';
import type { RecordTable, RecordTexts, ThemeTable } from './record-table.ts';
import { normalize } from './tokenize.ts';

const docs = [
  { id: 'a', park: '甲园区', parkId: null, level: 'unknown', province: null, year: 2020, type: 'work-points' },
];
const texts: RecordTexts = [
  ['一、营商环境', '优化营商环境。', 1],
  ['一、营商环境', '招商引资。', 2],
  ['', '营商环境好。', 1],
];
const normals = texts.map(([, text]) => normalize(text, NO_CONVERSION));
const stride = strideFor(normals);
const table: RecordTable = {
  sets: [[], ['business'], ['investment']],
  records: [{ page: 'p0', offset: 0, doc: 0, first: 1, stride, count: 3 }],
};
const themes: ThemeTable = [[1, 2, 1]];

/** Pagefind over the one record: a term's results are the positions of the words it begins, as Pagefind matches every term by prefix. */
const pagefind: PagefindModule = {
  options: async () => undefined,
  init: async () => undefined,
  preload: async () => undefined,
  async search(term) {
    const words = recordContent(normals, stride)
      .split(' ')
      .flatMap((word, at) => (word.startsWith(term) ? [at] : []));
    return { results: words.length > 0 ? [{ id: 'p0', words }] : [] };
  },
};

function backend(loadThemes: (t: RecordTable) => Promise<ThemeTable>) {
  const loads: string[] = [];
  const made = createPagefindBackend(
    pagefind,
    async () => table,
    loadThemes,
    docs,
    async (file) => {
      loads.push(file);
      return texts;
    },
  );
  return { backend: made, loads };
}

describe('createPagefindBackend', () => {
  it('finds every sentence holding the query without the theme table, and shows hits with their texts and themes', async () => {
    let themeLoads = 0;
    const { backend: search, loads } = backend(async () => {
      themeLoads++;
      return themes;
    });
    const hits = await search.find(parseQuery('营商环境', NO_CONVERSION));
    expect(hits.map((h) => h.id).sort()).toEqual(['s0001', 's0003']);
    expect(hits.every((h) => h.values.theme.length === 0)).toBe(true);
    const shown = await search.show(hits);
    expect(shown.map((h) => [h.id, h.text, h.section, h.values.theme])).toEqual(
      hits.map((h) => [
        h.id,
        ...(h.id === 's0001' ? ['优化营商环境。', '一、营商环境'] : ['营商环境好。', null]),
        ['business'],
      ]),
    );
    expect(themeLoads).toBe(0);
    expect(new Set(loads)).toEqual(new Set(['0-0.json.gz']));
  });

  it('themed(hits) gives the hits their themes, reading the theme table once', async () => {
    let themeLoads = 0;
    const { backend: search } = backend(async () => {
      themeLoads++;
      return themes;
    });
    const hits = await search.find(parseQuery('商', NO_CONVERSION));
    const themed = await search.themed(hits);
    expect(Object.fromEntries(themed.map((h) => [h.id, h.values.theme]))).toEqual({
      s0001: ['business'],
      s0002: ['investment'],
      s0003: ['business'],
    });
    await search.themed(hits);
    expect(themeLoads).toBe(1);
    expect((await search.show(themed)).map((h) => h.text)).toHaveLength(3);
  });

  it('browse(selection) filters and counts by theme', async () => {
    const { backend: search } = backend(async () => themes);
    const page = await search.browse({ ...emptySelection(), theme: ['investment'] }, 'relevance', 0, 10);
    expect(page.total).toBe(1);
    expect(page.hits.map((h) => h.id)).toEqual(['s0002']);
    expect(page.counts.theme.get('business')).toBe(2);
  });

  it('asks for the theme table again after a failed fetch', async () => {
    let attempts = 0;
    const { backend: search } = backend(async () => {
      if (++attempts === 1) throw new Error('search/themes.json: HTTP 503');
      return themes;
    });
    const hits = await search.find(parseQuery('营商环境', NO_CONVERSION));
    await expect(search.themed(hits)).rejects.toThrow(/503/);
    expect((await search.themed(hits)).map((h) => h.values.theme)).toEqual([['business'], ['business']]);
    expect(attempts).toBe(2);
  });
});

describe('createPagefindBackend over a page of several records', () => {
  it('names each position’s record by the offsets of the records sharing its page, and its sentence by that record’s stride', async () => {
    // Two documents' records on one page: the second starts where the first's count × stride ends.
    const two = [
      ...docs,
      { id: 'b', park: '乙园区', parkId: null, level: 'unknown', province: null, year: 2021, type: 'work-points' },
    ];
    const second = ['营商', '持续优化营商环境。'].map((text) => normalize(text, NO_CONVERSION));
    const secondStride = strideFor(second);
    const content = `${recordContent(normals, stride)} ${recordContent(second, secondStride)}`.split(' ');
    const shared: PagefindModule = {
      ...pagefind,
      async search(term) {
        const words = content.flatMap((word, at) => (word.startsWith(term) ? [at] : []));
        return { results: words.length > 0 ? [{ id: 'p0', words }] : [] };
      },
    };
    const pageTable: RecordTable = {
      sets: table.sets,
      records: [
        table.records[0]!,
        { page: 'p0', offset: 3 * stride, doc: 1, first: 4, stride: secondStride, count: 2 },
      ],
    };
    const search = createPagefindBackend(
      shared,
      async () => pageTable,
      async () => [...themes, [0, 1]],
      two,
      async () => texts,
    );
    const hits = await search.find(parseQuery('营商环境', NO_CONVERSION));
    expect(hits.map((h) => `${h.doc}/${h.id}`).sort()).toEqual(['a/s0001', 'a/s0003', 'b/s0005']);
  });
});

describe('createPagefindBackend(…).preload', () => {
  it('asks Pagefind to preload each term a find of the query would look up, once each, and swallows a failure', async () => {
    const asked: string[] = [];
    const failing: PagefindModule = {
      ...pagefind,
      preload: async (term) => {
        asked.push(term);
        throw new Error('offline');
      },
    };
    const searched: string[] = [];
    const counting: PagefindModule = {
      ...pagefind,
      search: (term) => (searched.push(term), pagefind.search(term)),
    };
    const query = parseQuery('营商环境 营商', NO_CONVERSION);
    createPagefindBackend(
      failing,
      async () => table,
      async () => themes,
      docs,
      async () => texts,
    ).preload(query);
    await createPagefindBackend(
      counting,
      async () => table,
      async () => themes,
      docs,
      async () => texts,
    ).find(query);
    expect(asked.length).toBeGreaterThan(0);
    expect(new Set(asked).size).toBe(asked.length);
    expect(new Set(asked)).toEqual(new Set(searched));
    // The rejected preloads were caught: nothing is left unhandled when the test ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it('tells the hits of two records and of sentences far into a record apart, and refuses a record no table could hold', async () => {
    const long = 5000;
    const wide: RecordTable = {
      sets: [[]],
      records: [
        { page: 'p0', offset: 0, doc: 0, first: 1, stride: 10, count: long },
        { page: 'p0', offset: long * 10, doc: 0, first: long + 1, stride: 10, count: 2 },
      ],
    };
    const at = (positions: number[]): PagefindModule => ({
      ...pagefind,
      search: async () => ({ results: [{ id: 'p0', words: positions }] }),
    });
    const find = (positions: number[], records: RecordTable) =>
      createPagefindBackend(
        at(positions),
        async () => records,
        async () => [],
        docs,
        async () => [],
      ).find(parseQuery('营', NO_CONVERSION));
    const hits = await find([0, 10 * (long - 1), 10 * long + 10], wide);
    expect(hits.map((h) => h.id)).toEqual(['s0001', `s${long}`, `s${long + 2}`]);
    const huge: RecordTable = {
      sets: [[]],
      records: [{ page: 'p0', offset: 0, doc: 0, first: 1, stride: 1, count: 2 ** 21 }],
    };
    await expect(find([2 ** 20 + 1], huge)).rejects.toThrow(/record 0 has more than 1048576 sentences/);
  });
});

import { describe, expect, it } from 'vitest';
import { buildT2sMap } from '../../shared/search/t2s-map.ts';
import { getDocuments, getPassages } from '../corpus.ts';
import { createArrayBackend } from './array-backend.ts';
import type { FallbackPassage } from './backend.ts';
import { emptySelection, facetValues, passes } from './facets.ts';
import { parseQuery } from './query.ts';

const t2s = buildT2sMap();
const docs = getDocuments();
const order = new Map(docs.map((d, i) => [d.id, i]));
const passages = getPassages();
const rows: FallbackPassage[] = [...passages]
  .sort((a, b) => order.get(a.doc)! - order.get(b.doc)!)
  .map((p) => [p.doc, p.id, p.section ?? '', p.text, p.themes.join(' ')]);
const sections = Object.fromEntries(
  docs.map((d) => [d.id, Object.fromEntries(d.outline.map((s) => [s.id, `${s.label}${s.title}`]))]),
);
const backend = createArrayBackend(rows, docs, t2s, sections);

describe('createArrayBackend', () => {
  it('find(query) returns exactly the sentences containing the query', async () => {
    for (const q of ['营商环境', '链', '业园区', '營商環境']) {
      const found = (await backend.find(parseQuery(q, t2s))).map((h) => `${h.doc}/${h.id}`).sort();
      const simplified = q === '營商環境' ? '营商环境' : q;
      const expected = passages
        .filter((p) => p.text.includes(simplified))
        .map((p) => `${p.doc}/${p.id}`)
        .sort();
      expect(found, q).toEqual(expected);
    }
  });

  it('find(query) gives the hits their themes at once, so themed(hits) gives them back as they are', async () => {
    const hits = await backend.find(parseQuery('营商环境', t2s));
    const byKey = new Map(passages.map((p) => [`${p.doc}/${p.id}`, p.themes]));
    for (const hit of hits) expect(hit.values.theme).toEqual(byKey.get(`${hit.doc}/${hit.id}`));
    expect(await backend.themed(hits)).toEqual(hits);
  });

  it('browse(selection, sort) pages through the sentences passing the filters, with counts under the other filters', async () => {
    const selection = { ...emptySelection(), theme: ['investment'] };
    const page = await backend.browse(selection, 'relevance', 0, 10);
    const byDoc = new Map(docs.map((d) => [d.id, d]));
    const passing = passages.filter((p) => passes(facetValues(p.themes, byDoc.get(p.doc)!), selection));
    expect(page.total).toBe(passing.length);
    expect(page.hits).toHaveLength(Math.min(10, passing.length));
    expect(page.counts.theme.get('talent')).toBe(passages.filter((p) => p.themes.includes('talent')).length);
    expect(page.counts.park.get(page.hits[0]!.values.park[0]!)).toBeGreaterThan(0);
  });

  it('show(hits) gives each hit the heading of its section, or null', async () => {
    const shown = await backend.show((await backend.browse(emptySelection(), 'relevance', 0, passages.length)).hits);
    const byKey = new Map(passages.map((p) => [`${p.doc}/${p.id}`, p]));
    for (const hit of shown) {
      const p = byKey.get(`${hit.doc}/${hit.id}`)!;
      expect(hit.section).toBe(p.section === null ? null : sections[p.doc]![p.section]!);
    }
    expect(shown.some((h) => h.section !== null)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import {
  countFacets,
  emptySelection,
  facetValues,
  FACETS,
  passes,
  UNKNOWN,
  type FacetCounts,
  type FacetValues,
  type Selection,
} from './facets.ts';

const docA = {
  park: '长沙经开区',
  parkId: 'changsha-etdz',
  level: 'national-etdz',
  province: '湖南',
  year: 2020,
  type: 'work-points',
};
const docB = { park: null, parkId: null, level: 'unknown', province: null, year: null, type: 'speech' };

describe('facets', () => {
  it('facetValues(themes, doc) takes themes from the sentence and the rest from its document, "unknown" where unstated', () => {
    expect(facetValues(['investment'], docA)).toEqual({
      theme: ['investment'],
      park: ['changsha-etdz'],
      level: ['national-etdz'],
      province: ['湖南'],
      year: ['2020'],
      type: ['work-points'],
    });
    expect(facetValues([], docB)).toMatchObject({ park: [UNKNOWN], province: [UNKNOWN], year: [UNKNOWN] });
  });

  it('passes(values, selection) ORs values within a filter and ANDs filters', () => {
    const values = facetValues(['investment', 'talent'], docA);
    expect(passes(values, { ...emptySelection(), theme: ['talent', 'green'] })).toBe(true);
    expect(passes(values, { ...emptySelection(), theme: ['talent'], year: ['2021'] })).toBe(false);
    expect(passes(values, { ...emptySelection(), theme: ['talent'], year: ['2021', '2020'] })).toBe(true);
  });

  it('countFacets(items, selection) counts each filter under the other filters only', () => {
    const items: FacetValues[] = [
      facetValues(['investment'], docA),
      facetValues(['investment', 'talent'], docA),
      facetValues(['talent'], docB),
    ];
    const counts = countFacets(items, { ...emptySelection(), theme: ['investment'], type: ['speech'] });
    // Themes counted among speech sentences; types counted among investment sentences.
    expect(Object.fromEntries(counts.theme)).toEqual({ talent: 1 });
    expect(Object.fromEntries(counts.type)).toEqual({ 'work-points': 2 });
    // Other filters count the items passing both.
    expect(counts.year.size).toBe(0);
  });

  it('countFacets(items, selection) equals counting each filter among the items passing all the others', () => {
    // The definition, item by item and filter by filter, against the counting of countFacets.
    const reference = (items: FacetValues[], selection: Selection): FacetCounts => {
      const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as FacetCounts;
      for (const values of items) {
        for (const facet of FACETS) {
          if (!passes(values, selection, facet)) continue;
          for (const value of new Set(values[facet])) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
        }
      }
      return counts;
    };
    const themes = [[], ['investment'], ['investment', 'talent'], ['talent', 'green', 'talent']];
    const items = [docA, docB].flatMap((doc) => themes.map((t) => facetValues(t, doc)));
    const selections: Selection[] = [
      emptySelection(),
      { ...emptySelection(), theme: ['talent'] },
      { ...emptySelection(), theme: ['talent'], year: ['2020'] },
      { ...emptySelection(), theme: ['green'], year: ['2021'], type: ['speech', 'work-points'] },
      { ...emptySelection(), park: [UNKNOWN], province: ['湖南'] },
    ];
    for (const selection of selections)
      expect(countFacets(items, selection), JSON.stringify(selection)).toEqual(reference(items, selection));
  });
});

import { describe, expect, it } from 'vitest';
import type { SearchConfigFile, SearchDocument } from './config.ts';
import {
  completeConfig,
  completeDocument,
  derivedFacts,
  labelMaps,
  shipDocument,
  type FacetLabels,
} from './doc-facts.ts';

const facets: FacetLabels = {
  theme: [],
  park: [
    { value: 'changsha-etdz', label: 'Changsha ETDZ', native: '长沙经开区' },
    { value: 'unknown', label: 'none' },
  ],
  level: [{ value: 'national', label: 'national' }],
  province: [{ value: '湖南', label: 'Hunan', native: '湖南' }],
  year: [
    { value: '2023', label: '2023' },
    { value: 'unknown', label: 'none' },
  ],
  type: [{ value: 'plan', label: 'work plan' }],
};
const labels = labelMaps(facets);
const doc: SearchDocument = {
  id: 'changsha-2023',
  title: '长沙经开区2023年工作计划',
  park: '长沙经开区',
  parkId: 'changsha-etdz',
  level: 'national',
  province: '湖南',
  year: 2023,
  type: 'plan',
  href: '/base/en/docs/changsha-2023/',
  facts: 'Changsha ETDZ · national · Hunan · 2023 · work plan',
};

describe('document facts', () => {
  it('derivedFacts(doc, labels) joins the labels of the known values in the fact line order', () => {
    expect(derivedFacts(doc, labels)).toBe(doc.facts);
    expect(
      derivedFacts({ ...doc, park: null, parkId: null, year: null, level: 'unknown', type: 'unknown' }, labels),
    ).toBe('Hunan');
    expect(derivedFacts({ ...doc, province: '广东' }, labels)).toBeNull();
  });

  it('shipDocument drops href and facts where they follow, and completeDocument gives them back', () => {
    const shipped = shipDocument(doc, labels, '/base/en/docs/');
    expect(shipped).not.toHaveProperty('href');
    expect(shipped).not.toHaveProperty('facts');
    expect(completeDocument(shipped, labels, '/base/en/docs/')).toEqual(doc);
  });

  it('keeps a field that would not come back the same', () => {
    const odd = { ...doc, href: '/elsewhere/', facts: 'Changsha · 2023' };
    const shipped = shipDocument(odd, labels, '/base/en/docs/');
    expect(shipped.href).toBe('/elsewhere/');
    expect(shipped.facts).toBe('Changsha · 2023');
    expect(completeDocument(shipped, labels, '/base/en/docs/')).toEqual(odd);
  });

  it('completeConfig(file) completes every document', () => {
    const file = { docsPath: '/base/en/docs/', facets, docs: [shipDocument(doc, labels, '/base/en/docs/')] };
    expect(completeConfig(file as unknown as SearchConfigFile).docs).toEqual([doc]);
  });
});

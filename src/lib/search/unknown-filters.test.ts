import { describe, expect, it } from 'vitest';
import { emptySelection } from './facets.ts';
import { unknownFilterValues } from './unknown-filters.ts';

describe('unknownFilterValues(filters, offered)', () => {
  const offered = {
    theme: [{ value: 'investment' }],
    park: [{ value: 'changsha-etdz' }],
    level: [],
    province: [],
    year: [{ value: '2020' }],
    type: [],
  };

  it('unknownFilterValues() names each chosen value the site does not offer', () => {
    const filters = { ...emptySelection(), theme: ['investment', 'no-such-theme'], year: ['1999'] };
    expect(unknownFilterValues(filters, offered)).toEqual(['theme=no-such-theme', 'year=1999']);
  });

  it('unknownFilterValues() is empty when every value is offered', () => {
    expect(
      unknownFilterValues({ ...emptySelection(), theme: ['investment'], park: ['changsha-etdz'] }, offered),
    ).toEqual([]);
  });
});

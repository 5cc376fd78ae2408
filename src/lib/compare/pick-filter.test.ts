import { describe, expect, it } from 'vitest';
import { facetValues, foldPickText, pickMatches, pickText, type PickEntry } from './pick-filter.ts';

const changsha: PickEntry = {
  text: pickText([
    '长沙经济技术开发区',
    'Changsha Economic and Technological Development Zone',
    '湖南',
    'Hunan',
    '长沙',
    '2023',
    '工作要点',
    'Work points',
    null,
  ]),
  province: '湖南',
  year: '2023',
  type: 'work-points',
  level: 'national-etdz',
};
const chengdu: PickEntry = {
  text: pickText(['成都高新区', 'Chengdu Hi-tech Zone', '四川', 'Sichuan', '2021']),
  province: '四川',
  year: '2021',
  type: 'speech',
  level: 'national-hitech',
};

describe('pickMatches', () => {
  it('pickMatches(entry, query) finds a document by any part of its park name, province, year or type', () => {
    for (const query of ['长沙', '经济技术', '湖南', '2023', '工作要点', 'changsha', 'HUNAN', 'work points'])
      expect(pickMatches(changsha, query), query).toBe(true);
    expect(pickMatches(changsha, '成都')).toBe(false);
  });

  it('pickMatches(entry, query) needs every word of the query, in any order', () => {
    expect(pickMatches(changsha, '2023 湖南')).toBe(true);
    expect(pickMatches(changsha, '2021 湖南')).toBe(false);
  });

  it('pickMatches(entry, "") lets every document through, and facets narrow by exact value', () => {
    expect(pickMatches(changsha, '  ')).toBe(true);
    expect(pickMatches(changsha, '', { province: '湖南', year: '' })).toBe(true);
    expect(pickMatches(changsha, '', { province: '四川' })).toBe(false);
    expect(pickMatches(chengdu, 'chengdu', { type: 'speech', level: 'national-hitech' })).toBe(true);
    expect(pickMatches(chengdu, 'chengdu', { year: '2023' })).toBe(false);
  });
});

describe('foldPickText', () => {
  it('foldPickText(text) folds full-width forms, case, tone marks and spaces', () => {
    expect(foldPickText('Ｈúnán  ２０２３')).toBe('hunan2023');
  });
});

describe('facetValues', () => {
  it('facetValues(entries, facet) counts each value, most common first, years newest first, blanks left out', () => {
    const blank = { ...chengdu, province: '', year: '' };
    expect(facetValues([changsha, chengdu, { ...changsha }, blank], 'province')).toEqual([
      { value: '湖南', count: 2 },
      { value: '四川', count: 1 },
    ]);
    expect(facetValues([chengdu, changsha, blank], 'year').map((v) => v.value)).toEqual(['2023', '2021']);
  });
});

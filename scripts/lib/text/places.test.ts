import { describe, expect, it } from 'vitest';
import { DIVISIONS, PROVINCE_NAMES } from '../../../src/lib/divisions.ts';
import { placeAt, provinceAndCityMentions } from './places.ts';

describe('administrative divisions', () => {
  it('DIVISIONS holds 34 provincial units and short names as running text writes them', () => {
    expect(PROVINCE_NAMES).toHaveLength(34);
    expect(PROVINCE_NAMES).toContain('内蒙古');
    const short = new Map(DIVISIONS.map((d) => [d.full, d.short]));
    expect([
      short.get('哈尔滨市'),
      short.get('延边朝鲜族自治州'),
      short.get('巴音郭楞蒙古自治州'),
      short.get('广西壮族自治区'),
    ]).toEqual(['哈尔滨', '延边', '巴音郭楞', '广西']);
  });

  it('DIVISIONS leaves out parks the data lists as county-level units', () => {
    expect(DIVISIONS.some((d) => d.full === '通辽经济技术开发区')).toBe(false);
  });

  it('placeAt() finds the longest place name at a position, ending where asked', () => {
    expect(placeAt('乌鲁木齐经济技术开发区', 0)?.name).toBe('乌鲁木齐');
    expect(placeAt('兰州新区', 0, 2)?.name).toBe('兰州');
    expect(placeAt('家级经开区', 0)).toBeNull();
  });

  it('provinceAndCityMentions() maps cities to their province and skips district names', () => {
    const found = provinceAndCityMentions('哈尔滨新区与朝阳区合作');
    expect(found.map((m) => [m.name, m.divisions[0]!.province])).toEqual([['哈尔滨', '黑龙江']]);
  });
});

import { describe, expect, it } from 'vitest';
import { pinyinWord, romanizePark, romanizePlace } from './romanize.ts';

describe('romanize', () => {
  it('pinyinWord() joins syllables, reads polyphones in place names, and marks a syllable break before a vowel', () => {
    expect(pinyinWord('长沙')).toBe('Changsha');
    expect(pinyinWord('重庆')).toBe('Chongqing');
    expect(pinyinWord('西安')).toBe("Xi'an");
  });

  it('romanizePlace() splits a name at the division names it starts with and drops the administrative suffix', () => {
    expect(romanizePlace('湖南湘江')).toBe('Hunan Xiangjiang');
    expect(romanizePlace('湖南省')).toBe('Hunan');
    expect(romanizePlace('乌鲁木齐市')).toBe('Wulumuqi');
  });

  it('romanizePark() translates the park type and keeps an anonymized x', () => {
    expect(romanizePark('长沙经济技术开发区')).toBe('Changsha ETDZ');
    expect(romanizePark('湖南湘江新区')).toBe('Hunan Xiangjiang New Area');
    expect(romanizePark('哈尔滨新区')).toBe("Ha'erbin New Area");
    expect(romanizePark('x高新区')).toBe('x High-tech Zone');
    expect(romanizePark('高新区')).toBe('High-tech Zone');
    expect(romanizePark('泉州台商投资区')).toBe('Quanzhou Taiwanese Investment Zone');
    expect(romanizePark('中关村国家自主创新示范区')).toBe('Zhongguancun National Innovation Demonstration Zone');
    expect(romanizePark('杨凌农业高新技术产业示范区')).toBe('Yangling Agricultural High-tech Demonstration Zone');
    expect(romanizePark('苏州工业园')).toBe('Suzhou Industrial Park');
    expect(romanizePark('上海化学工业区')).toBe('Shanghai Chemical Industry Park');
  });
});

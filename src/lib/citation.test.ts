import { expect, it } from 'vitest';
import { bibtex, gbt7714 } from './citation.ts';

const dataset = { author: '园区工作计划比较项目组', title: '园区工作计划比较数据集', version: '1.0.0', year: 2025, url: 'https://example.org/data/' };

it('gbt7714(dataset) writes a [DS/OL] entry with version, year, citation date and address', () => {
  expect(gbt7714(dataset)).toBe('园区工作计划比较项目组. 园区工作计划比较数据集[DS/OL]. 版本 1.0.0. 2025[引用日期]. https://example.org/data/.');
});

it('gbt7714(dataset) leaves the address out when the site has none', () => {
  expect(gbt7714({ ...dataset, url: undefined })).toBe('园区工作计划比较项目组. 园区工作计划比较数据集[DS/OL]. 版本 1.0.0. 2025[引用日期].');
});

it('bibtex(dataset, key) writes a @misc entry with the title and author braced', () => {
  expect(bibtex(dataset, 'parkplans2025')).toBe(
    '@misc{parkplans2025,\n  author = {{园区工作计划比较项目组}},\n  title = {{园区工作计划比较数据集}},\n  year = {2025},\n  version = {1.0.0},\n  howpublished = {\\url{https://example.org/data/}},\n  note = {Dataset, version 1.0.0},\n}',
  );
});

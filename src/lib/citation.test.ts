import { expect, it } from 'vitest';
import {
  bibtex,
  documentBibtex,
  documentGbt7714,
  gbt7714,
  pageBibtex,
  pageGbt7714,
  sentenceCitation,
} from './citation.ts';

const dataset = {
  authors: ['园区工作计划比较项目组'],
  title: '园区工作计划比较数据集',
  version: '1.0.0',
  year: 2025,
  url: 'https://example.org/data/',
};

it('gbt7714(dataset) writes a [DS/OL] entry with version, year, citation date and address', () => {
  expect(gbt7714(dataset)).toBe(
    '园区工作计划比较项目组. 园区工作计划比较数据集[DS/OL]. 版本 1.0.0. 2025[引用日期]. https://example.org/data/.',
  );
});

it('gbt7714(dataset) leaves the address out when the site has none', () => {
  expect(gbt7714({ ...dataset, url: undefined })).toBe(
    '园区工作计划比较项目组. 园区工作计划比较数据集[DS/OL]. 版本 1.0.0. 2025[引用日期].',
  );
});

it('bibtex(dataset, key) writes a @misc entry with the title and author braced', () => {
  expect(bibtex(dataset, 'parkplans2025')).toBe(
    '@misc{parkplans2025,\n  author = {{园区工作计划比较项目组}},\n  title = {{园区工作计划比较数据集}},\n  year = {2025},\n  version = {1.0.0},\n  howpublished = {\\url{https://example.org/data/}},\n  url = {https://example.org/data/},\n  note = {Dataset, version 1.0.0},\n}',
  );
});

it('gbt7714(dataset) names three authors then 等, and ends with the DOI when there is one', () => {
  expect(gbt7714({ ...dataset, authors: ['甲', '乙', '丙', '丁'], doi: '10.5281/zenodo.1234567' })).toBe(
    '甲, 乙, 丙, 等. 园区工作计划比较数据集[DS/OL]. 版本 1.0.0. 2025[引用日期]. https://example.org/data/. DOI:10.5281/zenodo.1234567.',
  );
});

it('bibtex(dataset, key) joins authors with "and", each braced, and gives the DOI', () => {
  const entry = bibtex({ ...dataset, authors: ['Li Ming', 'Wang Fang'], doi: '10.5281/zenodo.1234567' }, 'k');
  expect(entry).toContain('  author = {{Li Ming} and {Wang Fang}},\n');
  expect(entry).toContain('  doi = {10.5281/zenodo.1234567},\n');
});

const versioned = { ...dataset, corpusVersion: '6c2c0626ccf2e498', codebookVersion: '1.1.1', accessed: '2026-12-04' };

it('gbt7714(dataset) names the corpus and codebook versions and the access date', () => {
  expect(gbt7714(versioned)).toBe(
    '园区工作计划比较项目组. 园区工作计划比较数据集[DS/OL]. 版本 1.0.0, 语料 6c2c0626ccf2e498, 编码表 1.1.1. 2025[2026-12-04]. https://example.org/data/.',
  );
  expect(gbt7714({ ...versioned, lang: 'en' })).toContain(
    '[DS/OL]. version 1.0.0, corpus 6c2c0626ccf2e498, codebook 1.1.1. 2025[2026-12-04]',
  );
});

it('bibtex(dataset, key) gives the versions in the note and the access date as urldate', () => {
  const entry = bibtex(versioned, 'k');
  expect(entry).toContain('  note = {Dataset, version 1.0.0, corpus 6c2c0626ccf2e498, codebook 1.1.1},\n');
  expect(entry).toContain('  urldate = {2026-12-04},\n');
  expect(entry).toContain('  url = {https://example.org/data/},\n');
});

const doc = {
  author: '长沙经开区管委会',
  title: '2021年工作要点',
  park: '长沙经开区',
  year: 2021,
  date: '2021-02-03',
  url: 'https://example.org/docs/a/',
  accessed: '2025-11-24',
};

it('documentGbt7714(doc) writes an [EB/OL] entry with publication date, access date and permalink', () => {
  expect(documentGbt7714(doc)).toBe(
    '长沙经开区管委会. 2021年工作要点[EB/OL]. (2021-02-03)[2025-11-24]. https://example.org/docs/a/.',
  );
});

it('documentGbt7714(doc) falls back to the year, and starts with the title when the author is unknown', () => {
  expect(documentGbt7714({ ...doc, author: null, date: null })).toBe(
    '2021年工作要点[EB/OL]. (2021)[2025-11-24]. https://example.org/docs/a/.',
  );
  expect(documentGbt7714({ ...doc, date: null, year: null })).toBe(
    '长沙经开区管委会. 2021年工作要点[EB/OL]. [2025-11-24]. https://example.org/docs/a/.',
  );
});

it('documentGbt7714 and documentBibtex name the codebook version the page’s tags follow, when given', () => {
  expect(documentGbt7714({ ...doc, codebookVersion: '2.3.0' })).toBe(
    '长沙经开区管委会. 2021年工作要点[EB/OL]. 编码表 2.3.0. (2021-02-03)[2025-11-24]. https://example.org/docs/a/.',
  );
  expect(documentGbt7714({ ...doc, codebookVersion: '2.3.0', lang: 'en' })).toContain(
    '[EB/OL]. codebook 2.3.0. (2021-02-03)',
  );
  expect(documentBibtex({ ...doc, codebookVersion: '2.3.0' }, 'k')).toContain('  note = {长沙经开区; codebook 2.3.0},');
  expect(documentBibtex({ ...doc, park: null, codebookVersion: '2.3.0' }, 'k')).toContain('  note = {codebook 2.3.0},');
});

it('documentBibtex(doc, key) writes a @misc entry with urldate, leaving out unknown fields and escaping TeX specials', () => {
  expect(documentBibtex({ ...doc, title: '50%目标 & A_B', park: null }, 'ppc-a')).toBe(
    '@misc{ppc-a,\n  author = {{长沙经开区管委会}},\n  title = {{50\\%目标 \\& A\\_B}},\n  year = {2021},\n  date = {2021-02-03},\n' +
      '  howpublished = {\\url{https://example.org/docs/a/}},\n  url = {https://example.org/docs/a/},\n  urldate = {2025-11-24},\n}',
  );
});

it('sentenceCitation(doc, id) names title, park, year and sentence, and links to the sentence', () => {
  expect(sentenceCitation(doc, 's0012')).toBe(
    '《2021年工作要点》, 长沙经开区, 2021, §s0012, https://example.org/docs/a/#s0012',
  );
  expect(sentenceCitation({ ...doc, park: null, year: null }, 's0001')).toBe(
    '《2021年工作要点》, §s0001, https://example.org/docs/a/#s0001',
  );
});

const view = {
  authors: ['园区工作计划比较项目组'],
  title: '文件 × 主题矩阵',
  site: '园区工作计划比较',
  year: 2026,
  corpusVersion: '6c2c0626ccf2e498',
  codebookVersion: '1.1.1',
  url: 'https://example.org/matrix/?sort=investment',
  accessed: '2026-12-04',
  lang: 'zh' as const,
};

it('pageGbt7714(page) names the versions, the access date and the address with its state', () => {
  expect(pageGbt7714(view)).toBe(
    '园区工作计划比较项目组. 园区工作计划比较: 文件 × 主题矩阵[EB/OL]. 语料 6c2c0626ccf2e498, 编码表 1.1.1. (2026)[2026-12-04]. https://example.org/matrix/?sort=investment.',
  );
  expect(pageGbt7714({ ...view, lang: 'en', title: 'Theme matrix' })).toContain(
    ': Theme matrix[EB/OL]. corpus 6c2c0626ccf2e498, codebook 1.1.1. (2026)[2026-12-04]',
  );
});

it('pageBibtex(page, key) writes url, urldate and the versions, with TeX specials escaped', () => {
  const entry = pageBibtex({ ...view, title: '50% & more' }, 'ppc-matrix');
  expect(entry).toContain('@misc{ppc-matrix,\n');
  expect(entry).toContain('  title = {{50\\% \\& more}},\n');
  expect(entry).toContain('  url = {https://example.org/matrix/?sort=investment},\n');
  expect(entry).toContain('  urldate = {2026-12-04},\n');
  expect(entry).toContain('  note = {corpus 6c2c0626ccf2e498, codebook 1.1.1},\n');
});

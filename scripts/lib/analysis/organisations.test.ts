import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OrganisationsFile } from '../../../src/schemas/analysis.ts';
import { OrganisationDictionary } from '../../../src/schemas/lexicons.ts';
import { seedCorpus } from '../../../tests/support/seed-corpus.ts';
import { readYaml } from '../load-inputs.ts';
import { readLexicons } from './lexicons.ts';
import { collectOrganisations, organisationMentions } from './organisations.ts';
import type { SegmentedPassage } from './segmented.ts';

const findOrganisations = (passages: SegmentedPassage[], d: OrganisationDictionary) =>
  collectOrganisations(organisationMentions(passages, d));
const FIXTURE = new URL('../../../tests/fixtures/organisations/', import.meta.url);
const { segmenter, segmented, idOf } = seedCorpus();
const dictionary = readYaml(fileURLToPath(new URL('dictionary.yaml', FIXTURE)), OrganisationDictionary);
const passagesOf = (lines: string[]) =>
  lines.map((text, i) => ({
    doc: 'fixture',
    id: `s${String(i + 1).padStart(4, '0')}`,
    text,
    themes: [],
    section: null,
    words: segmenter.cut(text),
  }));
const names = (text: string) => findOrganisations(passagesOf([text]), dictionary).organisations.map((o) => o.name);

describe('collectOrganisations(organisationMentions(passages, dictionary))', () => {
  it('findOrganisations() reads tests/fixtures/organisations/input.txt as expected.json says', () => {
    const lines = readFileSync(new URL('input.txt', FIXTURE), 'utf8')
      .split('\n')
      .filter((l) => l !== '');
    expect(findOrganisations(passagesOf(lines), dictionary)).toEqual(
      JSON.parse(readFileSync(new URL('expected.json', FIXTURE), 'utf8')),
    );
  });

  it('findOrganisations() reports an alias under its dictionary name and never also by its suffix', () => {
    const [org] = findOrganisations(passagesOf(['与华为公司合作。']), dictionary).organisations;
    expect(org).toMatchObject({ name: '华为', source: 'dictionary', mentions: [{ text: '华为公司' }] });
  });

  it('findOrganisations() does not read a generic body as an organisation: 金融服务中心, 证券公司, 企业技术中心', () => {
    expect(names('整合金融服务中心、证券公司等资源，建立企业技术中心。')).toEqual([]);
  });

  it('findOrganisations() needs a two-character name on a word boundary: 格力 is not in 严格力度', () => {
    expect(names('严格力度。')).toEqual([]);
    expect(names('支持格力等企业。')).toEqual(['格力']);
  });
});

describe('findOrganisations() with the project’s dictionary (content/organisations.yaml)', () => {
  const named = (text: string) =>
    findOrganisations(passagesOf([text]), readLexicons().organisations).organisations.map((o) => o.name);

  it('findOrganisations() reads a company’s name over 建 and 发展, but a 中心 after 建设 without it', () => {
    expect(named('厦门建发股份有限公司和赫山发展集团签约。')).toEqual(['厦门建发股份有限公司', '赫山发展集团']);
    expect(named('推进建设朝阳保税物流中心。')).toEqual(['朝阳保税物流中心']);
  });

  it('findOrganisations() reads neither a bare legal form nor a goal as an organisation', () => {
    expect(named('设立有限公司，建设国际科技创新中心，年内新增省部级重点实验室。')).toEqual([]);
  });
});

describe('findOrganisations() on the seeds', () => {
  const file = OrganisationsFile.parse(findOrganisations(segmented, readLexicons().organisations));
  const get = (name: string) => file.organisations.find((o) => o.name === name);

  it('findOrganisations() finds 三一 in three documents and 华为 in two', () => {
    expect(get('三一')?.documents).toHaveLength(3);
    expect(get('华为')?.documents).toEqual([idOf('000_94a5f7ca8d79472c.txt'), idOf('003_9d3a68c62c194251.txt')]);
  });

  it('findOrganisations() finds the universities the county zone works with by their suffix', () => {
    const universities = file.organisations.filter(
      (o) => o.type === 'university' && o.source === 'suffix' && o.documents.includes(idOf('004_c7b791516a8e0ca5.txt')),
    );
    expect(universities.map((o) => o.name).sort()).toEqual(
      ['仰恩大学', '华侨大学', '泉州信息工程学院', '泉州师范学院', '泉州经贸学院', '黎明大学'].sort(),
    );
  });

  it('findOrganisations() leaves the generic 中心 of the seeds out', () => {
    const all = file.organisations.map((o) => o.name);
    for (const generic of [
      '企业技术中心',
      '研发中心',
      '金融服务中心',
      '高新区服务中心',
      '邻里中心',
      '国家制造业创新中心',
      '证券公司',
    ])
      expect(all).not.toContain(generic);
  });
});

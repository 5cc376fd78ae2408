import { describe, expect, it } from 'vitest';
import { IndustryCodebook, OrganisationDictionary } from '../../../src/schemas/lexicons.ts';
import { readLexicons } from './lexicons.ts';

describe('readLexicons()', () => {
  it('readLexicons() reads content/industries.yaml and content/organisations.yaml against their schemas', () => {
    const { industries, organisations } = readLexicons();
    expect(industries.industries.length).toBeGreaterThanOrEqual(25);
    expect(organisations.organisations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['华为', '三一', '中联重科', '中南大学', '国防科大']),
    );
  });
});

describe('IndustryCodebook and OrganisationDictionary', () => {
  const industry = { id: 'a', zh: '甲', en: 'A', terms: ['光伏'] };

  it('IndustryCodebook.parse() rejects a term that two industries claim', () => {
    const result = IndustryCodebook.safeParse({ version: '1.0.0', industries: [industry, { ...industry, id: 'b' }] });
    expect(result.error?.issues.map((i) => i.message)).toContain('term "光伏" belongs to both a and b');
  });

  it('OrganisationDictionary.parse() rejects a name listed twice, as a name or an alias', () => {
    const result = OrganisationDictionary.safeParse({
      version: '1.0.0',
      generic: ['服务'],
      organisations: [
        { name: '华为', type: 'enterprise' },
        { name: '华为集团', type: 'enterprise', aliases: ['华为'] },
      ],
    });
    expect(result.error?.issues.map((i) => i.message)).toContain('"华为" is listed twice');
  });
});

import { describe, expect, it } from 'vitest';
import { industryMatrix } from './industry-matrix.ts';

const industries = [
  { id: 'biomedicine', zh: '生物医药', en: 'Biomedicine' },
  { id: 'blockchain', zh: '区块链', en: 'Blockchain' },
  { id: 'new-materials', zh: '新材料', en: 'New materials' },
];
const counts = {
  industries: ['biomedicine', 'blockchain', 'new-materials'],
  documents: new Map([
    ['a', [2, 0, 0]],
    ['b', [0, 0, 5]],
  ]),
};

describe('industryMatrix', () => {
  it('industryMatrix(counts, industries, docs, lang) keeps the industries some document names, labelled in lang', () => {
    const m = industryMatrix(
      counts,
      industries,
      [
        { id: 'b', label: 'B 2024' },
        { id: 'a', label: 'A 2023' },
      ],
      'zh',
    );
    expect(m.columns).toEqual([
      { id: 'biomedicine', label: '生物医药' },
      { id: 'new-materials', label: '新材料' },
    ]);
    expect(m.rows).toEqual([
      { id: 'b', label: 'B 2024', values: [0, 5] },
      { id: 'a', label: 'A 2023', values: [2, 0] },
    ]);
    expect(m.unused).toEqual(['区块链']);
  });

  it('industryMatrix() gives a document missing from the counts a row of zeros and an unknown id its id as label', () => {
    const m = industryMatrix(
      { industries: ['x'], documents: new Map([['a', [1]]]) },
      industries,
      [{ id: 'c', label: 'C' }],
      'en',
    );
    expect(m.columns).toEqual([{ id: 'x', label: 'x' }]);
    expect(m.rows).toEqual([{ id: 'c', label: 'C', values: [0] }]);
  });
});

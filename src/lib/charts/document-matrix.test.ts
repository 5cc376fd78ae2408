import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../schemas/document.ts';
import { documentMatrix, documentRowLabel } from './document-matrix.ts';

const doc = {
  id: 'a',
  title: '高新区2023年工作务虚会发言材料',
  park: 'X高新区',
  year: 2023,
  themeShares: { investment: 0.25 } as DocumentRecord['themeShares'],
};

describe('documentRowLabel(doc, typeName, unknownYear)', () => {
  it('documentRowLabel() names park, year and type, so anonymized parks of the same name stay apart', () => {
    expect(documentRowLabel(doc, '务虚会发言', '年份不详')).toBe('X高新区 · 2023 · 务虚会发言');
    expect(documentRowLabel({ ...doc, park: null, year: null }, 'speech', 'year unknown')).toBe(
      '高新区2023年工作务虚会发言材料 · year unknown · speech',
    );
  });
});

describe('documentMatrix(documents, themes, columnLabel, rowLabel)', () => {
  it('documentMatrix() labels rows with rowLabel and fills missing shares with 0', () => {
    const { rows } = documentMatrix(
      [doc],
      [{ id: 'investment' }, { id: 'party' }],
      (t) => t.id,
      (d) => `${d.park}!`,
    );
    expect(rows).toEqual([{ id: 'a', label: 'X高新区!', values: [0.25, 0] }]);
  });
});

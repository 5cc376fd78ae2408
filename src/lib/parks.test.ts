import { describe, expect, it } from 'vitest';
import type { ThemeId } from '../schemas/codebook.ts';
import type { DocumentRecord } from '../schemas/document.ts';
import { coverageGrid, groupParks, yearProfiles, yearSpan } from './parks.ts';

type Doc = Parameters<typeof groupParks>[0][number];
const doc = (id: string, parkId: string | null, year: number | null, extra: Partial<Doc> = {}): Doc => ({
  id,
  title: `标题${id}`,
  park: '甲园区',
  parkId,
  year,
  type: 'work-points',
  level: 'unknown',
  province: null,
  city: null,
  sentenceCount: 10,
  bodySentences: 10,
  themeCounts: {} as DocumentRecord['themeCounts'],
  ...extra,
});

describe('groupParks(documents)', () => {
  it('groupParks() groups by parkId, years ascending with undated documents last, and keeps unlinked ones apart', () => {
    const { parks, unlinked } = groupParks([
      doc('c', 'a', null),
      doc('b', 'a', 2021, { park: '甲园区(新名)', level: 'national-etdz' }),
      doc('a', 'a', 2020, { province: '湖南' }),
      doc('z', null, 2020),
    ]);
    expect(parks.map((p) => [p.id, p.name, p.level, p.province, p.documents.map((d) => d.id)])).toEqual([
      ['a', '甲园区(新名)', 'national-etdz', '湖南', ['a', 'b', 'c']],
    ]);
    expect(unlinked.map((d) => d.id)).toEqual(['z']);
  });

  it('groupParks() names a park without a park name by its latest document’s title', () => {
    expect(groupParks([doc('a', 'p', 2020, { park: null })]).parks[0]!.name).toBe('标题a');
  });
});

describe('yearSpan(documents)', () => {
  it('yearSpan() lists every year from the first to the last, gaps included, and nothing without dates', () => {
    expect(yearSpan([{ year: 2023 }, { year: null }, { year: 2020 }])).toEqual([2020, 2021, 2022, 2023]);
    expect(yearSpan([{ year: null }])).toEqual([]);
  });
});

describe('yearProfiles(documents, themeIds, years)', () => {
  it('yearProfiles() pools a year’s documents by sentences and skips years without documents', () => {
    const counts = (investment: number) => ({ investment }) as Record<ThemeId, number>;
    const profiles = yearProfiles(
      [
        doc('a', 'p', 2020, { sentenceCount: 30, bodySentences: 30, themeCounts: counts(3) }),
        doc('b', 'p', 2020, { sentenceCount: 10, bodySentences: 10, themeCounts: counts(5) }),
        doc('c', 'p', 2022, { sentenceCount: 0, bodySentences: 0 }),
      ],
      ['investment', 'party'],
    );
    expect(profiles).toEqual([
      {
        year: 2020,
        docs: ['a', 'b'],
        sentences: 40,
        counts: { investment: 8, party: 0 },
        shares: { investment: 0.2, party: 0 },
      },
      {
        year: 2022,
        docs: ['c'],
        sentences: 0,
        counts: { investment: 0, party: 0 },
        shares: { investment: 0, party: 0 },
      },
    ]);
  });
});

describe('coverageGrid(documents)', () => {
  it('coverageGrid() gives each park (in pinyin order: 甲 jiǎ before 乙 yǐ) a cell per year of the corpus, empty where it has no document, and an undated column', () => {
    const grid = coverageGrid([
      doc('a', 'p', 2020),
      doc('b', 'p', 2022, { type: 'speech' }),
      doc('c', 'q', null, { park: '乙园区' }),
      doc('d', null, 2021, { park: null }),
    ]);
    expect(grid.years).toEqual([2020, 2021, 2022]);
    expect(grid.hasUndated).toBe(true);
    expect(
      grid.rows.map((r) => [r.parkId, r.label, r.cells.map((c) => c.map((d) => d.id)), r.undated.map((d) => d.id)]),
    ).toEqual([
      ['p', '甲园区', [['a'], [], ['b']], []],
      ['q', '乙园区', [[], [], []], ['c']],
      [null, '标题d', [[], ['d'], []], []],
    ]);
  });
});

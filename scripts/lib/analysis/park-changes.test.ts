import { describe, expect, it } from 'vitest';
import type { ThemeId } from '../../../src/schemas/codebook.ts';
import type { DocumentRecord } from '../../../src/schemas/document.ts';
import { ParkChangesFile } from '../../../src/schemas/park-changes.ts';
import type { Passage } from '../../../src/schemas/passage.ts';
import { CARRY_THRESHOLD, parkChanges } from './park-changes.ts';

/** A document of `parkId` in `year`; only the fields parkChanges reads matter. */
function doc(id: string, parkId: string | null, year: number | null): DocumentRecord {
  return {
    id,
    seed: `${id}.txt`,
    title: id,
    park: null,
    parkId,
    anonymized: false,
    level: 'unknown',
    province: null,
    city: null,
    year,
    date: null,
    source: null,
    type: 'work-points',
    url: null,
    provenance: {},
    encoding: 'utf-8',
    sha256: '0'.repeat(64),
    chars: 0,
    sentenceCount: 0,
    bodySentences: 0,
    removed: [],
    outline: [],
    themeShares: {} as DocumentRecord['themeShares'],
    themeCounts: {} as DocumentRecord['themeCounts'],
  };
}

let counter = 0;
function passage(docId: string, text: string, themes: ThemeId[]): Passage {
  counter += 1;
  return {
    doc: docId,
    id: `s${String(counter).padStart(4, '0')}`,
    section: null,
    text,
    heading: false,
    themes,
    evidence: [],
    instruments: [],
    instrumentEvidence: [],
  } as Passage;
}

const THEMES: ThemeId[] = ['investment', 'green', 'party'];

describe('parkChanges(records, passages, themeIds, codebookVersion)', () => {
  const records = [
    doc('a-2020', 'park-a', 2020),
    doc('a-2021', 'park-a', 2021),
    doc('a-speech-2021', 'park-a', 2021),
    doc('a-undated', 'park-a', null),
    doc('b-2022', 'park-b', 2022),
    doc('loose', null, 2020),
  ];
  const passages = [
    passage('a-2020', '鼓励以商招商、用活中介招商。', ['investment']),
    passage('a-2020', '建立招商引资联席会议制度,整合招商力量。', ['investment']),
    passage('a-2020', '坚决打赢蓝天保卫战。', ['green', 'party']),
    passage('a-2021', '鼓励以商招商、基金招商,用活中介招商。', ['investment']),
    passage('a-2021', '坚决打赢蓝天保卫战。', ['green']),
    passage('a-speech-2021', '制定园区碳达峰行动方案。', ['green']),
    passage('a-undated', '鼓励以商招商、用活中介招商。', ['investment']),
    passage('loose', '坚决打赢蓝天保卫战。', ['green']),
  ];
  const result = parkChanges(records, passages, THEMES, '1.0.0');

  it('parkChanges() groups a park’s dated documents by year and leaves out undated ones and documents without parkId', () => {
    expect(result.parks.map((p) => [p.parkId, p.years])).toEqual([
      [
        'park-a',
        [
          { year: 2020, docs: ['a-2020'] },
          { year: 2021, docs: ['a-2021', 'a-speech-2021'] },
        ],
      ],
      ['park-b', [{ year: 2022, docs: ['b-2022'] }]],
    ]);
    expect(result.parks[1]!.comparisons).toEqual([]);
    expect(ParkChangesFile.parse(result)).toEqual(result);
    expect(result).toMatchObject({
      method: 'char-bigram-dice-greedy',
      threshold: CARRY_THRESHOLD,
      codebookVersion: '1.0.0',
    });
  });

  it('parkChanges() sorts each theme’s sentences into carried, dropped and new, pooling a year’s documents', () => {
    const [comparison] = result.parks[0]!.comparisons;
    expect(comparison!.themes.map((t) => t.theme)).toEqual(['investment', 'green', 'party']);
    const [investment, green, party] = comparison!.themes;
    expect(investment).toEqual({
      theme: 'investment',
      carried: [
        { from: { doc: 'a-2020', sentence: 's0001' }, to: { doc: 'a-2021', sentence: 's0004' }, similarity: 0.846 },
      ],
      dropped: [{ doc: 'a-2020', sentence: 's0002' }],
      new: [],
    });
    expect(green).toEqual({
      theme: 'green',
      carried: [
        { from: { doc: 'a-2020', sentence: 's0003' }, to: { doc: 'a-2021', sentence: 's0005' }, similarity: 1 },
      ],
      dropped: [],
      new: [{ doc: 'a-speech-2021', sentence: 's0006' }],
    });
    // The sentence kept its text but lost the theme: for the party theme it is dropped.
    expect(party).toEqual({ theme: 'party', carried: [], dropped: [{ doc: 'a-2020', sentence: 's0003' }], new: [] });
  });

  it('parkChanges() leaves out themes neither year tagged', () => {
    const themes = parkChanges(records, passages, ['talent', ...THEMES], '1.0.0').parks[0]!.comparisons[0]!.themes;
    expect(themes.map((t) => t.theme)).not.toContain('talent');
  });
});

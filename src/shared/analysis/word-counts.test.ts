import { describe, expect, it } from 'vitest';
import { WordCountsFile } from '../../schemas/analysis.ts';
import { countWords, decodeWordCounts, encodeWordCounts } from './word-counts.ts';

const passages = [
  { doc: 'b', words: ['加强', '招商', '引资', '，', '招商', '206', '家'] },
  { doc: 'a', words: ['人才', '招商'] },
  { doc: 'b', words: ['人才', '。'] },
];

describe('countWords(passages)', () => {
  it('countWords() counts each document’s words, leaving out stop words, numbers and punctuation', () => {
    expect(countWords(passages)).toEqual(
      new Map([
        [
          'b',
          new Map([
            ['招商', 2],
            ['引资', 1],
            ['人才', 1],
          ]),
        ],
        [
          'a',
          new Map([
            ['人才', 1],
            ['招商', 1],
          ]),
        ],
      ]),
    );
  });
});

describe('encodeWordCounts(byDoc) and decodeWordCounts(file)', () => {
  const file = encodeWordCounts(countWords(passages));

  it('encodeWordCounts() lists the vocabulary most frequent first and each document as flat [index, count] pairs', () => {
    expect(WordCountsFile.parse(file)).toEqual({
      vocabulary: ['招商', '人才', '引资'],
      documents: [
        { doc: 'a', tokens: 2, counts: [0, 1, 1, 1], own: [] },
        { doc: 'b', tokens: 4, counts: [0, 2, 1, 1, 2, 1], own: [] },
      ],
    });
  });

  it('decodeWordCounts() gives back the counts encodeWordCounts() was given', () => {
    expect(decodeWordCounts(file)).toEqual(new Map([...countWords(passages)].sort(([a], [b]) => (a < b ? -1 : 1))));
  });
});

import { describe, expect, it } from 'vitest';
import { comparePhrasesFile, sharedPhrases } from './compare-phrases.ts';

const phrases = [
  { phrase: '习近平新时代中国特色社会主义思想', generic: true, documents: ['a', 'b', 'c'] },
  { phrase: '三高四新', generic: false, documents: ['a', 'c'] },
  { phrase: '五好', generic: false, documents: ['b', 'c', 'd'] },
];

describe('comparePhrasesFile', () => {
  it('comparePhrasesFile(phrases) lists the documents once and names them by index', () => {
    expect(comparePhrasesFile(phrases)).toEqual({
      docs: ['a', 'b', 'c', 'd'],
      phrases: [['习近平新时代中国特色社会主义思想', 1, 0, 1, 2], ['三高四新', 0, 0, 2], ['五好', 0, 1, 2, 3]],
    });
  });
});

describe('sharedPhrases', () => {
  const file = comparePhrasesFile(phrases);

  it('sharedPhrases(file, chosen) keeps phrases two chosen documents use, specific before boilerplate', () => {
    expect(sharedPhrases(file, ['c', 'a'])).toEqual([
      { phrase: '三高四新', generic: false, docs: ['c', 'a'] },
      { phrase: '习近平新时代中国特色社会主义思想', generic: true, docs: ['c', 'a'] },
    ]);
  });

  it('sharedPhrases(file, chosen) puts phrases more of the chosen share first', () => {
    expect(sharedPhrases(file, ['a', 'b', 'c', 'd']).map((p) => [p.phrase, p.docs.length])).toEqual([
      ['五好', 3],
      ['三高四新', 2],
      ['习近平新时代中国特色社会主义思想', 3],
    ]);
  });

  it('sharedPhrases(file, chosen) is empty when no two chosen documents share a phrase', () => {
    expect(sharedPhrases(file, ['a', 'd'])).toEqual([]);
  });
});

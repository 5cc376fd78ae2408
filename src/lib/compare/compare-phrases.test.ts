import { describe, expect, it } from 'vitest';
import type { Phrase } from '../../schemas/analysis.ts';
import { comparePhrasesFile, sharedPhrases } from './compare-phrases.ts';

const phrases = [
  { phrase: '习近平新时代中国特色社会主义思想', list: 'boilerplate', documents: ['a', 'b', 'c'] },
  { phrase: '三高四新', list: 'shared', documents: ['a', 'c'] },
  { phrase: '五好', list: 'shared', documents: ['b', 'c', 'd'] },
  { phrase: '社会消费品零售总额', list: 'indicator', documents: ['a', 'b'] },
] satisfies Pick<Phrase, 'phrase' | 'list' | 'documents'>[];

describe('comparePhrasesFile', () => {
  it('comparePhrasesFile(phrases) lists the documents once, names them by index and leaves the indicators out', () => {
    expect(comparePhrasesFile(phrases)).toEqual({
      docs: ['a', 'b', 'c', 'd'],
      phrases: [
        ['习近平新时代中国特色社会主义思想', 1, 0, 1, 2],
        ['三高四新', 0, 0, 2],
        ['五好', 0, 1, 2, 3],
      ],
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

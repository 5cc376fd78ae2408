import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PhrasesFile } from '../../../src/schemas/analysis.ts';
import { seedCorpus } from '../../../tests/support/seed-corpus.ts';
import { findPhrases } from './phrases.ts';

const FIXTURE = new URL('../../../tests/fixtures/phrases/slogans-and-runs/', import.meta.url);
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, FIXTURE), 'utf8'));
const { segmenter, passages, records } = seedCorpus();

describe('findPhrases(passages, records, segmenter)', () => {
  it('findPhrases() reads tests/fixtures/phrases/slogans-and-runs as its expected.json says', () => {
    const { records: r, passages: p } = read('input.json') as {
      records: { id: string; year: number | null }[];
      passages: { doc: string; id: string; text: string }[];
    };
    expect(findPhrases(p, r, segmenter)).toEqual(read('expected.json'));
  });

  it('findPhrases() dates a phrase by the earliest year among its documents, ignoring undated ones', () => {
    const file = findPhrases(
      [
        { doc: 'a', id: 's0001', text: '建设“五好”园区。' },
        { doc: 'b', id: 's0001', text: '以“五好”园区为目标。' },
      ],
      [
        { id: 'a', year: null },
        { id: 'b', year: 2023 },
      ],
      segmenter,
    );
    expect(file.phrases.map((p) => [p.phrase, p.firstYear, p.undated])).toEqual([['五好', 2023, 1]]);
  });

  it('findPhrases() cuts runs at word boundaries, drops clause fragments and lists indicators apart', () => {
    const file = findPhrases(
      [
        { doc: 'a', id: 's0001', text: '做好安全工作,有效防范化解重大风险。' },
        { doc: 'b', id: 's0001', text: '抓实监管工作,有效防范化解重大风险。' },
        { doc: 'a', id: 's0002', text: '全年地方一般公共预算收入增长8%。' },
        { doc: 'b', id: 's0002', text: '地方一般公共预算收入增长12%。' },
      ],
      [
        { id: 'a', year: 2022 },
        { id: 'b', year: 2023 },
      ],
      segmenter,
    );
    expect(file.phrases.map((p) => [p.phrase, p.list])).toEqual([
      ['地方一般公共预算收入增长', 'indicator'],
      ['有效防范化解重大风险', 'shared'],
    ]);
  });
});

describe('findPhrases() on the seeds', () => {
  const file = PhrasesFile.omit({ codebookVersion: true }).parse(findPhrases(passages, records, segmenter));

  it('findPhrases() puts the Party formula first, as boilerplate with its shorter form merged, and 三高四新 as the most shared own slogan', () => {
    expect(file.phrases[0]).toMatchObject({
      phrase: '以习近平新时代中国特色社会主义思想',
      list: 'boilerplate',
      variants: [{ phrase: '习近平新时代中国特色社会主义思想' }],
    });
    const own = file.phrases.filter((p) => p.list === 'shared');
    expect(own[0]).toMatchObject({ phrase: '三高四新', kind: 'quoted', firstYear: 2021, undated: 1 });
    expect(own[0]!.documents).toHaveLength(3);
  });

  it('findPhrases() gives every occurrence a KWIC whose parts make up its sentence’s text', () => {
    const text = new Map(passages.map((p) => [`${p.doc} ${p.id}`, p.text]));
    for (const p of file.phrases) {
      for (const o of p.occurrences) {
        const sentence = text.get(`${o.doc} ${o.sentence}`)!;
        expect(sentence.slice(o.offset, o.offset + o.match.length)).toBe(o.match);
        expect(sentence).toContain(o.left + o.match + o.right);
      }
    }
  });
});

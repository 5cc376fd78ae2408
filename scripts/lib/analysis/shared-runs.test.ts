import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedCorpus } from '../../../tests/support/seed-corpus.ts';
import { sharedRuns, type RunSentence } from './shared-runs.ts';

const FIXTURES = new URL('../../../tests/fixtures/shared-runs/', import.meta.url);
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8'));
const texts = (sentences: RunSentence[], k?: number, limit?: number) =>
  sharedRuns(sentences, k, limit).map((r) => r.text);

describe('sharedRuns(sentences, minLength, limit)', () => {
  it('sharedRuns() reports each maximal run with exactly its documents (tests/fixtures/shared-runs/nested-slogans)', () => {
    expect(sharedRuns(read('nested-slogans/input.json') as RunSentence[])).toEqual(
      read('nested-slogans/expected.json'),
    );
  });

  it('sharedRuns() matches text across full- and half-width punctuation and trims it off the ends', () => {
    const runs = sharedRuns([
      { doc: 0, text: '提升开放水平，加强与长沙等试验片区合作。' },
      { doc: 1, text: '要提升开放水平,加强与长沙等试验片区合作,落地项目。' },
    ]);
    expect(runs).toEqual([
      {
        text: '提升开放水平,加强与长沙等试验片区合作',
        occurrences: [
          { sentence: 0, offset: 0 },
          { sentence: 1, offset: 1 },
        ],
      },
    ]);
  });

  it('sharedRuns() does not count a run that only one document repeats', () => {
    expect(
      texts([
        { doc: 0, text: '打造国际高端社区样板工程。' },
        { doc: 0, text: '继续打造国际高端社区样板工程。' },
        { doc: 1, text: '建设国际学校。' },
      ]),
    ).toEqual([]);
  });

  it('sharedRuns() leaves out runs shorter than minLength', () => {
    const sentences = [
      { doc: 0, text: '甲推动高质量发展乙' },
      { doc: 1, text: '丙推动高质量发展丁' },
    ];
    expect(texts(sentences)).toEqual([]);
    expect(texts(sentences, 7)).toEqual(['推动高质量发展']);
  });

  it('sharedRuns() keeps the runs of the most documents when the limit cuts', () => {
    const sentences = [
      { doc: 0, text: '一二三四五六七八九十。甲乙丙丁戊己庚辛壬癸' },
      { doc: 1, text: '一二三四五六七八九十。子丑寅卯辰巳午未申酉' },
      { doc: 2, text: '一二三四五六七八九十，甲乙丙丁戊己庚辛壬癸' },
    ];
    expect(texts(sentences, 8, 1)).toEqual(['一二三四五六七八九十']);
  });

  it('sharedRuns() finds one slogan in 1,000 documents of otherwise unrelated text', () => {
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const noise = (n: number) =>
      Array.from({ length: n }, () => String.fromCharCode(0x4e00 + Math.floor(random() * 20000))).join('');
    const sentences = Array.from({ length: 1000 }, (_, doc) => ({
      doc,
      text: `${noise(150)}强链延链补链建链群${noise(150)}`,
    }));
    const [first, ...rest] = sharedRuns(sentences);
    expect([first!.text, first!.occurrences.length]).toEqual(['强链延链补链建链群', 1000]);
    // Random neighbours coincide now and then (the same character before the slogan in two documents).
    for (const run of rest) expect(run.text).toContain('强链延链补链建链群');
  });
});

describe('sharedRuns() on the seeds', () => {
  const { passages, records } = seedCorpus();
  const docIndex = new Map(records.map((r, i) => [r.id, i]));
  const runs = sharedRuns(passages.map((p) => ({ doc: docIndex.get(p.doc)!, text: p.text })));
  const docsOf = (text: string) =>
    new Set(runs.find((r) => r.text === text)?.occurrences.map((o) => passages[o.sentence]!.doc));

  it('sharedRuns() finds the Party formula in three documents and two reform phrases shared by the Changsha texts', () => {
    expect(docsOf('习近平新时代中国特色社会主义思想').size).toBe(3);
    expect(docsOf('相对集中行政许可')).toEqual(new Set(['001-944198d32a153964', '003-9d3a68c62c194251']));
    expect(docsOf('国家制造业创新中心')).toEqual(new Set(['001-944198d32a153964', '003-9d3a68c62c194251']));
  });

  it('sharedRuns() gives offsets at which each sentence holds the run', () => {
    for (const run of runs) {
      for (const o of run.occurrences)
        expect(passages[o.sentence]!.text.slice(o.offset, o.offset + run.text.length).replace(/，/gu, ',')).toBe(
          run.text,
        );
    }
  });
});

describe('sharedRuns() on copied sentences', () => {
  it('sharedRuns() reports every copy of a sentence copied word for word, and the runs inside it that more documents share', () => {
    const copied = '全面推进营商环境持续优化提升。';
    const runs = sharedRuns([
      { doc: 0, text: copied },
      { doc: 1, text: copied },
      { doc: 1, text: copied },
      { doc: 2, text: copied },
      { doc: 3, text: '继续推进营商环境持续优化。' },
    ]);
    expect(runs).toEqual([
      { text: '推进营商环境持续优化', occurrences: [0, 1, 2, 3, 4].map((sentence) => ({ sentence, offset: 2 })) },
      { text: '全面推进营商环境持续优化提升', occurrences: [0, 1, 2, 3].map((sentence) => ({ sentence, offset: 0 })) },
    ]);
  });

  it('sharedRuns() finds nothing in a sentence one document repeats', () => {
    expect(
      texts([
        { doc: 0, text: '全面推进营商环境持续优化提升。' },
        { doc: 0, text: '全面推进营商环境持续优化提升。' },
        { doc: 1, text: '建设国际学校。' },
      ]),
    ).toEqual([]);
  });
});

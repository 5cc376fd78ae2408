import { describe, expect, it } from 'vitest';
import { seedCorpus } from '../../../tests/support/seed-corpus.ts';
import { keyness } from '../../../src/shared/analysis/keyness.ts';
import { countWords, sumCounts } from '../../../src/shared/analysis/word-counts.ts';
import { ownNameWords } from './own-names.ts';

// keyness() as the pipeline runs it (scripts/lib/analysis/index.ts): on the seeds, each park's own
// names excluded. The formula's own tests sit beside it in src/shared/analysis/keyness.test.ts.
describe('keyness() on the seeds', () => {
  const { segmented, idOf } = seedCorpus();
  const byDoc = countWords(segmented);
  const corpus = sumCounts(byDoc.values());
  const { segmenter, records } = seedCorpus();
  const own = (seed: string) =>
    new Set(
      ownNameWords(
        records.find((r) => r.id === idOf(seed))!,
        segmenter,
      ),
    );
  const top = (seed: string, n = 5) =>
    keyness(byDoc.get(idOf(seed))!, corpus, { exclude: own(seed) })
      .slice(0, n)
      .map((t) => t.word);

  it('keyness() leaves out park-type words and the park’s own names: no 新区 or 湘江 atop the 湘江新区 report', () => {
    expect(top('003_9d3a68c62c194251.txt', 30)).not.toEqual(expect.arrayContaining(['新区']));
    expect(top('003_9d3a68c62c194251.txt', 30)).not.toEqual(expect.arrayContaining(['湘江']));
    expect(top('001_944198d32a153964.txt', 30)).not.toEqual(expect.arrayContaining(['长沙']));
  });

  it('keyness() still tops the 长沙经开区 plan with 工业互联网', () => {
    expect(top('001_944198d32a153964.txt')).toContain('工业互联网');
  });

  it('keyness() finds 党建 and 军民融合 distinctive in the county zone’s 2023 symposium text', () => {
    expect(top('004_c7b791516a8e0ca5.txt')).toEqual(expect.arrayContaining(['党建', '军民融合']));
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IndustryCodebook } from '../../../src/schemas/lexicons.ts';
import { seedCorpus } from '../../../tests/support/seed-corpus.ts';
import { readYaml } from '../load-inputs.ts';
import { countIndustries, industriesCsv } from './industries.ts';
import { readLexicons } from './lexicons.ts';

const FIXTURE = new URL('../../../tests/fixtures/industries/', import.meta.url);

describe('countIndustries(passages, codebook) and industriesCsv(docs, counts, codebook)', () => {
  it('industriesCsv() writes tests/fixtures/industries as expected.csv says: longest term wins, exclusions swallow, BOM and CRLF', () => {
    const codebook = readYaml(fileURLToPath(new URL('codebook.yaml', FIXTURE)), IndustryCodebook);
    const passages = JSON.parse(readFileSync(new URL('input.json', FIXTURE), 'utf8')) as {
      doc: string;
      text: string;
    }[];
    const csv = industriesCsv(['a', 'b'], countIndustries(passages, codebook), codebook);
    expect(csv).toBe(readFileSync(new URL('expected.csv', FIXTURE), 'utf8'));
  });

  it('industriesCsv() writes a row of zeros for a document with no mention', () => {
    const codebook = readLexicons().industries;
    const row = industriesCsv(['empty'], new Map(), codebook).split('\r\n')[1]!;
    expect(row).toBe(['empty', ...codebook.industries.map(() => 0)].join(','));
  });
});

describe('countIndustries() on the seeds', () => {
  const { segmented, idOf } = seedCorpus();
  const counts = countIndustries(segmented, readLexicons().industries);
  const of = (seed: string, id: string) => counts.get(idOf(seed))?.get(id) ?? 0;

  it('countIndustries() finds each plan’s own lines: 集成电路 in 长沙经开区, 军民融合 in the county zone, 有色金属 in the speech', () => {
    expect(of('001_944198d32a153964.txt', 'integrated-circuits')).toBeGreaterThanOrEqual(5);
    expect(of('004_c7b791516a8e0ca5.txt', 'military-civil-fusion')).toBeGreaterThanOrEqual(5);
    expect(of('002_ff04dfabf36e8ec6.txt', 'nonferrous-metals')).toBe(1);
    expect(of('003_9d3a68c62c194251.txt', 'intelligent-connected-vehicles')).toBeGreaterThanOrEqual(3);
  });
});

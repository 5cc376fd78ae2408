import { describe, expect, it } from 'vitest';
import type { ShownHit } from './backend.ts';
import { resultsCsv, resultsFileName } from './download.ts';
import { emptySelection } from './facets.ts';

const hit: ShownHit = {
  doc: 'a',
  id: 's0003',
  values: { ...emptySelection(), theme: ['investment', 'talent'] },
  score: 1,
  terms: ['招商'],
  section: '一、招商',
  text: '开展"以商招商",引进企业。',
};
const config = {
  docs: [{ id: 'a', href: '/site/docs/a/', title: 'A', facts: '', year: null, values: emptySelection() }],
} as never;

describe('resultsCsv(hits, config, origin)', () => {
  it('resultsCsv() writes a BOM, a header and one row per hit with an absolute sentence address, text quoted as RFC 4180 says', () => {
    const csv = resultsCsv([hit], config, 'https://example.org/site/search/?q=x');
    expect(csv.startsWith('\uFEFFdoc,sentence,url,text,themes,section\r\n')).toBe(true);
    expect(csv).toContain(
      'a,s0003,https://example.org/site/docs/a/#s0003,"开展""以商招商"",引进企业。",investment talent,一、招商\r\n',
    );
  });
});

describe('resultsFileName(q)', () => {
  it('resultsFileName() names the file after the query, without characters file systems refuse', () => {
    expect(resultsFileName('营商环境 "a/b"')).toBe('search-营商环境_a_b_.csv');
    expect(resultsFileName('')).toBe('search-results.csv');
  });
});

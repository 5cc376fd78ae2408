import { describe, expect, it } from 'vitest';
import type { SizeResult } from './bench-size.ts';
import { benchTable } from './report.ts';

const run = (seconds: number, mib: number) => ({
  seconds,
  maxRss: mib * 2 ** 20,
  cpuSeconds: seconds * 1.5,
  stdout: '',
});
const dist = {
  bytes: 5e6,
  files: 100,
  indexBytes: 1e6,
  shellBytes: 5e5,
  offlineBytes: 4e6,
  largestPage: { path: 'matrix/index.html', bytes: 5e5, gzipBytes: 5e4 },
};
const query = (ms: number) => ({
  query: 'q',
  ms,
  runs: [ms],
  gzipBytes: 100e3,
  requests: 10,
  searchGzipBytes: 90e3,
  hits: 5,
});
const js = { path: '', filesGzip: 0, files: [], inlineGzip: 500 };

function result(documents: number, failures: string[] = []): SizeResult {
  return {
    corpus: { documents, kind: 'synthetic', textBytes: documents * 9e3 },
    sentences: documents * 80,
    ingest: run(documents / 100, 300),
    reingest: run(documents / 1000, 300),
    cacheHits: documents - 1,
    build: run(documents / 20, 900),
    index: failures.length > 0 ? undefined : run(documents / 50, 400),
    dist: failures.length > 0 ? undefined : dist,
    search: failures.length > 0 ? undefined : { cold: query(200), warm: query(20) },
    js: {
      home: js,
      document: js,
      theme: js,
      matrix: js,
      compare: { ...js, filesGzip: 30e3, files: ['/_astro/compare.js'] },
      search: js,
    },
    naive: {
      build: run(documents / 40, 500),
      index: run(documents / 100, 300),
      dist,
      search: { cold: query(150), warm: query(10) },
    },
    failures,
  };
}

describe('report', () => {
  it('benchTable(runs) shows a column per size, ratios to the baseline and a verdict per budget at 1,000', () => {
    const table = benchTable([result(100), result(1000)]);
    expect(table.split('\n')[0]).toBe('| measure | 100 docs | 1,000 docs | budget | verdict |');
    expect(table).toContain(
      '| full build wall time (ingest + build + index) | 8.0 s · naive 3.5 s · ×2.29 | 80.0 s · naive 35.0 s · ×2.29 | ≤ ×2.0 naive at 1,000 | **miss**: ×2.29 |',
    );
    expect(table).toContain(
      '| CPU time, user + system (ingest + build + index; naive: build + index) | 12.0 s (1.5 + 7.5 + 3.0) · naive 5.3 s (3.8 + 1.5) · ×2.29 |',
    );
    expect(table).toContain('| ≤ 25.0 KB gzip | **miss**: 30.5 KB |');
    expect(table).toContain('| ≤ 100 ms | pass: 20 ms |');
    expect(table).toContain(
      '| ≤ naive: search bytes and time to first result | **miss**: 90.0 KB (naive 90.0 KB), 200 ms (naive 150 ms) |',
    );
    expect(table).toContain(
      "| ≤ 250 MB at 1,000, ≤ 1 GB at 3,000 (GitHub Pages' 1 GB limit on a published site) | pass: 5.00 MB at 1,000 |",
    );
  });

  it('benchTable(runs) checks dist/ against GitHub Pages: ≤ 250 MB at 1,000 and ≤ 1 GB at 3,000 documents', () => {
    const big = (documents: number, bytes: number): SizeResult => ({ ...result(documents), dist: { ...dist, bytes } });
    expect(benchTable([big(1000, 240e6), big(3000, 1.2e9)])).toContain(
      '| **miss**: 240.0 MB at 1,000, 1200.0 MB at 3,000 |',
    );
    expect(benchTable([big(1000, 240e6), big(3000, 0.9e9)])).toContain(
      '| pass: 240.0 MB at 1,000, 900.0 MB at 3,000 |',
    );
  });

  it('benchTable(runs) reads "–" where a failed step measured nothing, and names the failure', () => {
    const table = benchTable([result(3000, ['search index: killed after 6120 s'])]);
    expect(table).toContain('| failed steps | search index: killed after 6120 s |');
    expect(table).toContain('| search index (naive: pagefind CLI) | – |');
    expect(table).toContain('| ≤ naive: search bytes and time to first result | not measured |');
  });
});

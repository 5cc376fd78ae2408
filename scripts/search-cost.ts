/**
 * The benchmark's search probe alone, on sites already built: ours and the naive baseline, taken
 * in turns in one run so both see the same machine load, each `--runs` times (median reported).
 *   node scripts/search-cost.ts OURS_DIR [OURS_DIR …] NAIVE_DIR [--runs 3]
 * Each OURS_DIR is a built site (dist/, e.g. before and after a change), NAIVE_DIR the naive
 * baseline's dist/ (with search.html).
 */
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/chromium.ts';
import { QUERIES } from './lib/bench/bench-size.ts';
import { probeSearch, type SearchCost } from './lib/bench/search-probe.ts';
import { serveDir } from './lib/static-server.ts';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' } },
});
const ours = positionals.slice(0, -1);
const naive = positionals.at(-1);
if (ours.length === 0 || !naive)
  throw new Error('usage: node scripts/search-cost.ts OURS_DIR [OURS_DIR …] NAIVE_DIR [--runs 3]');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
// Kilobytes of 1,000 bytes, as docs/benchmarks.md counts them.
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

const sites = [
  ...(await Promise.all(ours.map(async (dir) => ({ name: dir, server: await serveDir(dir), page: 'search/' })))),
  { name: `naive ${naive}`, server: await serveDir(naive), page: 'search.html' },
];
const browser = await launchChromium();
const results = new Map<string, SearchCost[]>(sites.map((s) => [s.name, []]));
try {
  for (let run = 0; run < Number(args.runs); run++) {
    for (const site of sites) {
      const cost = await probeSearch(browser, new URL(site.page, site.server.url).href, QUERIES);
      results.get(site.name)!.push(cost);
      console.log(
        `${site.name} run ${run + 1}: cold ${kb(cost.cold.gzipBytes)} (search ${kb(cost.cold.searchGzipBytes)}, ${cost.cold.requests} requests) ${cost.cold.ms.toFixed(0)} ms; warm ${kb(cost.warm.gzipBytes)} ${cost.warm.ms.toFixed(0)} ms`,
      );
    }
  }
} finally {
  await browser.close();
  for (const site of sites) await site.server.close();
}
for (const [name, costs] of results) {
  const cold = costs.map((c) => c.cold);
  const warm = costs.map((c) => c.warm);
  console.log(
    `${name} median of ${costs.length}: cold ${kb(median(cold.map((c) => c.gzipBytes)))} (search ${kb(median(cold.map((c) => c.searchGzipBytes)))}) ${median(cold.map((c) => c.ms)).toFixed(0)} ms [${cold.map((c) => c.ms.toFixed(0)).join(', ')}]; warm ${kb(median(warm.map((c) => c.gzipBytes)))} ${median(warm.map((c) => c.ms)).toFixed(0)} ms [${warm.map((c) => c.ms.toFixed(0)).join(', ')}]`,
  );
}

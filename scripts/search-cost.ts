/**
 * The benchmark's search probe alone, on sites already built: ours and the naive baseline, taken
 * in turns in one run so both see the same machine load, each `--runs` times (median reported).
 * Each OURS_DIR is a built site (dist/, e.g. before and after a change), NAIVE_DIR the naive
 * baseline's dist/ (with search.html).
 */
import { launchChromium } from './lib/chromium.ts';
import { QUERIES } from './lib/bench/bench-size.ts';
import { probeInTurns, type QueryCost } from './lib/bench/search-probe.ts';
import { serveDir } from './lib/static-server.ts';
import { commandLine } from './lib/cli-errors.ts';

const USAGE = 'node scripts/search-cost.ts OURS_DIR [OURS_DIR …] NAIVE_DIR [--runs 3]';
const { values: args, positionals } = commandLine(USAGE, {
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' } },
});
const ours = positionals.slice(0, -1);
const naive = positionals.at(-1);
if (ours.length === 0 || !naive) throw new Error(`usage: ${USAGE}`);

// Kilobytes of 1,000 bytes, as docs/benchmarks.md counts them.
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

const sites = [
  ...(await Promise.all(ours.map(async (dir) => ({ name: dir, server: await serveDir(dir), page: 'search/' })))),
  { name: `naive ${naive}`, server: await serveDir(naive), page: 'search.html' },
];
const browser = await launchChromium();
try {
  const pages = sites.map((site) => new URL(site.page, site.server.url).href);
  const costs = await probeInTurns(browser, pages, QUERIES, Number(args.runs));
  sites.forEach((site, i) => {
    const { cold, warm } = costs[i]!;
    const runs = (q: QueryCost) => q.runs.map((t) => t.toFixed(0)).join(', ');
    console.log(
      `${site.name} median of ${args.runs}: cold ${kb(cold.gzipBytes)} (search ${kb(cold.searchGzipBytes)}, ${cold.requests} requests) ${cold.ms.toFixed(0)} ms [${runs(cold)}]; warm ${kb(warm.gzipBytes)} ${warm.ms.toFixed(0)} ms [${runs(warm)}]`,
    );
  });
} finally {
  await browser.close();
  for (const site of sites) await site.server.close();
}

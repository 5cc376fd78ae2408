/**
 * The benchmark's one table, as Markdown: a row per measure, a column per corpus size, then the
 * budget that applies and whether the run meets it. Cells with a naive-baseline counterpart show
 * ours · the baseline's · the ratio.
 */
import { PAGE_TYPES, QUERIES, SEARCH_RUNS, type SizeResult } from './bench-size.ts';
import {
  BUDGETS,
  fullBuild,
  fullCpu,
  jsBytes,
  m,
  naiveBuild,
  naiveCpu,
  naivePeak,
  naiveSteps,
  NotMeasured,
  ourSteps,
  peak,
  throughput,
  type Verdict,
} from './budgets.ts';
import { count, kb, mb, mib, ms, percent, ratio, seconds } from './format.ts';
import type { Machine } from './machine.ts';
import type { TimedRun } from './run-timed.ts';

interface Row {
  key: string;
  label: string;
  cell(r: SizeResult): string;
}

const vs = (ours: string, naive: string, oursValue: number, naiveValue: number) =>
  `${ours} · naive ${naive} · ${ratio(oursValue, naiveValue)}`;

const ROWS: Row[] = [
  {
    key: 'corpus',
    label: 'corpus: text · sentences',
    cell: (r) => `${mb(r.corpus.textBytes)} · ${count(m(r.sentences))}`,
  },
  { key: 'status', label: 'failed steps', cell: (r) => (r.failures.length === 0 ? 'none' : r.failures.join('; ')) },
  { key: 'ingest', label: 'ingest, cold cache', cell: (r) => seconds(m(r.ingest).seconds) },
  { key: 'ingest throughput', label: 'ingest throughput (text)', cell: (r) => `${throughput(r).toFixed(2)} MB/s` },
  {
    key: 're-ingest',
    label: 're-ingest after editing one seed',
    cell: (r) =>
      `${seconds(m(r.reingest).seconds)} (saves ${percent(1 - m(r.reingest).seconds / m(r.ingest).seconds)}; ${r.cacheHits ?? '?'} of ${r.corpus.documents} from cache)`,
  },
  {
    key: 'astro build',
    label: 'astro build',
    cell: (r) =>
      vs(seconds(m(r.build).seconds), seconds(m(r.naive.build).seconds), m(r.build).seconds, m(r.naive.build).seconds),
  },
  {
    key: 'index',
    label: 'search index (naive: pagefind CLI)',
    cell: (r) =>
      vs(seconds(m(r.index).seconds), seconds(m(r.naive.index).seconds), m(r.index).seconds, m(r.naive.index).seconds),
  },
  {
    key: 'full build',
    label: 'full build wall time (ingest + build + index)',
    cell: (r) => vs(seconds(fullBuild(r)), seconds(naiveBuild(r)), fullBuild(r), naiveBuild(r)),
  },
  {
    key: 'cpu',
    label: 'CPU time, user + system (ingest + build + index; naive: build + index)',
    cell: (r) => {
      const parts = (runs: readonly (TimedRun | undefined)[]) =>
        runs.map((run) => m(run).cpuSeconds.toFixed(1)).join(' + ');
      return `${seconds(fullCpu(r))} (${parts(ourSteps(r))}) · naive ${seconds(naiveCpu(r))} (${parts(naiveSteps(r))}) · ${ratio(fullCpu(r), naiveCpu(r))}`;
    },
  },
  {
    key: 'peak memory',
    label: 'peak memory (max RSS, largest process)',
    cell: (r) => vs(mib(peak(r)), mib(naivePeak(r)), peak(r), naivePeak(r)),
  },
  {
    key: 'dist',
    label: 'dist/ size · files',
    cell: (r) =>
      `${mb(m(r.dist).bytes)} · ${count(m(r.dist).files)} · naive ${mb(m(r.naive.dist).bytes)} · ${count(m(r.naive.dist).files)}`,
  },
  {
    key: 'pagefind',
    label: 'index size (pagefind/)',
    cell: (r) =>
      vs(mb(m(r.dist).indexBytes), mb(m(r.naive.dist).indexBytes), m(r.dist).indexBytes, m(r.naive.dist).indexBytes),
  },
  {
    key: 'precache',
    label: 'service worker: first visit (shell) · whole site saved for offline',
    cell: (r) => `${mb(m(r.dist).shellBytes)} · ${mb(m(r.dist).offlineBytes)}`,
  },
  {
    key: 'largest page',
    label: 'largest HTML page (gzip)',
    cell: (r) =>
      `${kb(m(r.dist).largestPage.gzipBytes)} ${m(r.dist).largestPage.path.replace(/index\.html$/, '') || '/'}`,
  },
  {
    key: 'search cold',
    label: `search, cold query “${QUERIES[0]}”: transferred (search part) · time to first result`,
    cell: (r) => {
      const [ours, naive] = [m(r.search).cold, m(r.naive.search).cold];
      return `${kb(ours.gzipBytes)} (${kb(ours.searchGzipBytes)}) · ${ms(ours.ms)} · naive ${kb(naive.gzipBytes)} · ${ms(naive.ms)}`;
    },
  },
  {
    key: 'search warm',
    label: `search, warm query “${QUERIES[1]}”: transferred · time to first result`,
    cell: (r) => {
      const [ours, naive] = [m(r.search).warm, m(r.naive.search).warm];
      return `${kb(ours.gzipBytes)} · ${ms(ours.ms)} · naive ${kb(naive.gzipBytes)} · ${ms(naive.ms)}`;
    },
  },
  ...PAGE_TYPES.map((type) => ({
    key: `js ${type}`,
    label: `JS shipped, ${type} page (gzip: files + inline)`,
    cell: (r: SizeResult) =>
      `${kb(jsBytes(r, type))} (${kb(m(r.js[type]).filesGzip)} + ${kb(m(r.js[type]).inlineGzip)})`,
  })),
];

/** Runs a cell or a check; what a failed step did not measure reads "–". */
function orDash<T>(compute: () => T): T | '–' {
  try {
    return compute();
  } catch (error) {
    if (error instanceof NotMeasured) return '–';
    throw error;
  }
}

const escape = (text: string) => text.replaceAll('|', '\\|');

export function benchTable(runs: readonly SizeResult[]): string {
  const header = [
    'measure',
    ...runs.map((r) => `${count(r.corpus.documents)} docs${r.corpus.kind === 'seeds' ? ' (seeds)' : ''}`),
    'budget',
    'verdict',
  ];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of ROWS) {
    const budget = BUDGETS.find((b) => b.row === row.key);
    const verdict: Verdict | null | '–' = budget ? orDash(() => budget.check(runs)) : null;
    const mark =
      verdict === '–' ? 'not measured' : verdict ? `${verdict.pass ? 'pass' : '**miss**'}: ${verdict.detail}` : '';
    lines.push(
      `| ${[row.label, ...runs.map((r) => orDash(() => row.cell(r))), budget?.target ?? '', mark].map(escape).join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

export function machineLine(machine: Machine, date: Date): string {
  return (
    `${date.toISOString().slice(0, 10)} · ${machine.cpus} CPUs (${machine.cpuModel}) · ${mib(machine.memoryBytes)} memory · ` +
    `Node ${machine.node} · load average ${machine.load.toFixed(2)} at start`
  );
}

/** How the figures are taken, printed under the table. */
export const METHOD = `## How the figures are taken

- **Corpus.** The size equal to the number of real seeds uses \`seeds/\`; every other size is
  \`scripts/synth.ts\`'s deterministic corpus (real sentences under invented parks, a share in GB18030).
- **Ours.** \`scripts/ingest.ts\` with an empty cache, \`astro build\` with \`CONTENT_DIR\` pointing at
  the corpus (in a private copy of the site's sources, so Astro's caches are its own and cold), then
  \`scripts/index-search.ts\`. Each step is a child process under \`/usr/bin/time -v\`: wall time, CPU
  time (user + system of every process the step started), and peak memory as the largest max RSS
  of any process of any step. Both are GNU time's figures or, where larger, those of the step's
  processes as /proc showed them while it ran: Pagefind's Node API does not wait for its binary,
  and GNU time missed its indexing. On a machine of N CPUs no schedule of the same work takes less
  wall time than its CPU time ÷ N, so the CPU row says how far overlapping steps could take the
  full build.
- **Re-ingest.** One UTF-8 seed gets one sentence appended; the ingest runs again with the first run's cache.
- **Naive baseline.** The same texts (decoded seeds, first line a heading, every other line a
  paragraph) as \`src/pages/docs/<id>.md\` in a bare Astro site with no integrations, then
  \`pagefind --site dist\` with its defaults.
- **Browser.** Headless Chromium, service workers blocked, a fresh context per measure, served
  by \`scripts/lib/static-server.ts\` on localhost (no network latency). Bytes are gzip bytes as a
  host would send them (Pagefind's chunks are gzip already). A cold query opens \`/search/?q=…\`
  and is timed from navigation start to the first \`.result-hit\` on screen; the warm query is
  typed into the same page and timed from submit. The naive site's \`search.html\` calls Pagefind's
  API and shows five results, as Pagefind's default UI does. Each site is probed ${SEARCH_RUNS} times,
  ours and naive in turns, and every search figure is the median of its runs: single cold queries
  moved by ±30% from one run to the next on this machine.
- **dist/ size.** Every file of the built site (pages, \`data/\` downloads, search index, service
  worker) as bytes on disk, uncompressed: GitHub Pages refuses a published site over 1 GB, so the
  budget is ≤ 250 MB at 1,000 documents and ≤ 1 GB at 3,000.
- **JS per page type.** Gzip size of every script file a page loads until the network is quiet,
  plus its inline scripts.
- Times depend on what else the machine runs (see the load average above); budgets are reported, not asserted.
`;

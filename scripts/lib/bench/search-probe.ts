/**
 * Times a search page in Chromium, ours (/search/) or the naive baseline's (search.html): both
 * have `#search-form` with an input `q` and render hits as `.result-hit`. A cold query is a fresh
 * page opened at `?q=`; its time runs from navigation start to the first hit on screen. A warm
 * query is a second one typed into the same page; its time runs from submit to its first hit.
 * Bytes are everything transferred until the network is quiet again. No service worker runs,
 * so its precaching does not count as search traffic.
 */
import type { Browser } from 'playwright-core';
import { logTransfers, total } from './transfers.ts';

export interface QueryCost {
  query: string;
  /** Milliseconds to the first result on screen (the median, over several runs). */
  ms: number;
  /** Each run's milliseconds, in the order taken. */
  runs: number[];
  /** Gzip bytes transferred, all requests. */
  gzipBytes: number;
  requests: number;
  /** Gzip bytes of the search machinery alone: Pagefind's files, the search data and scripts. */
  searchGzipBytes: number;
  hits: number;
}

export interface SearchCost {
  cold: QueryCost;
  warm: QueryCost;
}

const TIMEOUT_MS = 120_000;
const SEARCH_FILES = /\/(pagefind\/|search\/([^/?]+|text\/\d+(-\d+)?)\.(json|js)(\.gz)?$|_astro\/.*\.js$)/;

// Runs in the page before its own scripts: marks when hits appear and when the form is submitted.
function instrument(): void {
  const state = { marks: [] as number[], submitAt: -1 };
  (globalThis as unknown as { __bench: typeof state }).__bench = state;
  addEventListener('submit', () => (state.submitAt = performance.now()), true);
  new MutationObserver((records) => {
    const added = records.some((r) =>
      [...r.addedNodes].some(
        (n) => n instanceof Element && (n.matches('.result-hit') || n.querySelector('.result-hit')),
      ),
    );
    if (added) state.marks.push(performance.now());
  }).observe(document, { childList: true, subtree: true });
}

type Bench = { marks: number[]; submitAt: number };

export async function probeSearch(browser: Browser, searchUrl: string, queries: [string, string]): Promise<SearchCost> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(instrument);
    const log = logTransfers(page);
    const cost = async (query: string, ms: number, from: number): Promise<QueryCost> => {
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
        timeout: TIMEOUT_MS,
      });
      await log.quiet();
      const transfers = (await log.settled()).slice(from);
      const all = total(transfers);
      const search = total(transfers.filter((t) => SEARCH_FILES.test(new URL(t.url).pathname)));
      const hits = await page.locator('.result-hit').count();
      return {
        query,
        ms,
        runs: [ms],
        gzipBytes: all.gzipBytes,
        requests: all.requests,
        searchGzipBytes: search.gzipBytes,
        hits,
      };
    };

    const [first, second] = queries;
    const url = new URL(searchUrl);
    url.searchParams.set('q', first);
    await page.goto(url.href);
    await page.waitForFunction(
      () => (globalThis as unknown as { __bench: Bench }).__bench.marks.length > 0,
      undefined,
      { timeout: TIMEOUT_MS },
    );
    const coldMs = await page.evaluate(() => (globalThis as unknown as { __bench: Bench }).__bench.marks[0]!);
    const cold = await cost(first, coldMs, 0);

    const before = (await log.settled()).length;
    const marksBefore = await page.evaluate(() => (globalThis as unknown as { __bench: Bench }).__bench.marks.length);
    await page.fill('#search-form input[name="q"]', second);
    await page.press('#search-form input[name="q"]', 'Enter');
    await page.waitForFunction(
      (n) => (globalThis as unknown as { __bench: Bench }).__bench.marks.length > n,
      marksBefore,
      { timeout: TIMEOUT_MS },
    );
    const warmMs = await page.evaluate((n) => {
      const state = (globalThis as unknown as { __bench: Bench }).__bench;
      return state.marks[n]! - state.submitAt;
    }, marksBefore);
    const warm = await cost(second, warmMs, before);
    return { cold, warm };
  } finally {
    await context.close();
  }
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function medianQuery(costs: readonly QueryCost[]): QueryCost {
  const of = (key: 'ms' | 'gzipBytes' | 'requests' | 'searchGzipBytes' | 'hits') => median(costs.map((c) => c[key]));
  return {
    query: costs[0]!.query,
    ms: of('ms'),
    runs: costs.flatMap((c) => c.runs),
    gzipBytes: of('gzipBytes'),
    requests: of('requests'),
    searchGzipBytes: of('searchGzipBytes'),
    hits: of('hits'),
  };
}

/** Several runs as one: each figure the median of the runs (the middle one of an odd count). */
export function medianCost(costs: readonly SearchCost[]): SearchCost {
  if (costs.length === 0) throw new Error('medianCost: no runs');
  return { cold: medianQuery(costs.map((c) => c.cold)), warm: medianQuery(costs.map((c) => c.warm)) };
}

/**
 * Each search page probed `runs` times, the pages in turns (A, B, A, B …) so that all see the
 * same machine load, which on a shared 2-core machine moved single cold queries by ±30%.
 * Returns per page the runs' medians.
 */
export async function probeInTurns(
  browser: Browser,
  searchUrls: readonly string[],
  queries: [string, string],
  runs: number,
): Promise<SearchCost[]> {
  const costs = searchUrls.map((): SearchCost[] => []);
  for (let run = 0; run < runs; run++)
    for (const [i, url] of searchUrls.entries()) costs[i]!.push(await probeSearch(browser, url, queries));
  return costs.map(medianCost);
}

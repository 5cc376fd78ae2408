/**
 * The requests of one cold search, as a waterfall: each request's start and end (ms from
 * navigation start), gzip bytes as a host would send them, and what started it (parser,
 * preload, script and the script's URL). Also when the first hit was on screen. Service
 * workers blocked, as in the benchmark's probe.
 */
import { gzipSync } from 'node:zlib';
import { launchChromium } from './lib/chromium.ts';
import { serveDir } from './lib/static-server.ts';
import { commandLine } from './lib/cli-errors.ts';

const USAGE = 'node scripts/search-waterfall.ts DIR [--path search/] [--q 营商环境] [--runs 1]';
const { values: args, positionals } = commandLine(USAGE, {
  allowPositionals: true,
  options: {
    path: { type: 'string', default: 'search/' },
    q: { type: 'string', default: '营商环境' },
    runs: { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
  },
});
const dir = positionals[0];
if (!dir) throw new Error(`usage: ${USAGE}`);

interface Row {
  url: string;
  start: number;
  end: number;
  bytes: number;
  gzip: number;
  initiator: string;
  priority: string;
}

const server = await serveDir(dir);
const browser = await launchChromium();
try {
  for (let run = 0; run < Number(args.runs); run++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const rows = new Map<string, Row>();
    let t0 = 0;
    const origin = new URL(server.url).origin;
    const short = (url: string) => (url.startsWith(origin) ? url.slice(origin.length) : url);
    cdp.on('Network.requestWillBeSent', (e) => {
      if (t0 === 0) t0 = e.timestamp;
      const init = e.initiator;
      const where = init.url
        ? short(init.url)
        : init.stack?.callFrames[0]?.url
          ? short(init.stack.callFrames[0].url)
          : '';
      rows.set(e.requestId, {
        url: short(e.request.url),
        start: (e.timestamp - t0) * 1000,
        end: NaN,
        bytes: 0,
        gzip: 0,
        initiator: `${init.type}${where ? ` ${where}` : ''}`,
        priority: e.request.initialPriority,
      });
    });
    const bodies: Promise<void>[] = [];
    cdp.on('Network.loadingFinished', (e) => {
      const row = rows.get(e.requestId);
      if (!row) return;
      row.end = (e.timestamp - t0) * 1000;
      bodies.push(
        cdp.send('Network.getResponseBody', { requestId: e.requestId }).then(
          (b) => {
            const body = Buffer.from(b.body, b.base64Encoded ? 'base64' : 'utf8');
            row.bytes = body.length;
            row.gzip = Math.min(body.length, gzipSync(body).length);
          },
          () => undefined,
        ),
      );
    });
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const w = globalThis as unknown as { __first?: number };
        if (w.__first === undefined && document.querySelector('.result-hit')) w.__first = performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    const url = new URL(args.path, server.url);
    url.searchParams.set('q', args.q);
    if (args.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(url.href);
    await page.waitForFunction(() => (globalThis as unknown as { __first?: number }).__first !== undefined, undefined, {
      timeout: 120_000,
    });
    if (args.profile) {
      const { profile } = await cdp.send('Profiler.stop');
      // Self time per function, from the samples' time deltas.
      const self = new Map<number, number>();
      profile.samples?.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000));
      const byName = new Map<string, number>();
      for (const node of profile.nodes) {
        const f = node.callFrame;
        const name = `${f.functionName || '(anon)'} ${short(f.url).split('/').pop()}:${f.lineNumber}`;
        byName.set(name, (byName.get(name) ?? 0) + (self.get(node.id) ?? 0));
      }
      console.log('self ms by function (top 25):');
      for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25))
        console.log(`${ms.toFixed(1).padStart(8)}  ${name.slice(0, 100)}`);
      // Inclusive time: each sample counts for every function on its stack (once per function).
      const parent = new Map<number, number>();
      for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
      const nodeName = new Map(
        profile.nodes.map((n) => [
          n.id,
          `${n.callFrame.functionName || '(anon)'} ${short(n.callFrame.url).split('/').pop()}:${n.callFrame.lineNumber}`,
        ]),
      );
      const inclusive = new Map<string, number>();
      for (const [id, ms] of self) {
        const seen = new Set<string>();
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(nodeName.get(at)!);
        for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
      }
      // A coarse timeline: per 100 ms of the profile, where the samples were (the innermost named frame of note).
      const NOTE =
        /^(find|exactFirst|countFacets|showCounts|parseRecordTable|readConfig|startSearchPage|append|search|decompress|load_index_chunk|init_pagefind|loadWasm|__wbg_init|preload|earlyStart|occurrences|createResultList|\(program\)|\(idle\)|\(garbage collector\)) /;
      let sampleAt = profile.startTime;
      const buckets = new Map<number, Map<string, number>>();
      profile.samples?.forEach((id, i) => {
        sampleAt += profile.timeDeltas?.[i] ?? 0;
        let label = 'other';
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
          const name = nodeName.get(at)!;
          if (NOTE.test(name)) {
            label = name.split(':')[0]!;
            break;
          }
        }
        const bucket = Math.floor((sampleAt - profile.startTime) / 100_000);
        const map = buckets.get(bucket) ?? new Map<string, number>();
        map.set(label, (map.get(label) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
        buckets.set(bucket, map);
      });
      console.log('timeline (profile ms from its start; ms per label in each 100 ms):');
      for (const [bucket, map] of [...buckets].sort((a, b) => a[0] - b[0]))
        console.log(
          `${String(bucket * 100).padStart(5)}  ${[...map]
            .filter(([, ms]) => ms >= 5)
            .sort((a, b) => b[1] - a[1])
            .map(([l, ms]) => `${l} ${ms.toFixed(0)}`)
            .join(', ')}`,
        );
      console.log('inclusive ms by function (top 40):');
      for (const [name, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40))
        console.log(`${ms.toFixed(1).padStart(8)}  ${name.slice(0, 100)}`);
    }
    await page.waitForLoadState('networkidle');
    await Promise.all(bodies);
    const first = await page.evaluate(() => (globalThis as unknown as { __first: number }).__first);
    const nav = await page.evaluate(() => {
      const [n] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return n ? { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd } : null;
    });
    const hits = await page.locator('.result-hit').count();
    const list = [...rows.values()].sort((a, b) => a.start - b.start);
    console.log(`\nrun ${run + 1}: ${url.pathname}${url.search}`);
    console.log('start   end     gzip KB  bytes KB  prio      url  <- initiator');
    for (const r of list)
      console.log(
        `${r.start.toFixed(0).padStart(5)}  ${r.end.toFixed(0).padStart(5)}  ${(r.gzip / 1024).toFixed(1).padStart(8)}  ${(r.bytes / 1024).toFixed(1).padStart(8)}  ${r.priority.padEnd(8)}  ${decodeURIComponent(r.url).slice(0, 70)}  <- ${decodeURIComponent(r.initiator).slice(0, 60)}`,
      );
    const gzip = list.reduce((s, r) => s + r.gzip, 0);
    const beforeFirst = list.filter((r) => r.end <= first);
    console.log(
      `${list.length} requests, ${(gzip / 1024).toFixed(1)} KB gzip; before the first hit: ${beforeFirst.length} requests, ${(beforeFirst.reduce((s, r) => s + r.gzip, 0) / 1024).toFixed(1)} KB; DOMContentLoaded ${nav?.dcl.toFixed(0)} ms, load ${nav?.load.toFixed(0)} ms, first hit ${first.toFixed(0)} ms (performance.now), ${hits} hits`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

/**
 * Records what a Playwright page downloads: every response's body size as served and as a host
 * would send it gzipped (our static server does not compress; Pagefind's chunks are gzip
 * already, so the smaller of the two counts), and how many requests are still open.
 */
import type { Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';

export interface Transfer {
  url: string;
  /** Playwright's resource type: document, script, stylesheet, fetch, … */
  type: string;
  bytes: number;
  gzipBytes: number;
}

export interface TransferLog {
  /** Every transfer so far, once all bodies are read. */
  settled(): Promise<Transfer[]>;
  /** Resolves once no request has been open for `quietMs`. */
  quiet(quietMs?: number, timeoutMs?: number): Promise<void>;
}

export function gzipSize(body: Uint8Array): number {
  return Math.min(body.length, gzipSync(body).length);
}

export function logTransfers(page: Page): TransferLog {
  const pending: Promise<Transfer>[] = [];
  let open = 0;
  let lastChange = performance.now();
  page.on('request', () => {
    open++;
    lastChange = performance.now();
  });
  const done = () => {
    open--;
    lastChange = performance.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('response', (response) => {
    const type = response.request().resourceType();
    pending.push(
      response.body().then(
        (body) => ({ url: response.url(), type, bytes: body.length, gzipBytes: gzipSize(body) }),
        // Redirects and aborted requests have no body.
        () => ({ url: response.url(), type, bytes: 0, gzipBytes: 0 }),
      ),
    );
  });
  return {
    settled: () => Promise.all(pending),
    async quiet(quietMs = 300, timeoutMs = 60_000) {
      const deadline = performance.now() + timeoutMs;
      while (open > 0 || performance.now() - lastChange < quietMs) {
        if (performance.now() > deadline)
          throw new Error(`${page.url()}: still ${open} requests open after ${timeoutMs / 1000} s`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

/** Sums of a list of transfers. */
export function total(transfers: readonly Transfer[]): { bytes: number; gzipBytes: number; requests: number } {
  return transfers.reduce(
    (sum, t) => ({ bytes: sum.bytes + t.bytes, gzipBytes: sum.gzipBytes + t.gzipBytes, requests: sum.requests + 1 }),
    { bytes: 0, gzipBytes: 0, requests: 0 },
  );
}

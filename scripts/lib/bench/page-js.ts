/**
 * JavaScript each page type ships: the gzip size of every script file Chromium loads for the
 * page until the network is quiet (module imports included), and of its inline scripts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { gzipSize, logTransfers } from './transfers.ts';

export interface PageJs {
  path: string;
  /** Gzip bytes of the script files loaded. */
  filesGzip: number;
  files: string[];
  /** Gzip bytes of the page's inline scripts (JSON data blocks excluded). */
  inlineGzip: number;
}

const INLINE_SCRIPT =
  /<script\b(?![^>]*\bsrc=)(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/gi;

export function inlineScripts(html: string): string {
  return [...html.matchAll(INLINE_SCRIPT)].map((m) => m[1]).join('\n');
}

/** Measures the page at `path` of the site served at `url` from `dir`. */
export async function measurePageJs(browser: Browser, url: string, dir: string, path: string): Promise<PageJs> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const log = logTransfers(page);
    const response = await page.goto(new URL(path, url).href, { waitUntil: 'load', timeout: 120_000 });
    if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
    await log.quiet(500);
    const scripts = (await log.settled()).filter((t) => t.type === 'script' || /\.m?js$/.test(new URL(t.url).pathname));
    // From disk: Chromium drops the body of a page of many megabytes from its inspector cache.
    const inline = inlineScripts(readFileSync(join(dir, path, 'index.html'), 'utf8'));
    return {
      path,
      filesGzip: scripts.reduce((sum, t) => sum + t.gzipBytes, 0),
      files: scripts.map((t) => new URL(t.url).pathname),
      inlineGzip: inline.trim() === '' ? 0 : gzipSize(new TextEncoder().encode(inline)),
    };
  } finally {
    await context.close();
  }
}

import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { isGzipped, publishedName } from '../../src/lib/data-dictionary/data-files.ts';
import { buildFixtureSite, buildSyntheticSite } from './fixture-corpus.ts';
import { buildSite, launchBrowser, serveSite, type BuildOptions, type BuiltSite, type StaticServer } from './site.ts';

export interface SiteUnderTest {
  /** The site's root URL, base included, ending in "/". */
  readonly url: string;
  readonly dir: string;
  readonly browser: Browser;
  /** A blank page in a fresh browser context, closed with its context. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  /** The absolute URL of `path`, relative to the site root ("matrix/"). */
  at(path: string): string;
}

/** Builds (or reuses) the site of content/, serves it and starts Chromium for the test file; all stop after it. */
export function useSite(options: BuildOptions = {}): SiteUnderTest {
  return useBuilt(() => buildSite(options));
}

/**
 * The same for the site of the seeds plus tests/fixtures/`fixture` (see fixture-corpus.ts); call
 * it inside a describe() to scope the site to that block.
 */
export function useFixtureSite(fixture: string): SiteUnderTest {
  return useBuilt(() => buildFixtureSite(fixture), 600_000);
}

/** The same for the site of scripts/synth.ts's corpus of `documents` invented documents. */
export function useSyntheticSite(documents: number): SiteUnderTest {
  return useBuilt(() => buildSyntheticSite(documents), 900_000);
}

function useBuilt(build: () => Promise<BuiltSite>, timeout?: number): SiteUnderTest {
  let site: BuiltSite | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await build();
    server = await serveSite(site);
    browser = await launchBrowser();
  }, timeout);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the site is not up: did beforeAll fail?');
    return value;
  };
  return {
    get url() {
      return ready(server).url;
    },
    get dir() {
      return ready(site).dir;
    },
    get browser() {
      return ready(browser);
    },
    async newPage(viewport = { width: 1280, height: 900 }) {
      const context = await ready(browser).newContext({ viewport });
      const page = await context.newPage();
      // The browser may already be closed by afterAll when a page closes; nothing is left to release then.
      page.on('close', () => void context.close().catch(() => {}));
      return page;
    },
    at(path) {
      return new URL(path, ready(server).url).href;
    },
  };
}

/** The bytes of a built site's data file as content/data has it, unzipped when it is published as `.gz`. */
export function siteDataBytes(dir: string, file: string): Buffer {
  const bytes = readFileSync(join(dir, 'data', publishedName(file)));
  return isGzipped(file) ? gunzipSync(bytes) : bytes;
}

/** The text of a built site's data file as content/data has it (see siteDataBytes). */
export function siteData(dir: string, file: string): string {
  return siteDataBytes(dir, file).toString('utf8');
}

/** The ids of the built document pages. */
export function documentIds(dir: string): string[] {
  return readdirSync(join(dir, 'docs'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** One page of every type, in Chinese and English; `path` is relative to the site root of the built site in `dir`. */
export const PAGE_TYPES: readonly { name: string; path: (dir: string) => string }[] = (() => {
  const paths: [string, (dir: string) => string][] = [
    ['home', () => ''],
    ['document', (dir) => `docs/${documentIds(dir)[0]}/`],
    ['themes', () => 'themes/'],
    ['theme', () => 'themes/investment/'],
    ['matrix', () => 'matrix/'],
    ['instruments', () => 'matrix/instruments/'],
    ['phrases', () => 'phrases/'],
    ['targets', () => 'targets/'],
    ['industries', () => 'industries/'],
    ['compare', () => 'compare/'],
    ['parks', () => 'parks/'],
    ['park', () => 'parks/changsha-etdz/'],
    ['data', () => 'data/'],
    ['about', () => 'about/'],
  ];
  return [
    ...paths.map(([name, path]) => ({ name, path })),
    ...paths.map(([name, path]) => ({ name: `en ${name}`, path: (dir: string) => `en/${path(dir)}` })),
  ];
})();

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildT2sMap } from '../../src/shared/search/t2s-map.ts';
import { getCodebook, getDocuments, getPassages } from '../../src/lib/corpus.ts';
import {
  FACETS,
  emptySelection,
  facetValues,
  type Facet,
  type FacetValues,
  type Selection,
} from '../../src/lib/search/facets.ts';
import { normalize } from '../../src/lib/search/tokenize.ts';
import { recordProblems } from '../support/page-problems.ts';
import { useSite } from '../support/use-site.ts';
import { mulberry32 } from '../../src/shared/prng.ts';
import { showAllHits } from '../support/search-page.ts';

// Tests end with `await page.context().close()`, so no close is still running when the browser stops.
const site = useSite();
const t2s = buildT2sMap();
const passages = getPassages();
const docs = new Map(getDocuments().map((d) => [d.id, d]));
const key = (p: { doc: string; id: string }) => `${p.doc}/${p.id}`;
const valuesOf = (p: (typeof passages)[number]): FacetValues => facetValues(p.themes, docs.get(p.doc)!);

/** Sentences whose normalised text contains the normalised query: what the search must return. */
function containing(query: string): string[] {
  const q = normalize(query, t2s);
  return passages
    .filter((p) => normalize(p.text, t2s).includes(q))
    .map(key)
    .sort();
}

/** The exactness sample: every codebook term, random substrings, and queries across word boundaries. */
function sampleQueries(): string[] {
  const queries = new Set<string>(['链延链', '营商环', '业园区']);
  for (const theme of getCodebook().themes) for (const { term } of theme.terms) queries.add(term);
  const random = mulberry32(20261124);
  while (queries.size < 420) {
    const chars = Array.from(passages[Math.floor(random() * passages.length)]!.text);
    const length = 2 + Math.floor(random() * 5);
    if (chars.length < length) continue;
    const start = Math.floor(random() * (chars.length - length + 1));
    queries.add(chars.slice(start, start + length).join(''));
  }
  return [...queries];
}

/** A query the page reads as one exact string: quoted when it holds a space or is a policy alias. */
function asExact(query: string): string {
  const aliases = new Set(getCodebook().aliases.map((a) => normalize(a.query, t2s)));
  return /\s/.test(query) || aliases.has(normalize(query, t2s)) ? `"${query}"` : query;
}

/**
 * Holds the page's requests for search texts, but those `passes(n)` lets through (n counts the
 * requests from 0); `release()` lets the held ones go, and every later one passes.
 */
async function holdTexts(page: Page, passes: (n: number) => boolean) {
  const held: (() => Promise<void>)[] = [];
  let asked = 0;
  let holding = true;
  await page.route('**/search/text/*', (route) => {
    const n = asked++;
    if (!holding || passes(n)) return route.continue();
    held.push(() => route.continue());
    return undefined;
  });
  return {
    asked: () => asked,
    held: () => held.length,
    release: async () => {
      holding = false;
      await Promise.all(held.map((release) => release()));
    },
  };
}

async function openSearch(page: Page, query = ''): Promise<void> {
  await page.goto(site.at(`search/${query}`));
  await page.waitForFunction(
    () =>
      document.querySelector('#search-results')?.getAttribute('aria-busy') === null &&
      document.querySelector('#search-status')?.textContent !== '',
  );
  await page.waitForFunction(() => 'parkPlansSearch' in globalThis);
}

async function findAll(page: Page, queries: string[]): Promise<{ passages: string[]; candidates: number }[]> {
  return page.evaluate(async (qs) => {
    const api = (
      globalThis as unknown as {
        parkPlansSearch: { find(q: string): Promise<{ passages: string[]; candidates: number }> };
      }
    ).parkPlansSearch;
    const out = [];
    for (const q of qs) out.push(await api.find(q));
    return out;
  }, queries);
}

/** The counts the filters show, read from the page. */
async function shownCounts(page: Page): Promise<Record<string, Record<string, number>>> {
  return page.evaluate(() => {
    const counts: Record<string, Record<string, number>> = {};
    for (const box of document.querySelectorAll<HTMLInputElement>('#search-form fieldset input[type="checkbox"]')) {
      (counts[box.name] ??= {})[box.value] = Number(
        box.closest('label')?.querySelector('.count')?.textContent ?? 'NaN',
      );
    }
    return counts;
  });
}

/** Counts computed from the data files: each filter under the other filters, over `items`. */
function expectedCounts(
  items: FacetValues[],
  selection: Selection,
  shown: Record<string, Record<string, number>>,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const facet of Object.keys(shown) as Facet[]) {
    out[facet] = {};
    for (const value of Object.keys(shown[facet]!)) {
      out[facet][value] = items.filter(
        (v) =>
          v[facet].includes(value) &&
          FACETS.every((f) => f === facet || selection[f].length === 0 || selection[f].some((s) => v[f].includes(s))),
      ).length;
    }
  }
  return out;
}

async function shownHits(page: Page): Promise<string[]> {
  await showAllHits(page);
  return page.$$eval('.result-hit .hit-meta a', (links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      const parts = url.pathname.split('/');
      return `${decodeURIComponent(parts[parts.lastIndexOf('docs') + 1]!)}/${url.hash.slice(1)}`;
    }),
  );
}

describe('search', () => {
  it('returns exactly the sentences containing each of 400+ queries: codebook terms, random substrings, boundary-crossing strings', async () => {
    const page = await site.newPage();
    const problems = recordProblems(page);
    await openSearch(page);
    const queries = sampleQueries();
    expect(queries.length).toBeGreaterThanOrEqual(300);
    const answers = await findAll(page, queries.map(asExact));

    let returned = 0;
    let rawContaining = 0;
    let candidates = 0;
    const wrong: string[] = [];
    queries.forEach((query, i) => {
      const got = [...answers[i]!.passages].sort();
      const expected = containing(query);
      if (JSON.stringify(got) !== JSON.stringify(expected))
        wrong.push(`${query}: got ${got.length}, expected ${expected.length}`);
      // Recall against Ctrl-F on the text as written, which the normalised match contains.
      const raw = passages.filter((p) => p.text.includes(query)).map(key);
      expect(
        raw.every((k) => got.includes(k)),
        `recall of ${query}`,
      ).toBe(true);
      returned += got.length;
      rawContaining += raw.length;
      candidates += answers[i]!.candidates;
    });
    expect(wrong).toEqual([]);
    console.log(
      `exactness: ${queries.length} queries, recall 100%, precision against the raw text ${((rawContaining / returned) * 100).toFixed(2)}%, ` +
        `index records looked at ${candidates} for ${returned} hits`,
    );
    for (const boundary of ['链延链', '营商环', '业园区'])
      expect(containing(boundary).length, boundary).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('searches a traditional query as simplified and an alias as everything it stands for, and says so', async () => {
    const page = await site.newPage();
    await openSearch(page, `?q=${encodeURIComponent('營商環境')}`);
    expect((await shownHits(page)).sort()).toEqual(containing('营商环境'));
    await expect.poll(() => page.locator('.hit-text mark').first().textContent()).toBe('营商环境');

    await openSearch(page, `?q=${encodeURIComponent('双招双引')}`);
    const alias = getCodebook().aliases.find((a) => a.query === '双招双引')!;
    const expected = [...new Set([alias.query, ...alias.expands].flatMap(containing))].sort();
    expect(expected.length).toBeGreaterThan(0);
    expect((await shownHits(page)).sort()).toEqual(expected);
    const also = await page.locator('#search-expansions').textContent();
    for (const term of alias.expands) expect(also).toContain(term);
    await page.context().close();
  });

  it('lists exact hits before alias-only ones, marks those, and turns expansion off by a switch kept in the URL', async () => {
    const page = await site.newPage();
    const alias = getCodebook().aliases.find((a) => a.query === '专精特新')!;
    const exact = containing(alias.query);
    const viaAlias = [...new Set(alias.expands.flatMap(containing))].filter((k) => !exact.includes(k));
    expect(exact.length).toBeGreaterThan(0);
    expect(viaAlias.length).toBeGreaterThan(0);
    await openSearch(page, `?q=${encodeURIComponent(alias.query)}`);
    const shown = await shownHits(page);
    expect(shown.slice(0, exact.length).sort()).toEqual(exact);
    expect(shown.slice(exact.length).sort()).toEqual(viaAlias.sort());
    expect(await page.locator('.result-hit:has(.via-alias)').count()).toBe(viaAlias.length);

    await page.locator('input[name="alias"]').uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('alias')).toBe('off');
    await expect.poll(() => shownHits(page).then((h) => h.sort())).toEqual(exact);
    expect(await page.locator('.via-alias').count()).toBe(0);
    await page.reload();
    await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === null);
    expect(await page.locator('input[name="alias"]').isChecked()).toBe(false);
    await page.context().close();
  });

  it('names each filter value with its group, so a province is never taken for a park that contains its name', async () => {
    const page = await site.newPage();
    await openSearch(page);
    await page.evaluate(() => ((document.querySelector('#search-filters') as HTMLDetailsElement).open = true));
    const province = page.getByRole('checkbox', { name: /^省份：\s*湖南/u });
    await expect.poll(() => province.count()).toBe(1);
    await province.check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('province')).toEqual(['湖南']);
    expect(new URL(page.url()).searchParams.getAll('park')).toEqual([]);
    await page.context().close();
  });

  it('downloads the hits of the current query and filters as CSV: document, sentence, address, text, themes', async () => {
    const page = await site.newPage();
    await openSearch(page, `?q=${encodeURIComponent('营商环境')}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#search-download').click()]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync(path, 'utf8')
      .replace(/^\uFEFF/u, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('doc,sentence,url,text,themes,section');
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',').slice(0, 2).join('/'))
        .sort(),
    ).toEqual(containing('营商环境'));
    expect(download.suggestedFilename()).toBe('search-营商环境.csv');
    await page.context().close();
  });

  it('shows filter counts that match the data files, with a query and when browsing without one', async () => {
    const page = await site.newPage();
    const selection: Selection = { ...emptySelection(), theme: ['investment', 'projects'], year: ['2020', 'unknown'] };
    const params = new URLSearchParams([
      ['q', '发展'],
      ...selection.theme.map((v) => ['theme', v]),
      ...selection.year.map((v) => ['year', v]),
    ]);
    await openSearch(page, `?${params}`);
    const matching = passages.filter((p) => normalize(p.text, t2s).includes('发展'));
    const shown = await shownCounts(page);
    expect(shown).toEqual(expectedCounts(matching.map(valuesOf), selection, shown));
    const passing = matching.filter((p) =>
      FACETS.every((f) => selection[f].length === 0 || selection[f].some((v) => valuesOf(p)[f].includes(v))),
    );
    expect((await shownHits(page)).sort()).toEqual(passing.map(key).sort());

    const browse: Selection = {
      ...emptySelection(),
      park: [getDocuments()[1]!.parkId ?? 'unknown'],
      theme: ['innovation'],
    };
    await openSearch(page, `?park=${encodeURIComponent(browse.park[0]!)}&theme=innovation`);
    const browsing = await shownCounts(page);
    expect(browsing).toEqual(expectedCounts(passages.map(valuesOf), browse, browsing));
    const total = passages.filter(
      (p) => valuesOf(p).park.includes(browse.park[0]!) && p.themes.includes('innovation'),
    ).length;
    expect(await page.locator('#search-status').textContent()).toContain(String(total));
    expect(await shownHits(page)).toHaveLength(total);
    await page.context().close();
  });

  it('fetches the theme table only once the filters are opened or a theme is chosen; hits show their themes before it', async () => {
    const page = await site.newPage();
    const themeTables: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/search/themes.json')) themeTables.push(request.url());
    });
    await openSearch(page, `?q=${encodeURIComponent('发展')}`);
    expect(await page.locator('#search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const byKey = new Map(passages.map((p) => [key(p), p.themes]));
    const chips = await page.$$eval('.result-hit', (items) =>
      items.map((item) => {
        const url = new URL(item.querySelector<HTMLAnchorElement>('.hit-meta a')!.href);
        const parts = url.pathname.split('/');
        return {
          key: `${decodeURIComponent(parts[parts.lastIndexOf('docs') + 1]!)}/${url.hash.slice(1)}`,
          themes: [...item.querySelectorAll<HTMLElement>('.chip')].map((c) => c.dataset['theme']),
        };
      }),
    );
    expect(chips.length).toBeGreaterThan(0);
    for (const hit of chips) expect(hit.themes, hit.key).toEqual(byKey.get(hit.key));
    expect(themeTables).toEqual([]);

    await page.locator('#search-filters > summary').click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('input[name="theme"]')].every(
        (box) => box.closest('label')?.querySelector('.count')?.textContent !== '…',
      ),
    );
    const matching = passages.filter((p) => normalize(p.text, t2s).includes('发展'));
    const shown = await shownCounts(page);
    expect(shown).toEqual(expectedCounts(matching.map(valuesOf), emptySelection(), shown));
    expect(themeTables).toHaveLength(1);
    await page.context().close();
  });

  it('draws a hit as soon as its own text is there, without waiting for the texts of the hits after it', async () => {
    const page = await site.newPage();
    // The first text asked for is the first hit's; every later one waits until released.
    const texts = await holdTexts(page, (n) => n === 0);
    await page.goto(site.at(`search/?q=${encodeURIComponent('发展')}`));
    await page.waitForSelector('.result-hit');
    expect(texts.held()).toBeGreaterThan(0);
    expect(await page.locator('#search-results').getAttribute('aria-busy')).toBe('true');
    await texts.release();
    await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === null);
    expect(await page.locator('.result-hit').count()).toBe(Math.min(20, containing('发展').length));
    await page.context().close();
  });

  it('asks for the texts of a first screenful of hits first, and for the rest of the page once that screen is drawn', async () => {
    const page = await site.newPage();
    const texts = await holdTexts(page, () => false);
    await page.goto(site.at(`search/?q=${encodeURIComponent('发展')}`));
    await expect.poll(() => texts.asked()).toBeGreaterThan(0);
    // Nothing is drawn while every text is held, so nothing more may be asked for.
    await page.waitForTimeout(500);
    const first = texts.asked();
    expect(first).toBeLessThanOrEqual(5);
    await texts.release();
    await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === null);
    expect(await page.locator('.result-hit').count()).toBe(Math.min(20, containing('发展').length));
    expect(texts.asked()).toBeGreaterThan(first);
    await page.context().close();
  });

  it('fetches the index chunks of what is typed before the search that follows the pause', async () => {
    const page = await site.newPage();
    await openSearch(page);
    const chunk = page.waitForRequest((request) => new URL(request.url()).pathname.includes('/pagefind/index/'));
    await page.fill('#search-form input[name="q"]', '招商引资');
    await chunk;
    // The search itself starts after the typing pause and puts the query in the address.
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '招商引资');
    await page.context().close();
  });

  it('draws each page of hits once, however fast "more" is pressed', async () => {
    const page = await site.newPage();
    await openSearch(page, `?q=${encodeURIComponent('发展')}`);
    const first = await page.locator('.result-hit').count();
    const total = containing('发展').length;
    expect(total).toBeGreaterThan(2 * first);
    // Two presses before the first page's texts arrive: the second must not fetch that page again.
    await page.locator('#search-more').evaluate((button) => {
      (button as HTMLButtonElement).click();
      (button as HTMLButtonElement).click();
    });
    await page.waitForFunction((n) => document.querySelectorAll('.result-hit').length > n, first);
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('#search-more')!.disabled);
    const links = await page.$$eval('.result-hit .hit-meta a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(new Set(links).size).toBe(links.length);
    expect(links).toHaveLength(2 * first);
    await page.context().close();
  });

  it('keeps query, filters and order in the URL, and restores them on reload, back and forward', async () => {
    const page = await site.newPage();
    await openSearch(page);
    await page.locator('#search-q').fill('项目');
    await page.locator('#search-q').press('Enter');
    await page.waitForURL(/\?q=%E9%A1%B9%E7%9B%AE$/);
    await page.waitForFunction(
      () =>
        document.querySelector('.result-hit') !== null &&
        document.querySelector('#search-results')?.getAttribute('aria-busy') === null,
    );
    const projectHits = await page.locator('#search-status').textContent();
    expect(projectHits).toContain(String(containing('项目').length));
    await page.locator('#search-filters > summary').click();
    await page.locator('input[name="theme"][value="investment"]').check();
    await page.waitForURL(/theme=investment/);
    await page.locator('#search-sort').selectOption('year');
    await page.waitForURL(/sort=year/);
    expect(new URL(page.url()).search).toBe('?q=%E9%A1%B9%E7%9B%AE&theme=investment&sort=year');

    await page.reload();
    await page.waitForFunction(() => document.querySelector('#search-results .result-hit') !== null);
    expect(await page.locator('#search-q').inputValue()).toBe('项目');
    expect(await page.locator('input[name="theme"][value="investment"]').isChecked()).toBe(true);
    expect(await page.locator('#search-sort').inputValue()).toBe('year');

    await page.goBack();
    await page.waitForURL(/theme=investment$/);
    await expect.poll(() => page.locator('#search-sort').inputValue()).toBe('relevance');
    await page.goBack();
    await page.waitForURL(/\?q=%E9%A1%B9%E7%9B%AE$/);
    await expect.poll(() => page.locator('input[name="theme"][value="investment"]').isChecked()).toBe(false);
    await expect.poll(() => page.locator('#search-status').textContent()).toBe(projectHits);
    await page.goForward();
    await expect.poll(() => page.locator('input[name="theme"][value="investment"]').isChecked()).toBe(true);
    await page.context().close();
  });

  it('hands Pagefind its index inflated by the browser, so its own JavaScript inflate is skipped', async () => {
    const page = await site.newPage();
    const problems = recordProblems(page);
    await openSearch(page, `?q=${encodeURIComponent('营商环境')}`);
    const heads = await page.evaluate(async () => {
      const first = async (url: string, n: number) =>
        Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer()).slice(0, n));
      const meta = document.querySelector('link[data-pagefind-meta]')!.getAttribute('href')!;
      return {
        meta: String.fromCharCode(...(await first(meta, 12))),
        wasm: String.fromCharCode(...(await first('../pagefind/wasm.unknown.pagefind', 12))),
        // The page's own gzipped files are the page's to inflate: they pass as they were sent.
        text: await first('text/0-0.json.gz', 2),
      };
    });
    expect(heads).toEqual({ meta: 'pagefind_dcd', wasm: 'pagefind_dcd', text: [0x1f, 0x8b] });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('links a hit to its sentence, which the document page highlights with the term', async () => {
    const page = await site.newPage();
    const problems = recordProblems(page);
    await openSearch(page, `?q=${encodeURIComponent('链延链')}`);
    const link = page.locator('.result-hit .hit-meta a').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/\/docs\/[^/]+\/\?hl=%E9%93%BE%E5%BB%B6%E9%93%BE#s\d{4}$/);
    await link.click();
    await page.waitForSelector('.search-target mark.search-term');
    const id = new URL(page.url()).hash.slice(1);
    expect(await page.locator('.search-target').getAttribute('id')).toBe(id);
    expect(await page.locator('.search-target mark.search-term').allTextContents()).toEqual(['链延链']);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('focuses a search box when "/" is pressed, unless the reader is typing', async () => {
    const page = await site.newPage();
    await page.goto(site.at(`docs/${getDocuments()[0]!.id}/`));
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('/x');
    expect(await page.locator('#site-search').inputValue()).toBe('/x');
    await openSearch(page);
    await page.locator('body').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.context().close();
  });

  it('opened from a file, says so and searches the fallback array with the same results', async () => {
    const page = await site.newPage();
    const url = pathToFileURL(join(site.dir, 'search/index.html'));
    url.search = `?q=${encodeURIComponent('营商环境')}`;
    await page.goto(url.href);
    await page.waitForSelector('#search-notice:not([hidden])');
    await page.waitForSelector('.result-hit');
    expect(await page.locator('#search-notice').textContent()).toContain('file://');
    expect(await page.evaluate(() => document.documentElement.dataset['searchMode'])).toBe('file');
    expect((await shownHits(page)).sort()).toEqual(containing('营商环境'));
    expect(await page.locator('.result-hit .hit-meta a').first().getAttribute('href')).toMatch(
      /^\.\.\/docs\/[^/]+\/index\.html\?hl=/,
    );
    await page.context().close();
  });

  it('measures: index size, bytes for a first and second query, time to first result', async () => {
    const size = (dir: string): number =>
      readdirSync(dir, { withFileTypes: true }).reduce(
        (sum, e) => sum + (e.isDirectory() ? size(join(dir, e.name)) : statSync(join(dir, e.name)).size),
        0,
      );
    const pagefindDir = join(site.dir, 'pagefind');
    const records = ['records', 'themes'].reduce(
      (sum, t) => sum + statSync(join(site.dir, `search/${t}.json`)).size,
      0,
    );
    const texts = size(join(site.dir, 'search/text'));
    const indexBytes = size(join(pagefindDir, 'index')) + records + texts;

    const page = await site.newPage();
    const bodies: Promise<number>[] = [];
    page.on('response', (response) =>
      bodies.push(
        response.body().then(
          (b) => b.length,
          () => 0,
        ),
      ),
    );
    const transferred = async () => (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
    const settled = (count: number) =>
      page.waitForFunction(
        (n) =>
          document.querySelector('#search-results')?.getAttribute('aria-busy') === null &&
          document.querySelector('#search-status')?.textContent?.includes(n),
        String(count),
      );

    const started = Date.now();
    await page.goto(site.at(`search/?q=${encodeURIComponent('营商环境')}`));
    await page.waitForSelector('.result-hit');
    const firstResultMs = Date.now() - started;
    await settled(containing('营商环境').length);
    await page.waitForLoadState('networkidle');
    const firstBytes = await transferred();

    const secondStarted = Date.now();
    await page.locator('#search-q').fill('产业链');
    await page.locator('#search-q').press('Enter');
    await settled(containing('产业链').length);
    const secondMs = Date.now() - secondStarted;
    await page.waitForLoadState('networkidle');
    const secondBytes = (await transferred()) - firstBytes;

    const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
    console.log(
      `measures: index on disk ${kib(indexBytes)} (Pagefind index ${kib(size(join(pagefindDir, 'index')))}, record and theme tables ${kib(records)}, texts ${kib(texts)}); ` +
        `first query from a cold page 营商环境: ${kib(firstBytes)} in all, first result after ${firstResultMs} ms; ` +
        `second query 产业链: ${kib(secondBytes)} in ${secondMs} ms`,
    );
    expect(secondBytes).toBeLessThan(firstBytes);
    await page.context().close();
  });
});

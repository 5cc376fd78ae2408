import { gunzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getDocuments, getPassages, getPassagesOf } from '../../src/lib/corpus.ts';
import { serveDir } from '../support/site.ts';
import { twinShown } from '../support/twin.ts';
import { useSite } from '../support/use-site.ts';
import { waitForHits } from '../support/search-page.ts';

const site = useSite();
const QUERY = '营商环境';

/** Waits until the page is controlled by the site's service worker, which has stored the shell by then. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
  });
}

/** The paths, relative to the site root, of every response the worker has stored. */
async function storedPaths(page: Page, root: string): Promise<string[]> {
  const urls = await page.evaluate(async () => {
    const all: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) all.push(request.url);
    return all;
  });
  return urls.map((url) => url.slice(root.length));
}

async function offlineServer(): Promise<{ url: string; context: BrowserContext; goOffline(): Promise<void> }> {
  const server = await serveDir(site.dir);
  const context = await site.browser.newContext();
  return {
    url: server.url,
    context,
    async goOffline() {
      await context.setOffline(true);
      await server.close();
    },
  };
}

describe('offline use', () => {
  it('a first visit stores the shell, not the whole site; the pages read and a search made work offline', async () => {
    const documents = getDocuments();
    const [first, second] = documents;
    const { url, context, goOffline } = await offlineServer();
    const page = await context.newPage();
    await page.goto(`${url}docs/${first!.id}/`);
    await controlled(page);
    const shell = await storedPaths(page, url);
    expect(shell).toContain('search/');
    expect(shell.some((path) => path.startsWith('pagefind/pagefind'))).toBe(true);
    expect(shell.filter((path) => path.startsWith('docs/'))).toEqual([]);

    // Read once while online, so the worker keeps them (the English page keeps the Chinese one it shows).
    await page.reload();
    await page.goto(`${url}en/docs/${second!.id}/`);
    await twinShown(page);
    await page.goto(`${url}search/?q=${encodeURIComponent(QUERY)}`);
    await waitForHits(page);
    const hits = await page.locator('.result-hit').count();
    await goOffline();

    expect((await page.goto(`${url}docs/${first!.id}/`))?.ok()).toBe(true);
    expect(await page.locator('h1').textContent()).toBe(first!.title);
    await page.goto(`${url}search/?q=${encodeURIComponent(QUERY)}`);
    await waitForHits(page);
    expect(await page.locator('.result-hit').count()).toBe(hits);
    await page.goto(`${url}en/docs/${second!.id}/`);
    await twinShown(page);
    expect(await page.locator('.doc-text .s').count()).toBe(getPassagesOf(second!.id).length);
    // A page never read is not there; the worker answers with the site's 404 page, which says how to store it.
    await page.goto(`${url}docs/${documents[2]!.id}/`);
    expect(await page.locator('h1').textContent()).toContain('Page not found');
    await context.close();
  });

  it('the footer’s button saves the whole site, after which every page, the index and the data work offline', async () => {
    const documents = getDocuments();
    const { url, context, goOffline } = await offlineServer();
    const page = await context.newPage();
    await page.goto(`${url}en/`);
    await controlled(page);
    const button = page.locator('.offline-save button');
    await button.waitFor();
    expect(await button.textContent()).toMatch(
      /^Save the whole site for offline use \(\d+(\.\d)? [KM]B, [\d,]+ files\)$/,
    );
    await button.click();
    await page.waitForFunction(
      () => document.querySelector('.offline-save [role=status]')?.textContent?.startsWith('The whole site is saved'),
      null,
      { timeout: 120_000 },
    );
    await goOffline();

    await page.goto(`${url}search/?q=${encodeURIComponent(QUERY)}`);
    await page.waitForSelector('.result-hit');
    expect(await page.locator('.result-hit').count()).toBeGreaterThan(0);
    for (const doc of documents) {
      expect((await page.goto(`${url}docs/${doc.id}/`))?.ok(), doc.id).toBe(true);
      expect(await page.locator('h1').textContent()).toBe(doc.title);
    }
    const data = await page.evaluate(
      async (file) => [...new Uint8Array(await (await fetch(file)).arrayBuffer())],
      `${url}data/passages.jsonl.gz`,
    );
    expect(gunzipSync(Uint8Array.from(data)).toString('utf8').trim().split('\n')).toHaveLength(getPassages().length);
    // Reopened, the footer says the site is saved instead of offering the button again.
    await page.goto(`${url}en/`);
    await page.locator('.offline-save:not([hidden])').waitFor();
    expect(await page.locator('.offline-save [role=status]').textContent()).toMatch(/^The whole site is saved/);
    await context.close();
  });
});

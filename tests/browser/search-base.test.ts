import { describe, expect, it } from 'vitest';
import { getPassages } from '../../src/lib/corpus.ts';
import { axeViolations } from '../support/axe.ts';
import { recordProblems } from '../support/page-problems.ts';
import { useSite } from '../support/use-site.ts';
import { waitForHits } from '../support/search-page.ts';

const BASE = '/park-plans-compared/';
// Tests end with `await page.context().close()`, so no close is still running when the browser stops.
const site = useSite({ base: BASE });
const expected = getPassages().filter((p) => p.text.includes('营商环境')).length;

describe(`search under BASE_PATH=${BASE}`, () => {
  it('finds, links and registers its service worker under the base, in Chinese and English', async () => {
    const page = await site.newPage();
    const problems = recordProblems(page);
    await page.goto(site.at(`search/?q=${encodeURIComponent('营商环境')}`));
    await waitForHits(page);
    expect(await page.locator('.result-hit').count()).toBe(expected);
    const hrefs = await page.$$eval('.result-hit .hit-meta a', (links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.every((h) => h.startsWith(`${BASE}docs/`))).toBe(true);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe(BASE);

    await page.goto(site.at(`en/search/?q=${encodeURIComponent('营商环境')}`));
    await waitForHits(page);
    expect(await page.locator('#search-status').textContent()).toMatch(new RegExp(`^${expected} sentences found`));
    const enHref = await page.locator('.result-hit .hit-meta a').first().getAttribute('href');
    expect(enHref).toMatch(new RegExp(`^${BASE}en/docs/[^/]+/\\?hl=`));
    await page.goto(new URL(enHref!, site.url).href);
    await page.waitForSelector('.search-target mark.search-term');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('has no serious or critical axe-core violation on the search page, filled in or browsing, wide or narrow', async () => {
    const found: string[] = [];
    for (const [path, viewport] of [
      [`search/?q=${encodeURIComponent('招商')}&theme=investment`, undefined],
      ['en/search/?year=2020', undefined],
      [`search/?q=${encodeURIComponent('项目')}`, { width: 390, height: 844 }],
    ] as const) {
      const page = await site.newPage(viewport);
      await page.goto(site.at(path));
      await page.waitForFunction(
        () =>
          document.querySelector('.result-hit') !== null &&
          document.querySelector('#search-results')?.getAttribute('aria-busy') === null,
      );
      found.push(...(await axeViolations(page, path)));
      await page.context().close();
    }
    expect(found).toEqual([]);
  });
});

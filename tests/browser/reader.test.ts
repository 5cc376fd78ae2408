/**
 * Issue 13's reader-side points in both languages and at both widths (1280 px and a 360 px
 * phone), where search.test.ts, phones.test.ts and english.test.ts check one of them: search
 * order and alias mark, the alias switch in the URL, facet labels, the CSV of the results, the
 * compare form and its picker, the targets cards.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/use-site.ts';
import { showAllHits } from '../support/search-page.ts';

const site = useSite();
const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 780 };
const LANGS = [
  {
    lang: 'zh',
    prefix: '',
    viaAlias: '同义扩展',
    province: /^省份：\s*湖南/u,
    park: /^园区：\s*湖南湘江新区/u,
    docLabel: '"文件"',
  },
  {
    lang: 'en',
    prefix: 'en/',
    viaAlias: 'via alias',
    province: /^Province:\s*Hunan/u,
    park: /^Park:.*湖南湘江新区/u,
    docLabel: '"Document"',
  },
] as const;
const CASES = LANGS.flatMap((l) => [WIDE, PHONE].map((viewport) => ({ ...l, viewport, width: viewport.width })));

async function openSearch(page: Page, prefix: string, query: string): Promise<void> {
  await page.goto(site.at(`${prefix}search/${query}`));
  await page.waitForFunction(
    () =>
      document.querySelector('#search-results')?.getAttribute('aria-busy') === null &&
      document.querySelector('#search-status')?.textContent !== '',
  );
}

/** Per shown hit, in order: whether it carries the via-alias mark (all pages of results loaded). */
async function aliasMarks(page: Page): Promise<boolean[]> {
  await showAllHits(page);
  return page.locator('.result-hit').evaluateAll((hits) => hits.map((h) => h.querySelector('.via-alias') !== null));
}

/** Whether the element is inside the screen's width. */
async function withinWidth(page: Page, selector: string, width: number): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  return box !== null && box.x >= 0 && box.x + box.width <= width;
}

describe('search, in both languages, wide and on a phone', () => {
  it.each(CASES)(
    '$lang at $width px: exact hits first, alias-only ones marked after them, and a switch in the URL turns expansion off',
    async ({ prefix, viewport, width, viaAlias }) => {
      const page = await site.newPage(viewport);
      await openSearch(page, prefix, `?q=${encodeURIComponent('专精特新')}`);
      const marks = await aliasMarks(page);
      const exact = marks.filter((m) => !m).length;
      expect(exact).toBeGreaterThan(0);
      expect(marks.length).toBeGreaterThan(exact);
      expect(marks).toEqual([...Array<boolean>(exact).fill(false), ...Array<boolean>(marks.length - exact).fill(true)]);
      expect(await page.locator('.via-alias').first().textContent()).toContain(viaAlias);
      expect(await page.locator('.via-alias').first().isVisible()).toBe(true);

      const toggle = page.locator('input[name="alias"]');
      expect(await toggle.isVisible()).toBe(true);
      expect(await withinWidth(page, 'input[name="alias"]', width)).toBe(true);
      await toggle.uncheck();
      await expect.poll(() => new URL(page.url()).searchParams.get('alias'), { timeout: 10_000 }).toBe('off');
      await expect.poll(() => aliasMarks(page), { timeout: 10_000 }).toEqual(Array<boolean>(exact).fill(false));
      await page.reload();
      await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === null);
      expect(await toggle.isChecked()).toBe(false);
      await page.close();
    },
  );

  it.each(CASES)(
    '$lang at $width px: a filter value is named with its group, and the province 湖南 is not the park 湖南湘江新区',
    async ({ prefix, viewport, province, park }) => {
      const page = await site.newPage(viewport);
      await openSearch(page, prefix, '');
      await page.evaluate(() => ((document.querySelector('#search-filters') as HTMLDetailsElement).open = true));
      await expect.poll(() => page.getByRole('checkbox', { name: park }).count(), { timeout: 10_000 }).toBe(1);
      const box = page.getByRole('checkbox', { name: province });
      expect(await box.count()).toBe(1);
      await box.check();
      await expect
        .poll(() => new URL(page.url()).searchParams.getAll('province'), { timeout: 10_000 })
        .toEqual(['湖南']);
      expect(new URL(page.url()).searchParams.getAll('park')).toEqual([]);
      await page.close();
    },
  );

  it.each(CASES)(
    '$lang at $width px: downloads the hits of the query and filters as CSV, one row per hit',
    async ({ prefix, viewport, width }) => {
      const page = await site.newPage(viewport);
      await openSearch(page, prefix, `?q=${encodeURIComponent('营商环境')}&province=${encodeURIComponent('湖南')}`);
      const hits = (await aliasMarks(page)).length;
      expect(hits).toBeGreaterThan(0);
      expect(await withinWidth(page, '#search-download', width)).toBe(true);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#search-download').click()]);
      const lines = readFileSync(await download.path(), 'utf8')
        .replace(/^\uFEFF/u, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe('doc,sentence,url,text,themes,section');
      expect(lines.length - 1).toBe(hits);
      expect(lines.slice(1).every((l) => l.includes('营商环境'))).toBe(true);
      expect(download.suggestedFilename()).toBe('search-营商环境.csv');
      await page.close();
    },
  );
});

describe('the compare picker and the targets page, in both languages, wide and on a phone', () => {
  it.each(CASES)(
    '$lang at $width px: the compare form fits the screen and the picker filters by typing',
    async ({ prefix, viewport, width }) => {
      const page = await site.newPage(viewport);
      await page.goto(site.at(`${prefix}compare/`), { waitUntil: 'networkidle' });
      const visible = () =>
        page
          .locator('.doc-picks > li:not([hidden]) input')
          .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value).sort());
      const all = await visible();
      expect(all.length).toBeGreaterThan(2);
      expect(await withinWidth(page, '#compare-form', width)).toBe(true);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBeLessThanOrEqual(0);
      await page.fill('.pick-filter input[type=search]', '长沙');
      expect(await visible()).toEqual(['001-944198d32a153964', '003-9d3a68c62c194251']);
      await page.fill('.pick-filter input[type=search]', '');
      expect(await visible()).toEqual(all);
      await page.close();
    },
  );

  it.each(CASES)(
    '$lang at $width px: targets are cards on a phone, with the document link on screen, and a table when wide',
    async ({ prefix, viewport, width, docLabel }) => {
      const page = await site.newPage(viewport);
      await page.goto(site.at(`${prefix}targets/`), { waitUntil: 'networkidle' });
      const row = page.locator('table.targets tbody tr').first();
      expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe(
        width === PHONE.width ? 'block' : 'table-row',
      );
      expect(await withinWidth(page, 'table.targets tbody tr td.doc a', width)).toBe(true);
      if (width === PHONE.width)
        expect(await row.locator('td.doc').evaluate((td) => getComputedStyle(td, '::before').content)).toBe(docLabel);
      await page.close();
    },
  );
});

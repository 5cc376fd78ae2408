import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGE_TYPES, useSite } from '../support/use-site.ts';

const site = useSite();
const PHONE = { width: 360, height: 780 };
const PAGES = [
  ...PAGE_TYPES,
  { name: 'search', path: () => 'search/?q=招商' },
  { name: 'en search', path: () => 'en/search/?q=招商' },
];

/** How far the page is wider than the screen, in CSS pixels (0 when it is not). */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Scrolls the box around `selector` sideways as far as it goes and says whether the element
 * at the middle of `label`'s left edge region is still `label` (or inside it): that the row's
 * label is on screen and not covered by the cells that scrolled under it.
 */
async function labelVisibleAfterScroll(
  page: Page,
  box: string,
  label: string,
): Promise<{ scrolled: number; visible: boolean; left: number }> {
  return page.evaluate(
    ({ box, label }) => {
      const scroller = document.querySelector<HTMLElement>(box)!;
      scroller.scrollIntoView({ block: 'center' });
      scroller.scrollLeft = scroller.scrollWidth;
      const target = scroller.querySelector(label)!;
      const rect = target.getBoundingClientRect();
      const hit = document.elementFromPoint(rect.left + 4, rect.top + rect.height / 2);
      return {
        scrolled: scroller.scrollLeft,
        visible: hit !== null && (hit === target || target.contains(hit)),
        left: rect.left - scroller.getBoundingClientRect().left,
      };
    },
    { box, label },
  );
}

describe('on a 360 px phone', () => {
  it.each(PAGES)('the $name page is no wider than the screen', async ({ path }) => {
    const page = await site.newPage(PHONE);
    await page.goto(site.at(path(site.dir)), { waitUntil: 'networkidle' });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it.each(['matrix/', 'en/matrix/'])(
    '%s keeps the heatmap row labels and the table row headers in view after a sideways scroll',
    async (path) => {
      const page = await site.newPage(PHONE);
      await page.goto(site.at(path), { waitUntil: 'networkidle' });
      const chart = await labelVisibleAfterScroll(page, '.chart-scroll', 'svg.heatmap-labels .row-label text');
      expect(chart.scrolled).toBeGreaterThan(100);
      expect(chart.visible).toBe(true);
      // At the left edge of the scrolled box, as before the scroll.
      expect(chart.left).toBeGreaterThanOrEqual(0);
      expect(chart.left).toBeLessThan(8);
      // The labels take less than half the screen, so cells stay readable beside them.
      expect(
        await page.locator('svg.heatmap-labels').evaluate((svg) => svg.getBoundingClientRect().width),
      ).toBeLessThan(PHONE.width / 2);

      const table = await labelVisibleAfterScroll(page, '#matrix-table .table-scroll', 'tbody th[scope=row] a');
      expect(table.scrolled).toBeGreaterThan(100);
      expect(table.visible).toBe(true);
      await page.close();
    },
  );

  it('the targets table becomes cards whose document link is on screen, and stays a table on a wide screen', async () => {
    const page = await site.newPage(PHONE);
    await page.goto(site.at('targets/'), { waitUntil: 'networkidle' });
    const row = page.locator('table.targets tbody tr').first();
    expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
    const link = row.locator('td.doc a');
    const box = (await link.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(await row.locator('td.doc').evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"文件"');
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('table-row');
    await page.close();
  });

  it('the compare form fits the screen and its picker narrows the list by typing and by facets, keeping chosen documents', async () => {
    const page = await site.newPage(PHONE);
    await page.goto(site.at('en/compare/'), { waitUntil: 'networkidle' });
    const visible = () =>
      page
        .locator('.doc-picks > li:not([hidden]) input')
        .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value).sort());
    const all = await visible();
    expect(all.length).toBeGreaterThan(2);
    const form = (await page.locator('#compare-form').boundingBox())!;
    expect(form.x + form.width).toBeLessThanOrEqual(PHONE.width);

    await page.fill('.pick-filter input[type=search]', 'changsha 2020');
    expect(await visible()).toEqual(['001-944198d32a153964']);
    expect(await page.locator('.pick-shown').textContent()).toContain(`Showing 1 of ${all.length}`);
    await page.fill('.pick-filter input[type=search]', '长沙');
    expect(await visible()).toEqual(['001-944198d32a153964', '003-9d3a68c62c194251']);

    await page.check('#pick-003-9d3a68c62c194251');
    await page.fill('.pick-filter input[type=search]', '');
    await page.selectOption('select[data-facet=type]', 'speech');
    expect(await visible()).toEqual(['002-ff04dfabf36e8ec6', '003-9d3a68c62c194251']);
    await page.fill('.pick-filter input[type=search]', 'no such park');
    expect(await visible()).toEqual(['003-9d3a68c62c194251']);
    await page.close();
  });
});

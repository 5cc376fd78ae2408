import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../src/schemas/codebook.ts';
import { recordProblems } from '../support/page-problems.ts';
import { documentIds, siteData, useSite } from '../support/use-site.ts';

const site = useSite();

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('the compare page', () => {
  it('cites the comparison with the chosen documents in the address, the access date and both versions, in both languages', async () => {
    const [a, b] = documentIds(site.dir);
    const page = await site.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    for (const [path, versions] of [
      ['compare/', '语料 '],
      ['en/compare/', 'corpus '],
    ] as const) {
      await page.goto(site.at(`${path}?docs=${a},${b}`), { waitUntil: 'networkidle' });
      const gbt = (await page.locator('#cite-page-gbt').textContent())!;
      expect(gbt).toContain(`[EB/OL]. ${versions}`);
      expect(gbt).toMatch(/\[\d{4}-\d{2}-\d{2}\]\. http:\/\/127\.0\.0\.1:\d+\//);
      expect(gbt.endsWith(`${path}?docs=${a},${b}.`)).toBe(true);
      await page.locator('button[data-copy-cite="cite-page-bibtex"]').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`?docs=${a},${b}}`);
    }
    await page.close();
  });

  it('shows the documents the address names: in the form, the chart, the table and the sentence columns', async () => {
    const [a, b, c] = documentIds(site.dir);
    const page = await site.newPage();
    const problems = recordProblems(page);
    await page.goto(site.at(`compare/?docs=${a},${b},${c}&theme=investment`), { waitUntil: 'networkidle' });

    expect(
      (
        await page
          .locator('input[name=docs]:checked')
          .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))
      ).sort(),
    ).toEqual([a, b, c].sort());
    expect(await page.inputValue('#compare-theme')).toBe('investment');
    expect(await page.locator('.compare-chart svg.chart .bars rect').count()).toBe(3 * THEME_IDS.length);
    expect(await page.locator('.compare-chart svg.chart .legend text').count()).toBe(3);
    expect(await page.locator('.compare-table-box thead th').count()).toBe(4);
    expect(await page.locator('.spread-list li').count()).toBeGreaterThan(0);

    const columns = page.locator('.passage-column');
    expect(await columns.count()).toBe(3);
    // Every sentence carrying the theme, headings included (the shares count body sentences only).
    const passages = siteData(site.dir, 'passages.jsonl')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { doc: string; themes: string[] });
    for (const [i, id] of [a, b, c].entries()) {
      const column = columns.nth(i);
      expect(await column.locator('h3 a').getAttribute('href')).toMatch(new RegExp(`/docs/${id}/$`));
      const expected = passages.filter((p) => p.doc === id && p.themes.includes('investment')).length;
      expect(await column.locator('li').count(), id).toBe(expected);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('can be used with the keyboard alone: Tab to the boxes, Space to tick, Enter to compare', async () => {
    const [a, b] = documentIds(site.dir);
    const page = await site.newPage();
    const problems = recordProblems(page);
    await page.goto(site.at('compare/'), { waitUntil: 'networkidle' });
    expect(await page.locator('.compare-result').isHidden()).toBe(true);

    await tabTo(page, `#pick-${a}`);
    await page.keyboard.press('Space');
    await tabTo(page, `#pick-${b}`);
    await page.keyboard.press('Space');
    await tabTo(page, '#compare-theme');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('button[type=submit]'))).toBe(true);
    await page.keyboard.press('Enter');

    await page.waitForFunction(() => !document.querySelector<HTMLElement>('.compare-result')!.hidden);
    expect(new URL(page.url()).searchParams.get('docs')?.split(',').sort()).toEqual([a, b].sort());
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-result-heading');
    await page.locator('.passage-column').first().waitFor();
    expect(await page.locator('.passage-column').count()).toBe(2);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says so when fewer than two documents are chosen, and shows no result', async () => {
    const [a] = documentIds(site.dir);
    const page = await site.newPage();
    await page.goto(site.at('compare/'), { waitUntil: 'networkidle' });
    await page.check(`#pick-${a}`);
    await page.click('#compare-form button[type=submit]');
    expect(await page.locator('.form-error').innerText()).not.toBe('');
    expect(await page.locator('.compare-result').isHidden()).toBe(true);
    await page.close();
  });

  it('updates the sentence columns and the address when another theme is chosen', async () => {
    const [a, b] = documentIds(site.dir);
    const page = await site.newPage();
    await page.goto(site.at(`compare/?docs=${a},${b}`), { waitUntil: 'networkidle' });
    await page.selectOption('#compare-theme', 'talent');
    await page.waitForFunction(() => /talent/.test(location.search));
    const heading = await page.locator('#compare-passages-heading').innerText();
    const talent = await page.locator('#compare-theme option[value=talent]').innerText();
    expect(heading).toContain(talent);
    await page.close();
  });
});

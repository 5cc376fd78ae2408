import { describe, expect, it } from 'vitest';
import { recordProblems } from '../support/page-problems.ts';
import { PAGE_TYPES, useSite } from '../support/use-site.ts';

const site = useSite();

describe('every page type', () => {
  it.each(PAGE_TYPES)('$name loads without console errors, exceptions or failed requests', async ({ path }) => {
    const page = await site.newPage();
    const problems = recordProblems(page);
    const response = await page.goto(site.at(path(site.dir)), { waitUntil: 'networkidle' });
    if (response?.status() !== 200) problems.push(`status ${response?.status()}`);
    if ((await page.locator('h1').count()) !== 1) problems.push('not exactly one h1');
    await page.close();
    expect(problems).toEqual([]);
  });

  it('declares the language of each page on <html>', async () => {
    const page = await site.newPage();
    await page.goto(site.at('matrix/'));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.goto(site.at('en/matrix/'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });
});

import { describe, expect, it } from 'vitest';
import { crawl } from '../support/crawl.ts';
import { recordProblems } from '../support/page-problems.ts';
import { documentIds, useSite } from '../support/use-site.ts';

const BASE = '/park-plans-compared/';
const site = useSite({ base: BASE });

describe(`a build with BASE_PATH=${BASE}`, () => {
  it('serves every page under the base, with no internal link, asset or #fragment that fails', async () => {
    expect(new URL(site.url).pathname).toBe(BASE);
    const result = await crawl(site.url);
    expect(result.pages.length).toBeGreaterThan(10);
    expect(result.pages.every((url) => new URL(url).pathname.startsWith(BASE))).toBe(true);
    expect(result.broken).toEqual([]);
  });

  it('loads what the scripts fetch (compare sentences) from under the base', async () => {
    const [a, b] = documentIds(site.dir);
    const page = await site.newPage();
    const problems = recordProblems(page);
    await page.goto(site.at(`compare/?docs=${a},${b}`), { waitUntil: 'networkidle' });
    await page.locator('.passage-column').first().waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});

import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { documentIds, PAGE_TYPES, useSite } from '../support/use-site.ts';

const site = useSite();
/**
 * Serious and critical axe-core violations of the page at `path`, one line each. Colour contrast
 * is checked on the Chinese pages only: the English ones have the same stylesheets and colours,
 * and the rule is the slowest of all (CI time).
 */
async function violations(path: string, viewport?: { width: number; height: number }): Promise<string[]> {
  const page = await site.newPage(viewport);
  await page.goto(site.at(path), { waitUntil: 'networkidle' });
  const found = await axeViolations(page, path, { contrast: !path.startsWith('en/') });
  await page.close();
  return found;
}

describe('axe-core', () => {
  it.each(PAGE_TYPES)('finds no serious or critical violation on the $name page', async ({ path }) => {
    expect(await violations(path(site.dir))).toEqual([]);
  });

  it('finds none on a filled-in compare page and on narrow screens', async () => {
    const [a, b, c] = documentIds(site.dir);
    const found = [
      ...(await violations(`compare/?docs=${a},${b},${c}&theme=investment`)),
      ...(await violations(`en/compare/?docs=${a},${b}`)),
      ...(await violations('matrix/', { width: 390, height: 844 })),
      ...(await violations(`compare/?docs=${a},${b}`, { width: 390, height: 844 })),
    ];
    expect(found).toEqual([]);
  });

  it('finds none on the analysis pages filtered, opened at a sentence, and on narrow screens', async () => {
    const [a] = documentIds(site.dir);
    const found = [
      ...(await violations(`targets/?theme=industry`)),
      ...(await violations(`en/docs/${a}/#s0001`)),
      ...(await violations('phrases/', { width: 390, height: 844 })),
      ...(await violations('en/targets/', { width: 390, height: 844 })),
      ...(await violations('industries/', { width: 390, height: 844 })),
    ];
    expect(found).toEqual([]);
  });
});

import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { documentIds, PAGE_TYPES, useSite } from '../support/use-site.ts';

const site = useSite();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Serious and critical axe-core violations of the page at `path`, one line each. */
async function violations(path: string, viewport?: { width: number; height: number }): Promise<string[]> {
  const page = await site.newPage(viewport);
  await page.goto(site.at(path), { waitUntil: 'networkidle' });
  await page.addScriptTag({ path: axePath });
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  await page.close();
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${path}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes
          .slice(0, 3)
          .map((n) => JSON.stringify(n.target))
          .join(', ')}`,
    );
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

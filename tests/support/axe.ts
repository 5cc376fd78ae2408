import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * The serious and critical axe-core violations of `page` as it stands, one line each:
 * "<label>: <rule> (<impact>) <help>: <first three targets>". Empty when it has none.
 * `contrast: false` leaves out colour contrast, the slowest rule (about 40% of axe's time).
 */
export async function axeViolations(
  page: Page,
  label = new URL(page.url()).pathname,
  { contrast = true }: { contrast?: boolean } = {},
): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async (contrast) => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const rules = contrast ? {} : { 'color-contrast': { enabled: false } };
    return (await axe.run(document, { resultTypes: ['violations'], rules })).violations;
  }, contrast);
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${label}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes
          .slice(0, 3)
          .map((n) => JSON.stringify(n.target))
          .join(', ')}`,
    );
}

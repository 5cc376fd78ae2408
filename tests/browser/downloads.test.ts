import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../src/schemas/codebook.ts';
import { parseCsv } from '../support/csv.ts';
import { documentIds, useSite } from '../support/use-site.ts';

const site = useSite();

/** Clicks `selector` and returns the downloaded file's name and bytes. */
async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

describe('chart downloads', () => {
  it('save the matrix heatmap as a standalone SVG and as a PNG', async () => {
    const page = await site.newPage();
    await page.goto(site.at('matrix/'), { waitUntil: 'networkidle' });
    const svg = await download(page, 'chart-frame button[data-download=svg]');
    expect(svg.name).toBe('matrix.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text.match(/class="cell"/g)?.length).toBe(documentIds(site.dir).length * THEME_IDS.length);
    // The row labels, drawn on the page in an SVG of their own so they can stay put, come back into the file.
    expect(text.match(/class="row-label"/g)?.length).toBe(documentIds(site.dir).length);
    expect(text).toMatch(/<svg[^>]*viewBox="0 0 /);

    const png = await download(page, 'chart-frame button[data-download=png]');
    expect(png.name).toBe('matrix.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await page.close();
  });

  it('save the compared profiles as CSV, one row per theme and a column per document', async () => {
    const [a, b] = documentIds(site.dir);
    const page = await site.newPage();
    await page.goto(site.at(`compare/?docs=${a},${b}`), { waitUntil: 'networkidle' });
    const csv = await download(page, 'chart-frame button[data-download=csv]');
    expect(csv.name).toBe('compare.csv');
    const rows = parseCsv(csv.bytes.toString('utf8'));
    expect(rows[0]).toEqual(['theme', a, b]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([...THEME_IDS]);
    await page.close();
  });
});

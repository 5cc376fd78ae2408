import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../src/schemas/codebook.ts';
import { csvRecords } from '../support/csv.ts';
import { recordProblems } from '../support/page-problems.ts';
import { useSite } from '../support/use-site.ts';

const site = useSite();
const matrix = () => csvRecords(readFileSync(join(site.dir, 'data/matrix.csv'), 'utf8'));

describe('the matrix page', () => {
  it('shows a cell per document and theme, each with the value of data/matrix.csv', async () => {
    const page = await site.newPage();
    await page.goto(site.at('matrix/'));
    const cells = await page.locator('svg.heatmap a.cell').evaluateAll((links) =>
      links.map((a) => ({ doc: a.closest('g.row')?.getAttribute('data-row'), theme: a.getAttribute('data-column'), value: Number(a.getAttribute('data-value')), label: a.getAttribute('aria-label') })),
    );
    const rows = matrix();
    expect(cells).toHaveLength(rows.length * THEME_IDS.length);
    for (const row of rows) {
      for (const theme of THEME_IDS) {
        const cell = cells.find((c) => c.doc === row['doc'] && c.theme === theme);
        expect(cell, `${row['doc']} ${theme}`).toBeDefined();
        expect(cell!.value, `${row['doc']} ${theme}`).toBeCloseTo(Number(row[theme]), 4);
        expect(cell!.label).toContain(`${(Number(row[theme]) * 100).toFixed(1)}%`);
      }
    }
    await page.close();
  });

  it('opens the theme page at the document’s sentences when a cell is clicked', async () => {
    const page = await site.newPage();
    await page.goto(site.at('matrix/'));
    const cell = page.locator('svg.heatmap a.cell:not([data-value="0"])').first();
    const doc = await cell.evaluate((a) => a.closest('g.row')!.getAttribute('data-row'));
    const theme = await cell.getAttribute('data-column');
    await cell.click();
    await page.waitForURL(`**/themes/${theme}/#doc-${doc}`);
    const target = page.locator(`[id="doc-${doc}"]`);
    await expect(target.count()).resolves.toBe(1);
    expect(await target.isVisible()).toBe(true);
    expect(await target.innerText()).not.toBe('');
    await page.close();
  });

  it('re-sorts the heatmap and table rows by a theme, highest share first, and keeps it in the address', async () => {
    const page = await site.newPage();
    const problems = recordProblems(page);
    await page.goto(site.at('matrix/'));
    await page.selectOption('#matrix-sort', 'investment');
    const expected = matrix()
      .sort((a, b) => Number(b['investment']) - Number(a['investment']) || (a['doc']! < b['doc']! ? -1 : 1))
      .map((r) => r['doc']);
    const svgOrder = await page.locator('svg.heatmap g.row').evaluateAll((rows) =>
      rows.map((r) => ({ doc: r.getAttribute('data-row'), y: Number(/translate\(0,([\d.]+)\)/.exec(r.getAttribute('transform') ?? '')?.[1]) })),
    );
    expect(svgOrder.map((r) => r.doc)).toEqual(expected);
    expect(svgOrder.map((r) => r.y)).toEqual([...svgOrder.map((r) => r.y)].sort((a, b) => a - b));
    const labelOrder = await page.locator('svg.heatmap-labels g.row').evaluateAll((rows) => rows.map((r) => ({ doc: r.getAttribute('data-row'), transform: r.getAttribute('transform') })));
    expect(labelOrder.map((r) => r.doc)).toEqual(expected);
    expect(labelOrder.map((r) => r.transform)).toEqual(await page.locator('svg.heatmap g.row').evaluateAll((rows) => rows.map((r) => r.getAttribute('transform'))));
    expect(await page.locator('.matrix-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-doc')))).toEqual(expected);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('investment');

    await page.reload();
    expect(await page.inputValue('#matrix-sort')).toBe('investment');
    expect(await page.locator('svg.heatmap g.row').first().getAttribute('data-row')).toBe(expected[0]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('links the CSV download to data/matrix.csv', async () => {
    const page = await site.newPage();
    await page.goto(site.at('matrix/'));
    const href = await page.locator('.chart-downloads a[download]').getAttribute('href');
    expect(new URL(href!, page.url()).href).toBe(site.at('data/matrix.csv'));
    await page.close();
  });
});

describe('the matrix page’s second reading: themes × policy instruments', () => {
  it('switches between the two readings by link, marking the current one', async () => {
    const page = await site.newPage();
    await page.goto(site.at('matrix/'));
    await page.getByRole('navigation', { name: '矩阵的两种读法' }).getByRole('link', { name: '主题 × 政策工具' }).click();
    await page.waitForURL('**/matrix/instruments/');
    expect(await page.locator('.matrix-switch a[aria-current="page"]').textContent()).toBe('主题 × 政策工具');
    await page.locator('.matrix-switch a', { hasText: '文件 × 主题' }).click();
    await page.waitForURL(/\/matrix\/$/);
    await page.close();
  });

  it('shows, per theme, the share of its sentences using each type, summed from data/instruments.csv', async () => {
    const counts = new Map<string, { tagged: number; supply: number; demand: number; environment: number }>();
    for (const row of csvRecords(readFileSync(join(site.dir, 'data/instruments.csv'), 'utf8'))) {
      const c = counts.get(row['theme']!) ?? { tagged: 0, supply: 0, demand: 0, environment: 0 };
      for (const key of ['tagged', 'supply', 'demand', 'environment'] as const) c[key] += Number(row[key]);
      counts.set(row['theme']!, c);
    }
    const page = await site.newPage();
    const problems = recordProblems(page);
    await page.goto(site.at('en/matrix/instruments/'));
    const cells = await page.locator('#instrument-themes g.cell').evaluateAll((gs) =>
      gs.map((g) => ({ theme: g.closest('g.row')?.getAttribute('data-row') ?? '', type: g.getAttribute('data-column') ?? '', value: Number(g.getAttribute('data-value')) })),
    );
    expect(cells).toHaveLength(THEME_IDS.length * 3);
    expect(cells.some((c) => c.value > 0)).toBe(true);
    for (const cell of cells) {
      const c = counts.get(cell.theme)!;
      const type = cell.type as 'supply' | 'demand' | 'environment';
      expect(cell.value, `${cell.theme} ${type}`).toBeCloseTo(c.tagged === 0 ? 0 : c[type] / c.tagged, 6);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCountShare, formatInterval } from '../../src/i18n/format.ts';
import { rankDocuments, type RankKey } from '../../src/lib/theme-ranking.ts';
import { wilsonInterval } from '../../src/lib/wilson.ts';
import { THEME_IDS, type ThemeId } from '../../src/schemas/codebook.ts';
import type { DocumentRecord } from '../../src/schemas/document.ts';
import { csvRecords } from '../support/csv.ts';
import { recordProblems } from '../support/page-problems.ts';
import { twinShown } from '../support/twin.ts';
import { siteData, useFixtureSite, useSite } from '../support/use-site.ts';

const site = useSite();
const matrix = () => csvRecords(readFileSync(join(site.dir, 'data/matrix.csv'), 'utf8'));
const documentsOf = (dir: string) => JSON.parse(siteData(dir, 'documents.json')) as DocumentRecord[];
const DATE = /\[\d{4}-\d{2}-\d{2}\]/;

describe('the matrix page', () => {
  it('shows a cell per document and theme, each with the value of data/matrix.csv', async () => {
    const page = await site.newPage();
    await page.goto(site.at('matrix/'));
    const cells = await page.locator('svg.heatmap a.cell').evaluateAll((links) =>
      links.map((a) => ({
        doc: a.closest('g.row')?.getAttribute('data-row'),
        theme: a.getAttribute('data-column'),
        value: Number(a.getAttribute('data-value')),
        label: a.querySelector('title')?.textContent,
      })),
    );
    const rows = matrix();
    expect(cells).toHaveLength(rows.length * THEME_IDS.length);
    for (const row of rows) {
      for (const theme of THEME_IDS) {
        const cell = cells.find((c) => c.doc === row['doc'] && c.theme === theme);
        expect(cell, `${row['doc']} ${theme}`).toBeDefined();
        expect(cell!.value, `${row['doc']} ${theme}`).toBeCloseTo(Number(row[theme]), 4);
        // "3/18 · 16.7%": the count and base beside the share, in the name and the tooltip alike.
        expect(cell!.label).toContain(formatCountShare(Number(row[`${theme}_count`]), Number(row['sentences'])));
        expect(Number(row[`${theme}_count`]) / Number(row['sentences'])).toBeCloseTo(Number(row[theme]), 4);
      }
    }
    // A cell's <title> is its accessible name (it has no aria-label) and what the readout shows on focus.
    const first = page.locator('svg.heatmap a.cell').first();
    const name = await first.evaluate((a) => a.querySelector('title')!.textContent!);
    expect(await first.ariaSnapshot()).toContain(`link "${name}"`);
    await first.focus();
    expect(await page.locator('.matrix-readout').textContent()).toBe(name);
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
      rows.map((r) => ({
        doc: r.getAttribute('data-row'),
        y: Number(/translate\(0,([\d.]+)\)/.exec(r.getAttribute('transform') ?? '')?.[1]),
      })),
    );
    expect(svgOrder.map((r) => r.doc)).toEqual(expected);
    expect(svgOrder.map((r) => r.y)).toEqual([...svgOrder.map((r) => r.y)].sort((a, b) => a - b));
    const labelOrder = await page
      .locator('svg.heatmap-labels g.row')
      .evaluateAll((rows) =>
        rows.map((r) => ({ doc: r.getAttribute('data-row'), transform: r.getAttribute('transform') })),
      );
    expect(labelOrder.map((r) => r.doc)).toEqual(expected);
    expect(labelOrder.map((r) => r.transform)).toEqual(
      await page.locator('svg.heatmap g.row').evaluateAll((rows) => rows.map((r) => r.getAttribute('transform'))),
    );
    expect(
      await page.locator('.matrix-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-doc'))),
    ).toEqual(expected);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('investment');

    await page.reload();
    expect(await page.inputValue('#matrix-sort')).toBe('investment');
    expect(await page.locator('svg.heatmap g.row').first().getAttribute('data-row')).toBe(expected[0]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows each table cell as count/base · share, the values of data/matrix.csv', async () => {
    const page = await site.newPage();
    await page.goto(site.at('en/matrix/'));
    const row = matrix()[0]!;
    const text = await page
      .locator(`.matrix-table tr[data-doc="${row['doc']}"] td[data-theme="investment"]`)
      .textContent();
    expect(text).toBe(formatCountShare(Number(row['investment_count']), Number(row['sentences'])));
    expect(text).toMatch(/^\d+\/\d+ · \d+\.\d%$/);
    await page.close();
  });

  it('offers a citation of the page with its sort in the address, the access date and both versions', async () => {
    const pkg = JSON.parse(readFileSync(join(site.dir, 'data/datapackage.json'), 'utf8')) as {
      corpusVersion: string;
      codebookVersion: string;
    };
    const page = await site.newPage();
    const problems = recordProblems(page);
    await page.goto(site.at('matrix/'));
    await page.selectOption('#matrix-sort', 'investment');
    await expect.poll(() => page.locator('#cite-page-gbt').textContent()).toContain('/matrix/?sort=investment.');
    const gbt = (await page.locator('#cite-page-gbt').textContent())!;
    expect(gbt).toMatch(DATE);
    expect(gbt).toContain(`语料 ${pkg.corpusVersion}, 编码表 ${pkg.codebookVersion}`);
    const bibtex = (await page.locator('#cite-page-bibtex').textContent())!;
    expect(bibtex).toMatch(/urldate = \{\d{4}-\d{2}-\d{2}\}/);
    expect(bibtex).toContain('?sort=investment}');
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

describe('the theme page’s ranking', () => {
  const theme: ThemeId = 'investment';
  const order = async (page: import('playwright-core').Page) =>
    page.locator('.doc-index tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-doc')));
  const expected = (key: RankKey) => rankDocuments(documentsOf(site.dir), theme, key, 0).map((d) => d.id);

  it('ranks by share, shows count/base and the Wilson interval, and re-sorts by count, marking the sorted column', async () => {
    const page = await site.newPage();
    const problems = recordProblems(page);
    await page.goto(site.at(`themes/${theme}/`));
    expect(await order(page)).toEqual(expected('share'));
    expect(await page.locator('th[data-key="share"]').getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('th[data-key="count"]').getAttribute('aria-sort')).toBeNull();
    for (const doc of documentsOf(site.dir)) {
      const cells = await page.locator(`.doc-index tr[data-doc="${doc.id}"] td`).allTextContents();
      const count = doc.themeCounts[theme];
      expect(cells[0]).toContain(`${count}/${doc.bodySentences}`);
      expect(cells[2]).toBe(formatInterval(wilsonInterval(count, doc.bodySentences)));
    }

    await page.locator('button.sort[data-key="count"]').click();
    expect(await order(page)).toEqual(expected('count'));
    expect(await page.locator('th[data-key="count"]').getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('th[data-key="share"]').getAttribute('aria-sort')).toBeNull();
    expect(new URL(page.url()).searchParams.get('rank')).toBe('count');
    // The citation follows the address once the click has settled (cite-fill refreshes after any input).
    await expect.poll(() => page.locator('#cite-page-gbt').textContent()).toContain(`/themes/${theme}/?rank=count.`);
    await page.reload();
    expect(await order(page)).toEqual(expected('count'));
    expect(await page.locator('.short-control').textContent()).toContain('10');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the theme page on a corpus with a short document (the seeds and tests/fixtures/short-document/)', () => {
  const fixture = useFixtureSite('short-document');

  it.each([
    ['zh', 'themes/investment/', '正文不足 10 句的文件（1 篇）', '不足 10 句'],
    ['en', 'en/themes/investment/', 'Documents under 10 body sentences (1)', 'under 10 sentences'],
  ])(
    '(%s) flags it, leaves it out of the ranking by default and lists it when the box is ticked',
    async (_lang, path, note, flag) => {
      const short = documentsOf(fixture.dir).filter((d) => d.bodySentences < 10);
      expect(short.map((d) => d.id)).toEqual(['201-short-notice-fixture']);
      const page = await fixture.browser.newPage();
      await page.goto(new URL(path, fixture.url).href);
      await twinShown(page);
      expect(await page.locator('.short-control').textContent()).toContain(note);
      const row = page.locator('.doc-index tr[data-doc="201-short-notice-fixture"]');
      expect(await row.isHidden()).toBe(true);
      const visible = () =>
        page.locator('.doc-index tbody tr:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-doc')));
      expect(await visible()).toEqual(rankDocuments(documentsOf(fixture.dir), 'investment', 'share').map((d) => d.id));
      await page.getByLabel(/列入这 1 篇|Include these 1/).check();
      expect(await row.isVisible()).toBe(true);
      expect(await row.locator('.flag').textContent()).toBe(flag);
      // Highest share of all (5 of 6), so first once it is included.
      expect((await visible())[0]).toBe('201-short-notice-fixture');
      await page.close();
    },
  );
});

describe('the matrix page’s second reading: themes × policy instruments', () => {
  it('labels the layer experimental with its micro-F1 from eval.json', async () => {
    const report = JSON.parse(readFileSync(join(site.dir, 'data/eval.json'), 'utf8')) as {
      instruments: { micro: { f1: number } };
    };
    const page = await site.newPage();
    await page.goto(site.at('matrix/instruments/'));
    expect(await page.locator('.experimental').textContent()).toContain(`试验性`);
    expect(await page.locator('.experimental').textContent()).toContain(
      `micro-F1 只有 ${report.instruments.micro.f1.toFixed(2)}`,
    );
    await page.goto(site.at('en/matrix/instruments/'));
    expect(await page.locator('.experimental').textContent()).toContain(
      `micro-F1 is only ${report.instruments.micro.f1.toFixed(2)}`,
    );
    await page.close();
  });

  it('switches between the two readings by link, marking the current one', async () => {
    const page = await site.newPage();
    await page.goto(site.at('matrix/'));
    await page
      .getByRole('navigation', { name: '矩阵的两种读法' })
      .getByRole('link', { name: '主题 × 政策工具' })
      .click();
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
      gs.map((g) => ({
        theme: g.closest('g.row')?.getAttribute('data-row') ?? '',
        type: g.getAttribute('data-column') ?? '',
        value: Number(g.getAttribute('data-value')),
      })),
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

/**
 * What only shows at scale, on scripts/synth.ts's corpus of 130 invented documents (more than
 * the matrix's 120 rows): the matrix and the industries page grouped by province, each province's
 * own matrix, and a park's change lists cut at ten items.
 */
import { describe, expect, it } from 'vitest';
import { formatCount, formatCountShare } from '../../src/i18n/format.ts';
import { t } from '../../src/i18n/ui.ts';
import { MATRIX_ROWS_MAX } from '../../src/lib/charts/matrix-groups.ts';
import { PAGE_SIZE } from '../../src/lib/paging.ts';
import { THEME_IDS } from '../../src/schemas/codebook.ts';
import { DocumentRecord } from '../../src/schemas/document.ts';
import { ParkChangesFile } from '../../src/schemas/park-changes.ts';
import { recordProblems } from '../support/page-problems.ts';
import { siteData, useSyntheticSite } from '../support/use-site.ts';

const DOCUMENTS = 130;
/** Items a park page lists per change list before pointing to park-changes.json. */
const CHANGE_ITEMS_MAX = 10;

const site = useSyntheticSite(DOCUMENTS);
/** The province a row names: its label on a Chinese page, or null for the unknown province. */
const provinceOf = (label: string) => (label === t('zh', 'matrix.unknownProvince') ? null : label);
const documents = () => DocumentRecord.array().parse(JSON.parse(siteData(site.dir, 'documents.json')));

describe(`the matrix page at ${DOCUMENTS} documents`, () => {
  it('shows a row per province whose cells pool its documents’ counts, in the heatmap and the table', async () => {
    expect(DOCUMENTS).toBeGreaterThan(MATRIX_ROWS_MAX);
    const docs = documents();
    expect(docs).toHaveLength(DOCUMENTS);
    const provinces = new Set(docs.map((d) => d.province));
    const page = await site.newPage();
    const problems = recordProblems(page);
    await page.goto(site.at('matrix/'), { waitUntil: 'networkidle' });

    const rows = page.locator('#matrix-table tbody tr');
    expect(await rows.count()).toBe(provinces.size);
    // Every province's cell for investment, recomputed from documents.json.
    const table = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        name: tr.querySelector('th')!.textContent!.trim(),
        cell: tr.querySelector('td[data-theme="investment"]')!.textContent!.trim(),
        href: tr.querySelector('th a')!.getAttribute('href')!,
      })),
    );
    for (const row of table) {
      const inProvince = docs.filter((d) => d.province === provinceOf(row.name));
      expect(inProvince.length, row.name).toBeGreaterThan(0);
      const count = inProvince.reduce((n, d) => n + d.themeCounts.investment, 0);
      const base = inProvince.reduce((n, d) => n + d.bodySentences, 0);
      expect(row.cell, row.name).toBe(formatCountShare(count, base));
    }
    const labels = await page
      .locator('svg.heatmap a.cell')
      .evaluateAll((cells) => cells.map((c) => c.querySelector('title')?.textContent));
    expect(labels).toHaveLength(provinces.size * THEME_IDS.length);
    expect(labels.filter((l) => table.some((row) => l!.includes(row.cell)))).not.toHaveLength(0);

    // A province's own matrix: one row per document of that province, no more than a page holds.
    const largest = table[0]!;
    await page.goto(new URL(largest.href, page.url()).href, { waitUntil: 'networkidle' });
    const ownRows = await page
      .locator('#matrix-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-doc')));
    const expected = docs.filter((d) => d.province === provinceOf(largest.name)).map((d) => d.id);
    expect(ownRows.length).toBeLessThanOrEqual(MATRIX_ROWS_MAX);
    expect([...ownRows].sort()).toEqual(expected.slice(0, MATRIX_ROWS_MAX).sort());
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe(`theme pages at ${DOCUMENTS} documents`, () => {
  it('say on the last of several pages, in both languages, how many documents carry no sentence of the theme', async () => {
    const docs = documents();
    const paged = THEME_IDS.map((theme) => ({
      theme,
      carrying: docs.filter((d) => (d.themeCounts[theme] ?? 0) > 0).length,
    })).filter(({ carrying }) => carrying > PAGE_SIZE.themeDocuments && carrying < docs.length);
    expect(paged.length, 'a theme on several pages that some documents lack').toBeGreaterThan(0);
    const page = await site.newPage();
    for (const { theme, carrying } of paged.slice(0, 3)) {
      const last = Math.ceil(carrying / PAGE_SIZE.themeDocuments);
      const count = formatCount(docs.length - carrying);
      for (const lang of ['zh', 'en'] as const) {
        await page.goto(site.at(`${lang === 'en' ? 'en/' : ''}themes/${theme}/${last}/`));
        const notes = (await page.locator('main p.muted').allTextContents()).map((n) => n.trim());
        expect(notes, `${lang} ${theme} page ${last}`).toContain(t(lang, 'theme.noneCount', { count }));
      }
      await page.goto(site.at(`themes/${theme}/`));
      expect(await page.locator('main p.muted', { hasText: t('zh', 'theme.noneCount', { count }) }).count()).toBe(0);
    }
    await page.close();
  });
});

describe(`the industries page at ${DOCUMENTS} documents`, () => {
  it('groups the rows by province and says where the per-document table is', async () => {
    const page = await site.newPage();
    await page.goto(site.at('industries/'), { waitUntil: 'networkidle' });
    expect(await page.locator('a[href$="industries.csv"][download]').count()).toBeGreaterThan(0);
    const heads = (await page.locator('table.industries tbody th').allTextContents()).map((h) => h.trim());
    const docs = documents();
    const expected = [...new Set(docs.map((d) => d.province))].map((province) =>
      t('zh', 'matrix.groupRow', {
        province: province ?? t('zh', 'matrix.unknownProvince'),
        count: formatCount(docs.filter((d) => d.province === province).length),
      }),
    );
    expect(heads.length).toBeGreaterThan(1);
    expect(heads.length).toBeLessThan(docs.length);
    for (const head of heads) expect(expected, head).toContain(head);
    await page.close();
  });
});

describe(`a park page at ${DOCUMENTS} documents`, () => {
  it(`lists at most ${CHANGE_ITEMS_MAX} items per change list and names how many there are`, async () => {
    const changes = ParkChangesFile.parse(JSON.parse(siteData(site.dir, 'park-changes.json')));
    // The first park and theme with a list longer than a page shows.
    const found = changes.parks
      .flatMap((park) => (park.comparisons[0]?.themes ?? []).map((theme) => ({ park: park.parkId, theme })))
      .find(({ theme }) => theme.new.length > CHANGE_ITEMS_MAX);
    expect(found, 'a park with more new items than a list shows').toBeDefined();
    const { park, theme } = found!;
    const page = await site.newPage();
    await page.goto(site.at(`parks/${park}/`), { waitUntil: 'networkidle' });
    const details = page.locator(`details.theme-change[data-theme="${theme.theme}"]`).first();
    await details.locator('summary').click();
    expect(await details.locator('li[data-kind="new"]').count()).toBe(CHANGE_ITEMS_MAX);
    const notes = await details.locator('p.more').allTextContents();
    expect(
      notes.some(
        (n) =>
          n.includes(`${CHANGE_ITEMS_MAX}`) && n.includes(String(theme.new.length)) && n.includes('park-changes.json'),
      ),
    ).toBe(true);
    await page.close();
  });
});

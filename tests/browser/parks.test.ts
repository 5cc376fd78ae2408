import { describe, expect, it } from 'vitest';
import { ParkChangesFile } from '../../src/schemas/park-changes.ts';
import { recordProblems } from '../support/page-problems.ts';
import { siteData, useFixtureSite, useSite } from '../support/use-site.ts';
import { axeViolations } from '../support/axe.ts';
import { twinShown } from '../support/twin.ts';

const site = useSite();

describe('the park pages on the seeds (one year per park)', () => {
  it('the park page lists its one document and says there is nothing to compare yet, in Chinese and English', async () => {
    const page = await site.newPage();
    const problems = recordProblems(page);
    await page.goto(site.at('parks/changsha-etdz/'));
    expect(await page.locator('h1').innerText()).toBe('长沙经济技术开发区');
    expect(await page.locator('.nothing-to-compare').innerText()).toContain('只有 2020 年的文件');
    expect(await page.locator('.park-coverage tbody tr[data-doc]').count()).toBe(1);
    expect(await page.locator('svg.year-shares g[data-year="2020"]').count()).toBe(18);
    await page.goto(site.at('parks/x-hitech-zone/'));
    expect(await page.locator('.park-coverage tbody th').allInnerTexts()).toEqual(['年份不详']);
    expect(await page.locator('.nothing-to-compare').innerText()).toContain('都没有注明年份');
    await page.goto(site.at('en/parks/changsha-etdz/'));
    expect(await page.locator('.nothing-to-compare').innerText()).toContain('for 2020 only');
    // Its name in pinyin, with the characters beside marked as Chinese.
    expect(await page.locator('h1').innerText()).toBe('Changsha ETDZ 长沙经济技术开发区');
    expect(await page.locator('h1 [lang="zh-CN"]').innerText()).toBe('长沙经济技术开发区');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the parks page links every park, and the document page’s metadata card links its park', async () => {
    const page = await site.newPage();
    await page.goto(site.at('en/parks/'));
    const parks = await page
      .locator('table.parks tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-park')));
    expect(parks).toContain('changsha-etdz');
    expect(parks).toHaveLength(5);
    await page.goto(site.at('docs/001-944198d32a153964/'));
    await page.locator('.meta a', { hasText: '长沙经济技术开发区' }).click();
    await page.waitForURL('**/parks/changsha-etdz/');
    await page.close();
  });

  it('the matrix page’s coverage grid shows each document’s type, and “no document” apart from any value', async () => {
    const page = await site.newPage();
    await page.goto(site.at('matrix/'));
    const row = page.locator('table.coverage tr[data-park="changsha-etdz"]');
    const cells = await row
      .locator('td')
      .evaluateAll((tds) => tds.map((td) => ({ cls: td.className, text: td.textContent?.trim() })));
    const years = await page.locator('table.coverage thead th').allInnerTexts();
    expect(years.slice(1)).toEqual(['2020', '2021', '2022', '2023', '年份不详']);
    expect(cells[0]).toMatchObject({ text: '工作要点' });
    expect(cells[0]!.cls).toContain('has-doc');
    expect(cells.slice(1).every((c) => c.text === '无文件' && c.cls.includes('no-doc'))).toBe(true);
    await row.locator('td.has-doc a').click();
    await page.waitForURL('**/docs/001-944198d32a153964/');
    await page.goto(site.at('en/matrix/'));
    expect(await page.locator('table.coverage tr[data-park="x-hitech-zone"] td').last().innerText()).toBe('Work plan');
    expect(await page.locator('table.coverage td.no-doc').first().innerText()).toBe('No document');
    await page.close();
  });

  it('the matrix heatmap names rows by park, year and type, links them to the park page and writes zero cells as 0 with a legend entry', async () => {
    const page = await site.newPage();
    await page.goto(site.at('matrix/'));
    const labels = await page.locator('svg.heatmap-labels .row-label text title').allTextContents();
    expect(labels).toContain('X高新区 · 2023 · 座谈会发言');
    expect(labels).toContain('高新区 · 年份不详 · 讲话');
    expect(
      await page.locator('svg.heatmap-labels g.row[data-row="001-944198d32a153964"] a.row-label').getAttribute('href'),
    ).toBe('/parks/changsha-etdz/');
    const zeros = await page.locator('svg.heatmap a.cell[data-value="0"]').count();
    expect(zeros).toBeGreaterThan(0);
    expect(await page.locator('svg.heatmap .values text', { hasText: /^0$/ }).count()).toBe(zeros);
    expect(await page.locator('svg.heatmap .legend-zero text').textContent()).toBe('0 = 没有句子标注该主题');
    await page.close();
  });
});

describe('the park page on the fixture corpus (the seeds and a second year of one park)', () => {
  const fixture = useFixtureSite('park-years');
  const changes = () => ParkChangesFile.parse(JSON.parse(siteData(fixture.dir, 'park-changes.json')));

  it('park-changes.json compares 2020 with 2021 and finds items carried over, dropped and new', () => {
    const park = changes().parks.find((p) => p.parkId === 'changsha-etdz')!;
    expect(park.years.map((y) => y.year)).toEqual([2020, 2021]);
    const themes = park.comparisons[0]!.themes;
    const total = (kind: 'carried' | 'dropped' | 'new') => themes.reduce((n, t) => n + t[kind].length, 0);
    expect(total('carried')).toBeGreaterThan(50);
    expect(total('dropped')).toBeGreaterThan(20);
    expect(total('new')).toBeGreaterThan(10);
  });

  it('axe-core finds no serious or critical violation on the park page with a theme opened, wide and narrow', async () => {
    for (const [path, width] of [
      ['parks/changsha-etdz/', 1280],
      ['en/parks/changsha-etdz/', 390],
    ] as const) {
      const page = await (await fixture.browser.newContext({ viewport: { width, height: 900 } })).newPage();
      await page.goto(new URL(path, fixture.url).href, { waitUntil: 'networkidle' });
      await twinShown(page);
      await page.locator('details.theme-change[data-theme="party"] summary').click();
      expect(await axeViolations(page), path).toEqual([]);
      await page.close();
    }
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`the ${lang} park page shows per theme the new, dropped and carried items, side by side, and their links reach the sentences`, async () => {
      const prefix = lang === 'en' ? 'en/' : '';
      const page = await (await fixture.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      const problems = recordProblems(page);
      await page.goto(new URL(`${prefix}parks/changsha-etdz/`, fixture.url).href);
      await twinShown(page);
      expect(await page.locator('.nothing-to-compare').count()).toBe(0);
      expect(await page.locator('h3', { hasText: lang === 'zh' ? '2020 年 → 2021 年' : '2020 → 2021' }).count()).toBe(
        1,
      );
      expect(await page.locator('svg.year-shares .legend text').allTextContents()).toEqual(['2020', '2021']);

      const green = page.locator('details.theme-change[data-theme="green"]');
      await green.locator('summary').click();
      const carried = green.locator('table.carried tbody tr').first();
      const [fromText, toText] = await carried.locator('td a').allInnerTexts();
      expect(fromText).toBe(toText);
      expect(fromText).toContain('蓝天保卫战');
      expect(await green.locator('li[data-kind="new"]', { hasText: '碳达峰' }).count()).toBe(1);
      const file = changes()
        .parks.find((p) => p.parkId === 'changsha-etdz')!
        .comparisons[0]!.themes.find((t) => t.theme === 'green')!;
      expect(await green.locator('tr[data-kind="carried"]').count()).toBe(file.carried.length);
      expect(await green.locator('li[data-kind="dropped"]').count()).toBe(file.dropped.length);
      expect(await green.locator('li[data-kind="new"]').count()).toBe(file.new.length);
      if (lang === 'en') {
        // The comparisons are the Chinese page's, with every interface string in English.
        expect(await green.locator('summary .muted').innerText()).toBe(
          `${file.carried.length} carried over · ${file.dropped.length} dropped · ${file.new.length} new`,
        );
        expect(await green.locator('h4').allInnerTexts()).toEqual([
          `Carried over (${file.carried.length})`,
          `Dropped (${file.dropped.length})`,
          `New (${file.new.length})`,
        ]);
        const untagged = await page.locator('.comparisons').evaluate((block) => {
          const out: string[] = [];
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
            if (/\p{Script=Han}/u.test(node.textContent ?? '') && !lang.startsWith('zh')) out.push(node.textContent!);
          }
          return out;
        });
        expect(untagged).toEqual([]);
      }

      const link = green.locator('li[data-kind="new"] a').first();
      const [target, text] = await Promise.all([link.getAttribute('href'), link.innerText()]);
      const [, doc, sentence] = /\/docs\/([^/]+)\/#(s\d+)$/.exec(target ?? '') ?? [];
      expect(doc && sentence, `a sentence link names its document and sentence: ${target}`).toBeTruthy();
      await link.click();
      await page.waitForURL(`**/${prefix}docs/${doc}/#${sentence}`);
      expect(await page.locator(`[id="${sentence}"]`).innerText()).toContain(text.slice(0, 10));
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});

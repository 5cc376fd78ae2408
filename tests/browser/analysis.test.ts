import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { groupKeyness } from '../../src/shared/analysis/keyness.ts';
import { decodeWordCounts } from '../../src/shared/analysis/word-counts.ts';
import { t } from '../../src/i18n/ui.ts';
import { firstYearMessage } from '../../src/lib/analysis/first-year.ts';
import { phraseAnchor } from '../../src/lib/analysis/phrase-anchor.ts';
import type { PhraseList, PhrasesFile, Target, WordCountsFile } from '../../src/schemas/analysis.ts';
import { recordProblems } from '../support/page-problems.ts';
import { twinShown } from '../support/twin.ts';
import { documentIds, siteData, useFixtureSite, useSite } from '../support/use-site.ts';

const site = useSite();
const data = (file: string) => siteData(site.dir, file);
const targets = () =>
  data('targets.jsonl')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Target);

describe('the targets page', () => {
  it('filters the rows by theme (its own list) and document (on the page holding it), and keeps the choice in the address', async () => {
    const all = targets();
    const theme = all.flatMap((x) => x.themes)[0]!;
    const page = await site.newPage();
    const problems = recordProblems(page);
    await page.goto(site.at('targets/'), { waitUntil: 'networkidle' });
    expect(await page.locator('table.targets tbody tr:visible').count()).toBe(all.length);

    await Promise.all([page.waitForURL(`**/targets/${theme}/`), page.selectOption('select[name=theme]', theme)]);
    const shown = page.locator('table.targets tbody tr:visible');
    expect(await shown.count()).toBe(all.filter((x) => x.themes.includes(theme)).length);
    expect(
      (await shown.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['themes'] ?? ''))).every((t) =>
        t.split(' ').includes(theme),
      ),
    ).toBe(true);
    expect(await page.inputValue('select[name=theme]')).toBe(theme);
    // The older address, and the form sent without JavaScript, open the same list.
    await page.goto(site.at(`targets/?theme=${theme}`));
    await page.waitForURL(`**/targets/${theme}/`);

    const doc = all[all.length - 1]!.doc;
    await page.goto(site.at(`targets/?doc=${doc}`), { waitUntil: 'networkidle' });
    expect(await page.inputValue('select[name=doc]')).toBe(doc);
    expect(await page.locator('table.targets tbody tr:visible').count()).toBe(all.filter((x) => x.doc === doc).length);
    expect(await page.locator('.targets-status').textContent()).toContain(String(all.length));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('in English shows the Chinese page’s rows with English labels, and filters them by document', async () => {
    const all = targets();
    const doc = all[all.length - 1]!.doc;
    const page = await site.newPage();
    const problems = recordProblems(page);
    await page.goto(site.at('targets/'), { waitUntil: 'networkidle' });
    const sources = () => page.locator('table.targets tbody th.source').allTextContents();
    const chinese = await sources();
    await page.goto(site.at(`en/targets/?doc=${doc}`), { waitUntil: 'networkidle' });
    await twinShown(page);
    expect(await sources()).toEqual(chinese);
    expect(await page.locator('table.targets tbody tr:visible').count()).toBe(all.filter((x) => x.doc === doc).length);
    const row = page.locator('table.targets tbody tr').first();
    expect(await row.locator('td').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-label')))).toEqual([
      'Value',
      'Unit',
      'What it counts',
      'Kind',
      'Target or result',
      'In reporting unit',
      'Bound',
      'Themes',
      'Document',
    ]);
    expect(['Count', 'Money', 'Area', 'Percentage', 'Rank', 'Deadline', 'Other']).toContain(
      await row.locator('td[data-label="Kind"]').textContent(),
    );
    expect(
      await page
        .locator('table.targets tbody a')
        .evaluateAll((links) => links.every((a) => a.getAttribute('href')!.startsWith('/en/docs/'))),
    ).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows every target of the page without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.at('targets/?theme=industry'));
    // The seeds' targets fit on one page.
    expect(await page.locator('table.targets tbody tr:visible').count()).toBe(targets().length);
    await page.goto(site.at('targets/industry/'));
    expect(await page.locator('table.targets tbody tr:visible').count()).toBe(
      targets().filter((x) => x.themes.includes('industry')).length,
    );
    await context.close();
  });
});

/** Checks every phrase of `file` on the phrases page of the site at `url`: its list's section, its folding, its uses and its dated statement. */
async function checkPhrasesPage(
  browser: Browser,
  url: string,
  file: PhrasesFile,
  documents: readonly { year: number | null }[],
): Promise<void> {
  const page = await (await browser.newContext()).newPage();
  const problems = recordProblems(page);
  await page.goto(new URL('phrases/', url).href, { waitUntil: 'networkidle' });
  const section: Record<PhraseList, string> = {
    shared: 'section[aria-labelledby="shared-heading"]',
    indicator: '.phrase-list-indicator',
    boilerplate: '.phrase-list-boilerplate',
  };
  for (const p of file.phrases) {
    const entry = page.locator(`${section[p.list]} [id="${phraseAnchor(p.phrase)}"]`);
    expect(await entry.count(), p.phrase).toBe(1);
    expect(await entry.locator('.kwic li').count(), p.phrase).toBe(Math.min(p.occurrences.length, 40));
    expect(await entry.evaluate((el) => el.tagName === 'DETAILS' && !(el as HTMLDetailsElement).open), p.phrase).toBe(
      p.list !== 'shared',
    );
    const first = firstYearMessage(p);
    expect(await entry.locator('.phrase-meta').first().textContent(), p.phrase).toContain(
      t('zh', first.key, first.values),
    );
    expect(await entry.locator('.variant').count(), p.phrase).toBe(p.variants.length);
  }
  const dated = documents.filter((d) => d.year !== null).length;
  expect(await page.locator('.phrases-dating').textContent()).toBe(
    t('zh', 'phrases.dating', { dated, total: documents.length }),
  );
  expect(problems).toEqual([]);
  await page.context().close();
}

describe('the phrases page', () => {
  it('lists every phrase under its anchor in its list, with its uses and its first year over dated documents only', async () => {
    const file = JSON.parse(data('phrases.json')) as PhrasesFile;
    // The seeds include undated documents, so the dated statement is exercised here too.
    expect(file.phrases.some((p) => p.undated > 0 && p.firstYear !== null)).toBe(true);
    await checkPhrasesPage(
      site.browser,
      site.url,
      file,
      JSON.parse(data('documents.json')) as { year: number | null }[],
    );
  });

  it('links a use to its sentence', async () => {
    const file = JSON.parse(data('phrases.json')) as PhrasesFile;
    const page = await site.newPage();
    await page.goto(site.at('phrases/'), { waitUntil: 'networkidle' });
    const first = page.locator('.kwic li').first();
    const href = await first.locator('a').getAttribute('href');
    const shared = file.phrases.find((p) => p.list === 'shared')!;
    expect(shared.occurrences.map((o) => o.match)).toContain(await first.locator('mark').textContent());
    await page.goto(new URL(href!, page.url()).href, { waitUntil: 'networkidle' });
    const id = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`.doc-text [id="${id}"]`).count()).toBe(1);
    await page.close();
  });
});

describe('the phrases page on the fixture corpus (the seeds and two invented reports, one undated)', () => {
  const fixture = useFixtureSite('phrase-lists');

  it('shows the statistical indicators apart from the shared phrases, each dated over its dated documents', async () => {
    const file = JSON.parse(siteData(fixture.dir, 'phrases.json')) as PhrasesFile;
    const indicators = file.phrases.filter((p) => p.list === 'indicator').map((p) => p.phrase);
    expect(indicators).toContain('地方一般公共预算收入增长');
    const own = file.phrases.find((p) => p.phrase.includes('数字孪生园区示范工程建设'))!;
    expect(own).toMatchObject({ list: 'shared', firstYear: 2022, undated: 1 });
    await checkPhrasesPage(
      fixture.browser,
      fixture.url,
      file,
      JSON.parse(siteData(fixture.dir, 'documents.json')) as { year: number | null }[],
    );
    const page = await fixture.browser.newPage({ locale: 'en' });
    await page.goto(new URL('en/phrases/', fixture.url).href);
    await twinShown(page);
    expect(await page.locator(`[id="${phraseAnchor(own.phrase)}"] .phrase-meta`).textContent()).toContain(
      'earliest dated: 2022; 1 of the 2 documents has no year',
    );
    await page.close();
  });
});

describe('the document page', () => {
  it('fills in the access date and the permalink of its citations and copies them', async () => {
    const [a] = documentIds(site.dir);
    const page = await site.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    const problems = recordProblems(page);
    await page.goto(site.at(`docs/${a}/`), { waitUntil: 'networkidle' });
    const gbt = (await page.locator('#cite-gbt').textContent()) ?? '';
    expect(gbt).toMatch(/\[EB\/OL\]\. .*\[\d{4}-\d{2}-\d{2}\]\. http:\/\/127\.0\.0\.1:\d+\/.*docs\/.+\/\.$/);
    expect(await page.locator('#cite-bibtex').textContent()).toMatch(/urldate = \{\d{4}-\d{2}-\d{2}\}/);
    await page.locator('button[data-copy-cite=cite-gbt]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(gbt);
    expect(await page.locator('.cite .cite-status').first().textContent()).not.toBe('');
    expect(await page.locator('.key-terms li').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('offers a short citation of the sentence the address points at', async () => {
    const [a] = documentIds(site.dir);
    const page = await site.newPage();
    await page.goto(site.at(`en/docs/${a}/`), { waitUntil: 'networkidle' });
    expect(await page.locator('.cite-sentence').isHidden()).toBe(true);
    await page.goto(site.at(`en/docs/${a}/#s0002`));
    await expect.poll(() => page.locator('.cite-sentence').isVisible()).toBe(true);
    expect(await page.locator('.cite-sentence-text').textContent()).toMatch(
      new RegExp(`^《.+》, .*§s0002, http://127\\.0\\.0\\.1:\\d+/.*en/docs/${a}/#s0002$`),
    );
    await page.locator('.cite-sentence .close').click();
    expect(await page.locator('.cite-sentence').isHidden()).toBe(true);
    await page.close();
  });
});

describe('the compare page', () => {
  it('lists the phrases the chosen documents share and their distinctive words, as keyness.ts computes them', async () => {
    const chosen = documentIds(site.dir).slice(0, 3);
    const page = await site.newPage();
    const problems = recordProblems(page);
    await page.goto(site.at(`compare/?docs=${chosen.join(',')}`), { waitUntil: 'networkidle' });

    const phrases = (JSON.parse(data('phrases.json')) as PhrasesFile).phrases.filter(
      (p) => p.list !== 'indicator' && p.documents.filter((d) => chosen.includes(d)).length >= 2,
    );
    const listed = await page
      .locator('.shared-phrases li a')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href')?.split('#')[1]));
    // The seed corpus has fewer shared phrases than the page lists at most.
    expect(listed.sort()).toEqual(phrases.map((p) => phraseAnchor(p.phrase)).sort());

    const expected = groupKeyness(decodeWordCounts(JSON.parse(data('word-counts.json')) as WordCountsFile), chosen, {
      top: 15,
    });
    expect(await page.locator('.group-keyness .word').allTextContents()).toEqual(expected.map((t) => t.word));
    expect(problems).toEqual([]);
    await page.close();
  });
});

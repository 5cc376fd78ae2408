import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getDocuments } from '../../src/lib/corpus.ts';
import { twinShown } from '../support/twin.ts';
import { useSite } from '../support/use-site.ts';

const site = useSite();

/** Text nodes (SVG <title> included) holding Chinese characters with no zh `lang` on or above them. */
async function untaggedChinese(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!/\p{Script=Han}/u.test(text)) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript')) continue;
      const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
      if (!lang.startsWith('zh')) out.push(text.trim().slice(0, 40));
    }
    return out;
  });
}

describe('English pages', () => {
  const doc = getDocuments().find((d) => d.parkId !== null && d.park !== null && d.province !== null)!;

  it('give parks and places in pinyin with the characters beside, and the positioning theme a label of its own', async () => {
    const page = await site.newPage();
    await page.goto(site.at(`en/docs/${doc.id}/`));
    const park = page.locator('.meta tr', { hasText: 'Park' }).first();
    expect(await park.locator('.roman').textContent()).toMatch(/^[A-Z][\w' -]+$/u);
    expect(await park.textContent()).toContain(doc.park!);
    await page.goto(site.at(`parks/${doc.parkId}/`));
    const name = (await page.locator('h1').textContent())!;
    await page.goto(site.at(`en/parks/${doc.parkId}/`));
    expect(await page.locator('h1 [lang="zh-CN"]').textContent()).toBe(name);
    expect((await page.locator('h1').textContent())!.slice(0, -name.length)).toMatch(/^[A-Z][\w' -]+ $/u);
    await page.goto(site.at('en/parks/'));
    const row = page.locator(`tr[data-park="${doc.parkId}"]`);
    expect(await row.locator('td [lang="zh-CN"]').first().textContent()).toBe(doc.province);
    expect(await row.locator('td').nth(1).textContent()).toMatch(/^[A-Z]\w+ /u);
    await page.goto(site.at('en/'));
    const listed = page.locator('tr', { has: page.locator(`a[href$="/docs/${doc.id}/"]`) }).last();
    expect(await listed.locator('td').first().textContent()).toMatch(new RegExp(`^[A-Z][\\w' -]+ ${doc.park}$`, 'u'));
    await page.goto(site.at('en/matrix/'));
    expect(await page.locator('svg.heatmap .columns').textContent()).not.toContain('Targets');
    await page.context().close();
  });

  it('count in English: one document, sentences in the plural, in the search summary and a park’s page', async () => {
    const park = getDocuments().find((d) => d.parkId === 'changsha-etdz')!;
    const alone = getDocuments().filter((d) => d.parkId === park.parkId).length;
    const page = await site.newPage();
    await page.goto(site.at(`en/search/?q=${encodeURIComponent('招商引资')}&park=${park.parkId}`));
    await page.waitForFunction(() => document.querySelectorAll('.result-hit').length > 0);
    const hits = await page.locator('.result-hit').count();
    // The seeds hold one document of this park.
    expect(alone).toBe(1);
    expect(await page.locator('#search-status').textContent()).toBe(
      `${hits} ${hits === 1 ? 'sentence' : 'sentences'} found in 1 document.`,
    );
    await page.goto(site.at(`en/parks/${park.parkId}/`));
    expect(await page.locator('main').textContent()).toMatch(/\b1 document(?![a-z])/u);
    await page.context().close();
  });

  it('mark every Chinese text with lang="zh-CN": matrix SVG titles, document page, search results and filters', async () => {
    const page = await site.newPage();
    for (const path of ['en/matrix/', 'en/']) {
      await page.goto(site.at(path));
      expect(await untaggedChinese(page), path).toEqual([]);
    }
    await page.goto(site.at(`en/docs/${doc.id}/`));
    await twinShown(page);
    // The citations quote the source as catalogued (GB/T 7714 and BibTeX): left out here.
    expect(
      (await untaggedChinese(page)).filter((t) => !/^(?:@misc|note|author|\}|.*\[EB)/u.test(t)),
      'document',
    ).toEqual([]);
    await page.goto(site.at(`en/search/?q=${encodeURIComponent('营商环境')}`));
    await page.waitForFunction(() => document.querySelectorAll('.result-hit').length > 0);
    expect(await untaggedChinese(page), 'search').toEqual([]);
    await page.context().close();
  });

  it('show the Chinese page’s sentences, not a copy of them, with chips and evidence in English', async () => {
    const sentences = (page: Page) =>
      page.locator('.doc-text .s').evaluateAll((all) =>
        all.map((s) => {
          const copy = s.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.chips, .ev').forEach((x) => x.remove());
          return `${s.id} ${copy.textContent}`;
        }),
      );
    const page = await site.newPage();
    await page.goto(site.at(`docs/${doc.id}/`));
    const chinese = await sentences(page);
    const chineseChips = await page.locator('.doc-text .chip').count();
    await page.goto(site.at(`en/docs/${doc.id}/#s0002`));
    await twinShown(page);
    expect(await sentences(page)).toEqual(chinese);
    expect(chinese.length).toBeGreaterThan(10);
    const chips = await page.locator('.doc-text .chip').allTextContents();
    expect(chips).toHaveLength(chineseChips);
    for (const chip of chips) expect(chip).toMatch(/^[A-Z][A-Za-z .,()&-]+$/u);
    const box = await page.locator('.doc-text .ev').first().textContent();
    expect(box).toMatch(/^[A-Z][^:]+ probability [\d.]+ \(threshold [\d.]+\): .+ \(.*\+[\d.]+.*\)[.;]/u);
    expect(await page.locator('.doc-text .ev').allTextContents()).not.toContainEqual(
      expect.stringMatching(/概率|阈值|编码表词|所在标题/u),
    );
    // The address's sentence, which did not exist when the browser first jumped to it, is on screen.
    expect(await page.locator('#s0002').isVisible()).toBe(true);
    expect(await page.locator('#s0002').evaluate((s) => s.getBoundingClientRect().top < innerHeight)).toBe(true);
    // The English page's HTML itself holds no sentence; without scripts it links to the Chinese page.
    const html = await (await fetch(site.at(`en/docs/${doc.id}/`))).text();
    expect(html).not.toMatch(/<span id="s\d+" class="s/u);
    expect(html).toContain('data-twin');
    const noScripts = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await noScripts.newPage();
    await plain.goto(site.at(`en/docs/${doc.id}/`));
    expect(await plain.locator('.doc-text a').getAttribute('href')).toBe(`/docs/${doc.id}/`);
    await noScripts.close();
    await page.context().close();
  });

  it('show the Chinese theme page’s columns, with English shares and links to the English document pages', async () => {
    const columns = (page: Page) =>
      page
        .locator('.columns .column')
        .evaluateAll((all) =>
          all.map((c) => [
            c.id,
            c.querySelector('h3')!.textContent,
            [...c.querySelectorAll('li')].map((li) => li.textContent),
          ]),
        );
    const page = await site.newPage();
    await page.goto(site.at('themes/investment/'));
    const chinese = await columns(page);
    const target = chinese[1]![0] as string;
    await page.goto(site.at(`en/themes/investment/#${target}`));
    await twinShown(page);
    expect(await columns(page)).toEqual(chinese);
    expect(chinese.length).toBeGreaterThan(2);
    for (const share of await page.locator('.columns .share').allTextContents())
      expect(share).toMatch(/^\d+\/\d+ sentences · [\d.]+%/u);
    const links = await page.locator('.columns a').evaluateAll((all) => all.map((a) => a.getAttribute('href')!));
    expect(links.every((href) => href.startsWith('/en/docs/'))).toBe(true);
    expect(await untaggedChinese(page)).toEqual([]);
    // The matrix links to a column by its id: it is the target once it exists.
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(target);
    await page.context().close();
  });

  it('show the Chinese theme page’s ranking rows, with English page links, sorted as the address asks', async () => {
    const rows = (page: Page) =>
      page
        .locator('table.doc-index tbody tr')
        .evaluateAll((all) =>
          all.map((tr) => [
            tr.getAttribute('data-doc'),
            ...[...(tr as HTMLTableRowElement).cells].slice(1).map((c) => c.textContent),
          ]),
        );
    const page = await site.newPage();
    await page.goto(site.at('themes/investment/?rank=count'));
    const chinese = await rows(page);
    await page.goto(site.at('en/themes/investment/?rank=count'));
    await twinShown(page);
    expect(await rows(page)).toEqual(chinese);
    expect(chinese.length).toBe(getDocuments().length);
    const links = await page
      .locator('table.doc-index tbody a')
      .evaluateAll((all) => all.map((a) => a.getAttribute('href')!));
    expect(links.every((href) => href.startsWith('/en/docs/') || href.startsWith('/en/themes/investment/'))).toBe(true);
    expect(await page.locator('th[data-key="count"]').getAttribute('aria-sort')).toBe('descending');
    expect(await untaggedChinese(page)).toEqual([]);
    await page.context().close();
  });

  it('show the Chinese phrases page’s phrases and uses, with English labels and links to the English document pages', async () => {
    const phrases = (page: Page) =>
      page
        .locator('.phrase-lists .phrase')
        .evaluateAll((all) =>
          all.map((p) => [
            p.id,
            [...p.querySelectorAll('.kwic li')].map((li) =>
              [...li.querySelectorAll('.kwic-label, .kwic-id, .kwic-left, mark, .kwic-right')].map(
                (x) => x.textContent,
              ),
            ),
          ]),
        );
    const page = await site.newPage();
    await page.goto(site.at('phrases/'));
    const chinese = await phrases(page);
    const target = chinese[0]![0] as string;
    await page.goto(site.at(`en/phrases/#${target}`));
    await twinShown(page);
    expect(await phrases(page)).toEqual(chinese);
    expect(chinese.length).toBeGreaterThan(2);
    for (const meta of await page.locator('.phrase-lists .phrase-meta').allTextContents())
      expect(meta).toMatch(/^(Quoted slogan|Shared wording) · \d+ documents · \d+ uses · /u);
    const links = await page
      .locator('.phrase-lists .kwic a')
      .evaluateAll((all) => all.map((a) => a.getAttribute('href')!));
    expect(links.every((href) => href.startsWith('/en/docs/'))).toBe(true);
    expect(await untaggedChinese(page)).toEqual([]);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(target);
    await page.context().close();
  });
});

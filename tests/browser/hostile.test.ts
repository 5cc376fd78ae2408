/**
 * A site built from the seeds plus tests/fixtures/hostile/page/ (fragments that look like HTML,
 * JSX, markdown, URLs before markup, quotes and dashes; a catalog entry whose fields look like
 * markup and formulas): in Chromium no script of a seed runs, no element the pipeline did not
 * write appears, and every sentence reads exactly as passages.jsonl has it, on every document.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { twinShown } from '../support/twin.ts';
import { DocumentRecord } from '../../src/schemas/document.ts';
import { Passage } from '../../src/schemas/passage.ts';
import { siteData, useFixtureSite } from '../support/use-site.ts';

/** What src/lib/document-text-html.ts writes inside the text block (the English page shows the same block): tag and class. */
const WRITTEN = [
  'P:',
  'H2:sec',
  'H3:sec',
  'H4:sec',
  'H5:sec',
  'H6:sec',
  'SPAN:s',
  'SPAN:s tagged',
  'SPAN:chips',
  'SPAN:chip',
  'SPAN:ev',
  'SPAN:',
  'B:',
  'I:',
];

/** Everything on the page that a seed's text must never produce. */
async function pageFindings(page: Page) {
  return page.evaluate(() => {
    const text = document.querySelector('.doc-text')!;
    const elements = [...text.querySelectorAll('*')].map((e) => `${e.tagName}:${e.getAttribute('class') ?? ''}`);
    const handlers = [...document.querySelectorAll('*')].flatMap((e) =>
      e
        .getAttributeNames()
        .filter((n) => n.startsWith('on'))
        .map((n) => `${e.tagName} ${n}`),
    );
    const embedded = [...document.querySelectorAll('img, iframe, object, embed, frame')].map((e) =>
      e.outerHTML.slice(0, 80),
    );
    const scripts = [...document.scripts]
      .filter((s) => /alert\(/u.test(s.textContent ?? ''))
      .map((s) => s.outerHTML.slice(0, 80));
    const links = [...document.querySelectorAll('a[href]')]
      .map((a) => a.getAttribute('href')!)
      .filter((h) => /^\s*(javascript|data|vbscript):/iu.test(h) || h.startsWith('//'));
    // A sentence's own text: its element without the chips and the evidence box document-text-html.ts adds.
    const sentences = [...text.querySelectorAll<HTMLElement>('span.s')].map((s) => {
      const copy = s.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.chips, .ev').forEach((x) => x.remove());
      return { id: s.id, text: copy.textContent ?? '' };
    });
    return { elements: [...new Set(elements)], handlers, embedded, scripts, links, sentences };
  });
}

describe('pages built from hostile text (seeds + tests/fixtures/hostile/page)', () => {
  const fixture = useFixtureSite('hostile/page');
  let records: DocumentRecord[];
  let passages: Passage[];
  beforeAll(() => {
    records = DocumentRecord.array().parse(JSON.parse(siteData(fixture.dir, 'documents.json')));
    passages = siteData(fixture.dir, 'passages.jsonl')
      .trim()
      .split('\n')
      .map((l) => Passage.parse(JSON.parse(l)));
  });

  it('the corpus holds the hostile fragments verbatim (so the pages below are tested on them)', () => {
    const texts = passages.filter((p) => p.doc === 'hostile-fragments').map((p) => p.text);
    expect(records.map((r) => r.id)).toContain('hostile-fragments');
    // Whole HTML tags (<img …>, <script>) are web residue the cleaner cuts and reports; what is left still looks like markup.
    for (const fragment of [
      'http://b.example/<不是JSX',
      "'x'",
      '2024--2025',
      '~~删除线~~',
      'http://c.example/\\*不是强调*',
      '{alert(1)}',
    ]) {
      expect(
        texts.some((t) => t.includes(fragment)),
        fragment,
      ).toBe(true);
    }
  });

  it('every document page, Chinese and English, opens no dialog, holds only the elements the pipeline writes and shows each sentence exactly as passages.jsonl', async () => {
    expect(records.length).toBeGreaterThanOrEqual(6);
    const page = await fixture.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
      void dialog.dismiss();
    });
    for (const record of records) {
      const expected = passages.filter((p) => p.doc === record.id).map((p) => ({ id: p.id, text: p.text }));
      for (const path of [`docs/${record.id}/`, `en/docs/${record.id}/`]) {
        await page.goto(new URL(path, fixture.url).href, { waitUntil: 'load' });
        await twinShown(page);
        const found = await pageFindings(page);
        expect(
          found.elements.filter((e) => !WRITTEN.includes(e)),
          path,
        ).toEqual([]);
        expect([...found.handlers, ...found.embedded, ...found.scripts, ...found.links], path).toEqual([]);
        expect(found.sentences, path).toEqual(expected);
      }
    }
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('a search address with a theme the site does not have says so, not that no sentence contains the query', async () => {
    const page = await fixture.browser.newPage();
    for (const [path, expected] of [
      ['search/?q=园区&theme=no-such-theme', '地址中的筛选值 theme=no-such-theme 在本站不存在'],
      ['en/search/?theme=no-such-theme', 'no filter value theme=no-such-theme'],
    ]) {
      await page.goto(new URL(path!, fixture.url).href);
      await page.locator('#search-status', { hasText: expected! }).waitFor({ timeout: 20_000 });
    }
    await page.close();
  });

  it('catalog fields that look like markup are shown as text, and the source link is the catalog’s https URL', async () => {
    const page = await fixture.browser.newPage();
    await page.goto(new URL('docs/hostile-fragments/', fixture.url).href);
    expect(await page.locator('h1').innerText()).toBe('敌意片段<img src=x onerror=alert(1)>测试{title}');
    expect(await page.locator('.meta a[href^="https://example.org/hostile"]').count()).toBe(1);
    expect(await page.content()).not.toContain('<script>alert(1)</script>');
    await page.close();
  });
});

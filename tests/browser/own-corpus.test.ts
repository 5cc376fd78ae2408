/**
 * A fork's site: built from documents of its own (none of the seeds) with a configuration of its
 * own, it names itself, its maintainers and its citation, and nothing of this project's identity.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twinShown } from '../support/twin.ts';
import { buildOwnCorpusSite, documentId, OWN_CONFIG, REAL_DOCS, type OwnCorpusSite } from '../support/own-corpus.ts';
import { recordProblems } from '../support/page-problems.ts';
import { launchBrowser, serveDir, type StaticServer } from '../support/site.ts';
import { axeViolations } from '../support/axe.ts';

let built: OwnCorpusSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  built = await buildOwnCorpusSite();
  server = await serveDir(built.dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (built) rmSync(built.work, { recursive: true, force: true });
});

const at = (path: string) => new URL(path, server.url).href;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

describe('a site built from a folder of its own documents and its own site.config.yaml', () => {
  it('holds the 20 synthetic and 2 real documents and none of the seeds', () => {
    const docs = JSON.parse(readFileSync(join(built.content, 'data/documents.json'), 'utf8')) as { seed: string }[];
    expect(docs).toHaveLength(22);
    expect(docs.map((d) => d.seed)).toEqual(expect.arrayContaining(REAL_DOCS));
    expect(docs.some((d) => /^00\d_[0-9a-f]{16}\.txt$/.test(d.seed))).toBe(false);
  });

  it('the home page in both languages carries the configured title, description and headline', async () => {
    const page = await browser.newPage();
    const problems = recordProblems(page);
    for (const lang of ['zh', 'en'] as const) {
      await page.goto(at(lang === 'zh' ? './' : 'en/'));
      expect(await page.title()).toBe(OWN_CONFIG.title[lang]);
      expect(await page.locator('.brand').innerText()).toBe(OWN_CONFIG.title[lang]);
      expect(await page.getAttribute('meta[name="description"]', 'content')).toBe(OWN_CONFIG.description[lang]);
      expect(await page.locator('h1').innerText()).toBe(OWN_CONFIG.headline[lang]);
      expect(await page.locator('.site-footer p').first().innerText()).toBe(OWN_CONFIG.texts.source[lang]);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a real document’s page shows its text under the configured site name and cites with the site’s key', async () => {
    const page = await browser.newPage();
    const problems = recordProblems(page);
    await page.goto(at(`en/docs/${documentId(built.content, REAL_DOCS[1]!)}/`));
    await twinShown(page);
    expect(await page.title()).toMatch(/ · Plans of Some Province$/);
    expect(await page.locator('main').innerText()).toContain('经开区');
    expect(await page.locator('#cite-bibtex').innerText()).toMatch(/^@misc\{pox-/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the About page names the configured maintainers and contact, and cites the corpus as configured', async () => {
    const page = await browser.newPage();
    const problems = recordProblems(page);
    await page.goto(at('en/about/'));
    const credits = page.locator('.credits');
    expect(await credits.locator('li').allInnerTexts()).toEqual(['Li Ming', 'Wang Fang']);
    expect(await credits.locator('a[href="mailto:li.ming@example.org"]').innerText()).toBe('Li Ming');
    expect(await credits.locator('a[href="https://example.org/issues"]').count()).toBe(1);
    expect(await credits.innerText()).toContain('the texts belong to the park committees');
    const citations = await page.locator('section[aria-labelledby="site"] code.citation').allInnerTexts();
    // The configured version, then the corpus's and codebook's; the access date and data address filled in by the browser.
    expect(citations[0]).toMatch(
      /^Li Ming, Wang Fang\. 某省园区计划汇编 Plans of Some Province\[DS\/OL\]\. version 2\.0, corpus [0-9a-f]+, codebook [\d.]+\. 2025\[\d{4}-\d{2}-\d{2}\]\. http:\/\/127\.0\.0\.1:\d+\/.*data\/\. DOI:10\.5281\/zenodo\.1234567\.$/,
    );
    expect(citations[1]).toContain('author = {{Li Ming} and {Wang Fang}}');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(at('about/'));
    expect(await page.locator('.credits li').allInnerTexts()).toEqual(['Li Ming', '王芳']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the 404 page puts the configured default language first', async () => {
    const page = await browser.newPage();
    await page.goto(at('no-such-page/'));
    expect(await page.locator('h1').innerText()).toMatch(/^Page not found · /);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });

  it('the datapackage and the service worker take the configured id, title and licence', () => {
    const pkg = JSON.parse(readFileSync(join(built.dist, 'data/datapackage.json'), 'utf8'));
    expect(pkg).toMatchObject({
      name: 'plans-of-x',
      title: '某省园区计划汇编 Plans of Some Province',
      description: 'Plans of some province, tagged.',
      licenses: [{ name: 'CC0-1.0' }],
    });
    expect(readFileSync(join(built.dist, 'sw.js'), 'utf8')).toContain('const CACHE_PREFIX = "plans-of-x";');
  });

  it('no page names this project', () => {
    const naming = htmlFiles(built.dist).filter((file) =>
      /园区工作计划比较|Park Plans Compared|park-plans-compared/.test(readFileSync(file, 'utf8')),
    );
    expect(naming).toEqual([]);
  });
});

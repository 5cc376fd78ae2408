import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordProblems } from '../support/page-problems.ts';
import { PAGE_TYPES, useSite } from '../support/use-site.ts';

const site = useSite();

describe('every page type', () => {
  it.each(PAGE_TYPES)('$name loads without console errors, exceptions or failed requests', async ({ path }) => {
    const page = await site.newPage();
    const problems = recordProblems(page);
    const response = await page.goto(site.at(path(site.dir)), { waitUntil: 'networkidle' });
    if (response?.status() !== 200) problems.push(`status ${response?.status()}`);
    if ((await page.locator('h1').count()) !== 1) problems.push('not exactly one h1');
    await page.close();
    expect(problems).toEqual([]);
  });

  it('declares the language of each page on <html>', async () => {
    const page = await site.newPage();
    await page.goto(site.at('matrix/'));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.goto(site.at('en/matrix/'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });
});

describe('the About page', () => {
  const report = () =>
    JSON.parse(readFileSync(join(site.dir, 'data/eval.json'), 'utf8')) as {
      folds: number;
      sets: { id: string; documents: number; sentences: number }[];
      instruments: { micro: { f1: number } };
      targets: { figures: number; statement: { right: number; wrong: number } };
    };

  it.each([
    ['zh', 'about/', ['精确率', '召回率', '按文件分组', '试验性', '95% 区间'], '准确率'],
    ['en', 'en/about/', ['Precision', 'Recall', 'grouped by document', 'experimental', '95% interval'], 'accuracy'],
  ])(
    '(%s) states the evaluation data and method from eval.json, and shows no pipeline paths',
    async (_lang, path, words, never) => {
      const page = await site.newPage();
      await page.goto(site.at(path), { waitUntil: 'networkidle' });
      const text = await page.locator('main').innerText();
      for (const word of words) expect(text).toContain(word);
      expect(text).not.toContain(never);
      for (const set of report().sets) expect(text).toContain(`${set.sentences}`);
      expect(text).toContain(report().instruments.micro.f1.toFixed(2));
      // The targets' figures against their annotation, as eval.json gives them.
      const { figures, statement } = report().targets;
      const targets = await page.locator('#eval-targets').innerText();
      for (const n of [figures, statement.right, statement.wrong]) expect(targets).toContain(`${n}`);
      expect(text).not.toMatch(/npm run|scripts\/|seeds\/|content\/|tests\/|\.yaml|\.\.\/shared/);
      // The corpus citation names the versions, the data address and today's date.
      const citation = (await page.locator('.corpus-citation code').first().textContent())!;
      expect(citation).toMatch(/\[\d{4}-\d{2}-\d{2}\]\. http:\/\/127\.0\.0\.1:\d+\/data\/\.$/);
      expect(citation).toMatch(/(?:语料|corpus) [0-9a-f]+, (?:编码表|codebook) \d/);
      await page.close();
    },
  );
});

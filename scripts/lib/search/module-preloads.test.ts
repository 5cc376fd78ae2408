import { describe, expect, it } from 'vitest';
import { addModulePreloads } from './module-preloads.ts';

const files: Record<string, string> = {
  '/base/_astro/Search.js': 'import{a}from"./fetch.js";import"./style-side-effect.js";a(import("./later.js"));',
  '/base/_astro/fetch.js': 'import{t}from"./template.js";export const a=t;',
  '/base/_astro/template.js': 'export const t=1;',
  '/base/_astro/style-side-effect.js': 'import{t}from"./template.js";document.title=t;',
  '/base/_astro/later.js': 'import"./never-preloaded.js";',
  '/base/_astro/Base.js': 'console.log(1);',
};
const read = (path: string) => {
  const source = files[path];
  if (source === undefined) throw new Error(`read ${path}`);
  return source;
};
const page = (head: string) =>
  `<html><head>${head}</head><body><script type="module" src="/base/_astro/Search.js"></script><script type="module" src="/base/_astro/Base.js"></script></body></html>`;

describe('addModulePreloads(html, read)', () => {
  it('addModulePreloads() preloads every chunk the module scripts import statically, through other chunks too, once', async () => {
    const html = await addModulePreloads(page(''), read);
    expect([...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1])).toEqual([
      '/base/_astro/fetch.js',
      '/base/_astro/template.js',
      '/base/_astro/style-side-effect.js',
    ]);
    expect(html).toMatch(/<\/head><body>/);
  });

  it('addModulePreloads() leaves out dynamic imports and chunks the page already preloads, and is stable run twice', async () => {
    const once = await addModulePreloads(page('<link rel="modulepreload" href="/base/_astro/template.js">'), read);
    expect(once).not.toContain('later.js');
    expect(once.match(/template\.js/g)).toHaveLength(1);
    expect(await addModulePreloads(once, read)).toBe(once);
  });

  it('addModulePreloads() leaves a page without module scripts as it is', async () => {
    expect(await addModulePreloads('<html><head></head><body></body></html>', read)).toBe(
      '<html><head></head><body></body></html>',
    );
  });
});

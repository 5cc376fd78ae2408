/**
 * The naive baseline the benchmark compares against: the same texts as plain Markdown pages in a
 * bare Astro site (no integrations, one `src/pages/docs/<id>.md` per seed, a one-line layout
 * that sets `lang`), indexed by the Pagefind CLI with its defaults. A probe page,
 * `search.html`, asks Pagefind's API and shows the first five results as Pagefind's default UI
 * does, so its search can be measured like ours.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import { decode } from '../steps/decode.ts';

const LAYOUT = `---
const { frontmatter } = Astro.props;
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>{frontmatter.title}</title></head><body><main><slot /></main></body></html>
`;
// No integrations; Vite's cache stays in the folder instead of the linked, shared node_modules.
const CONFIG = `import { defineConfig } from 'astro/config';\nexport default defineConfig({ vite: { cacheDir: './.vite-cache/' } });\n`;

/** One seed's text as Markdown: its first line a heading, every other line a paragraph. */
export function naiveMarkdown(text: string): string {
  const [title = '', ...lines] = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const children: RootContent[] = [
    { type: 'yaml', value: stringify({ layout: '../../layouts/Doc.astro', title }).trimEnd() },
    { type: 'heading', depth: 1, children: [{ type: 'text', value: title }] },
    ...lines.map((line): RootContent => ({ type: 'paragraph', children: [{ type: 'text', value: line }] })),
  ];
  const tree: Root = { type: 'root', children };
  return toMarkdown(tree, { extensions: [frontmatterToMarkdown(['yaml'])] });
}

/** Writes the baseline project for the seeds in `seedsDir` into `dir`; returns `dir`. */
export function writeNaiveSite(root: string, seedsDir: string, dir: string): string {
  const pages = join(dir, 'src/pages/docs');
  mkdirSync(pages, { recursive: true });
  mkdirSync(join(dir, 'src/layouts'), { recursive: true });
  mkdirSync(join(dir, 'public'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/layouts/Doc.astro'), LAYOUT);
  copyFileSync(join(import.meta.dirname, 'naive/search.html'), join(dir, 'public/search.html'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))) {
    const { text } = decode(readFileSync(join(seedsDir, file)), file);
    writeFileSync(join(pages, `${file.slice(0, -'.txt'.length).replaceAll('_', '-')}.md`), naiveMarkdown(text));
  }
  return dir;
}

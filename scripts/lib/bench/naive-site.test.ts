import { describe, expect, it } from 'vitest';
import { naiveMarkdown } from './naive-site.ts';

describe('naive-site', () => {
  it('naiveMarkdown(text) makes the first line a heading and every other line a paragraph', () => {
    expect(naiveMarkdown('标题\n\n一、总体要求\r\n  2.加快发展。  \n')).toBe(
      '---\nlayout: ../../layouts/Doc.astro\ntitle: 标题\n---\n\n# 标题\n\n一、总体要求\n\n2.加快发展。\n',
    );
  });

  it('naiveMarkdown(text) escapes what Markdown would read as syntax', () => {
    const md = naiveMarkdown('题\n1. 列表?\n# 不是标题\n*强调*与<b>标签</b>');
    expect(md).toContain('1\\. 列表?');
    expect(md).toContain('\\# 不是标题');
    expect(md).toContain('\\*强调\\*与\\<b>标签\\</b>');
  });
});

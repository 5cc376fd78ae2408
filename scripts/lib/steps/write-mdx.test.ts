import { readFileSync } from 'node:fs';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { parse } from 'yaml';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../../src/schemas/codebook.ts';
import { DocumentRecord } from '../../../src/schemas/document.ts';
import { mdxBlocks, mdxFrontmatter } from '../../../src/lib/read-mdx.ts';
import { frontmatter, stringLiteral, writeMdx, type PlacedPassage } from './write-mdx.ts';
import { splitSentences } from './sentences.ts';

const zeros = Object.fromEntries(THEME_IDS.map((t) => [t, 0]));
const record: DocumentRecord = DocumentRecord.parse({
  id: 'hostile',
  seed: 'hostile.txt',
  title: '标题 {title} <b>',
  park: null,
  parkId: null,
  anonymized: false,
  level: 'unknown',
  province: null,
  city: null,
  year: null,
  date: null,
  source: null,
  type: 'unknown',
  url: null,
  provenance: {},
  encoding: 'utf-8',
  sha256: '0'.repeat(64),
  chars: 0,
  sentenceCount: 0,
  bodySentences: 0,
  removed: [{ line: 9, text: '---', reason: 'separator' }],
  outline: [{ id: 'sec-1', level: 1, label: '一、', title: '构建{开放}型经济体系', sentence: 's0001' }],
  themeShares: zeros,
  themeCounts: zeros,
});

function passagesOf(text: string): PlacedPassage[] {
  let n = 0;
  return text
    .trim()
    .split('\n')
    .flatMap((line, i) =>
      splitSentences(line).map((s) => ({
        doc: 'hostile',
        id: `s${String(++n).padStart(4, '0')}`,
        section: 'sec-1',
        text: s,
        heading: n === 1,
        themes: n % 2 ? ['investment' as const] : [],
        evidence: [],
        instruments: [],
        instrumentEvidence: [],
        line: i + 1,
      })),
    );
}

/** Reads the MDX back the way Astro's MDX integration does and returns what it would see. */
function readBack(mdx: string) {
  const tree = remark().use(remarkMdx).use(remarkFrontmatter).parse(mdx);
  const sentences: Array<{ id: unknown; themes: unknown; text: string }> = [];
  const other: string[] = [];
  let frontmatter: unknown;
  visit(tree, (node) => {
    if (node.type === 'yaml') frontmatter = parse((node as { value: string }).value);
    if (
      node.type === 'mdxjsEsm' ||
      node.type === 'mdxFlowExpression' ||
      node.type === 'mdxTextExpression' ||
      node.type === 'html'
    )
      other.push(node.type);
    // A line of elements and expressions only is read as flow content, so S may be either kind.
    if (
      (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
      (node as { name: string }).name === 'S'
    ) {
      const el = node as MdxJsxTextElement | MdxJsxFlowElement;
      const attr = (name: string) => el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
      sentences.push({ id: attr('id'), themes: attr('themes'), text: literalText(el) });
      return 'skip';
    }
    if (node.type === 'mdxJsxFlowElement' && !['Heading', 'P'].includes((node as { name: string }).name))
      other.push((node as { name: string }).name);
    return undefined;
  });
  return { sentences, other, frontmatter };
}

/**
 * A sentence element's text, which must be one string-literal expression: anything else (markdown
 * text, an identifier, a call) is reported as what it is, so the test fails on it.
 */
function literalText(el: MdxJsxTextElement | MdxJsxFlowElement): string {
  const [only, ...rest] = el.children;
  if (!only || rest.length > 0 || (only.type !== 'mdxTextExpression' && only.type !== 'mdxFlowExpression'))
    return `not one expression: ${el.children.map((c) => c.type).join(', ')}`;
  const value: unknown = JSON.parse(only.value);
  return typeof value === 'string' ? value : `not a string: ${only.value}`;
}

describe('writeMdx(record, passages, generator)', () => {
  // The fragments of issue 16 too: URLs before markup, quotes, dashes, tildes, backslashes.
  const input = ['tests/fixtures/write-mdx/hostile/input.txt', 'tests/fixtures/hostile/page/901_hostile-fragments.txt']
    .map((f) => readFileSync(f, 'utf8').trim())
    .join('\n');
  const passages = passagesOf(input);
  const mdx = writeMdx(record, passages, 'test');
  const back = readBack(mdx);

  it('writeMdx() keeps every sentence verbatim, however much it looks like code', () => {
    expect(back.sentences.map((s) => s.text)).toEqual(passages.map((p) => p.text));
  });

  it('writeMdx() lets no document text become ESM, an expression, raw HTML or a component', () => {
    expect(back.other).toEqual([]);
  });

  it('writeMdx() gives every sentence element its id and themes', () => {
    expect(back.sentences.map((s) => [s.id, s.themes])).toEqual(passages.map((p) => [p.id, p.themes.join(' ')]));
  });

  it('writeMdx() writes the record as frontmatter under a generated-file header', () => {
    expect(mdx.split('\n').slice(0, 2)).toEqual(['---', '# generated by test from seeds/hostile.txt; do not edit']);
    expect(back.frontmatter).toEqual(record);
  });

  it("the site's reader (read-mdx.ts) reads the sentences, headings and record the MDX parser reads", () => {
    const blocks = mdxBlocks(mdx, 'hostile.mdx');
    expect(blocks.flatMap((b) => b.sentences)).toEqual(back.sentences);
    expect(blocks.flatMap((b) => (b.kind === 'heading' ? [[b.id, b.level, b.sentences[0]?.id]] : []))).toEqual(
      record.outline.map((s) => [s.id, String(s.level), s.sentence]),
    );
    expect(mdxFrontmatter(mdx, 'hostile.mdx')).toEqual(back.frontmatter);
  });
});

/**
 * The same document as an mdast tree serialised by mdast-util-to-markdown, which is how the ingest
 * wrote MDX before writeMdx wrote the string directly: the bytes must not differ.
 */
function throughMdast(rec: DocumentRecord, passages: readonly PlacedPassage[], generator: string): string {
  const headings = new Map(rec.outline.map((s) => [s.sentence, s]));
  const attrs = (pairs: Record<string, string>) =>
    Object.entries(pairs).map(([name, value]) => ({ type: 'mdxJsxAttribute' as const, name, value }));
  const flow = (name: string, pairs: Record<string, string>, children: MdxJsxTextElement[]): MdxJsxFlowElement => ({
    type: 'mdxJsxFlowElement',
    name,
    attributes: attrs(pairs),
    children: [{ type: 'paragraph', children }],
  });
  const sentence = (p: PlacedPassage): MdxJsxTextElement => ({
    type: 'mdxJsxTextElement',
    name: 'S',
    attributes: attrs({ id: p.id, themes: p.themes.join(' ') }),
    children: [{ type: 'mdxTextExpression', value: stringLiteral(p.text) }],
  });
  const children: RootContent[] = [
    {
      type: 'yaml',
      value: frontmatter(rec, generator),
    },
  ];
  let paragraph: MdxJsxTextElement[] = [];
  let line = -1;
  const flush = () => {
    if (paragraph.length > 0) children.push(flow('P', {}, paragraph));
    paragraph = [];
  };
  for (const p of passages) {
    const section = headings.get(p.id);
    if (section) {
      flush();
      children.push(flow('Heading', { id: section.id, level: String(section.level) }, [sentence(p)]));
      continue;
    }
    if (p.line !== line) flush();
    line = p.line;
    paragraph.push(sentence(p));
  }
  flush();
  return toMarkdown({ type: 'root', children } satisfies Root, {
    extensions: [mdxToMarkdown(), frontmatterToMarkdown(['yaml'])],
  });
}

describe('writeMdx() against mdast-util-to-markdown', () => {
  it('writeMdx() writes the bytes mdast-util-to-markdown gives for the same tree, on hostile text', () => {
    const input = [
      'tests/fixtures/write-mdx/hostile/input.txt',
      'tests/fixtures/hostile/page/901_hostile-fragments.txt',
    ]
      .map((f) => readFileSync(f, 'utf8').trim())
      .join('\n');
    const passages = passagesOf(input);
    expect(writeMdx(record, passages, 'test')).toBe(throughMdast(record, passages, 'test'));
  });

  it('writeMdx() matches it for headings, several sentences on a line, one-sentence paragraphs and a seed name with a line break', () => {
    const passages = passagesOf('构建开放型经济体系。\n第一句。第二句!第三句?\n单句\n末句。');
    const rec = {
      ...record,
      seed: 'odd\nname.txt',
      outline: [...record.outline, { id: 'sec-1-1', level: 3, label: '1.', title: '单句', sentence: passages[4]!.id }],
    };
    expect(writeMdx(rec, passages, 'test')).toBe(throughMdast(rec, passages, 'test'));
  });

  it('writeMdx() refuses an attribute value it would have to escape', () => {
    const [first] = passagesOf('一句。');
    expect(() => writeMdx(record, [{ ...first!, id: 's0001"' }], 'test')).toThrow(/attribute value/u);
  });
});

describe('stringLiteral(text)', () => {
  it('stringLiteral() writes braces as escapes, so an MDX expression cannot end inside the string', () => {
    expect(stringLiteral('a{b}"c\\')).toBe('"a\\u007bb\\u007d\\"c\\\\"');
    expect(JSON.parse(stringLiteral('a{b}"c\\'))).toBe('a{b}"c\\');
  });
});

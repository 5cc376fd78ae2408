import { describe, expect, it } from 'vitest';
import { themeShort } from '../i18n/ui.ts';
import type { ThemeId } from '../schemas/codebook.ts';
import type { Evidence } from '../schemas/passage.ts';
import { documentTextHtml, type TextSources } from './document-text-html.ts';
import { escapeHtml } from './escape-html.ts';
import type { MdxBlock } from './read-mdx.ts';

const evidence: Evidence[] = [
  {
    theme: 'party',
    score: 0.94,
    threshold: 0.1,
    hits: [
      { rule: 'term', match: '党建', text: '党建', weight: 3.16, where: 'sentence' },
      { rule: 'word', match: '<b>', text: '<b>&"\'', weight: 0.2, where: 'heading' },
    ],
  },
];
const sources = (heading: boolean): TextSources => ({
  passage: (id) => (id === 's0002' ? { heading, evidence } : undefined),
  themeName: (theme: ThemeId) => `name of ${theme}`,
});

describe('documentTextHtml(doc, blocks, sources)', () => {
  it('writes a sentence’s text literally, markup and entities included', () => {
    const text = '<script>alert("x")</script> &amp; 它\'s';
    const html = documentTextHtml(
      'd',
      [{ kind: 'paragraph', sentences: [{ id: 's0001', themes: '', text }] }],
      sources(false),
    );
    expect(html).toBe(
      `<p><span id="s0001" class="s">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;amp; 它&#39;s</span></p>`,
    );
  });

  it('gives a tagged sentence its chips and an evidence box naming each theme, score and matched word', () => {
    const blocks: MdxBlock[] = [
      { kind: 'paragraph', sentences: [{ id: 's0002', themes: 'party green', text: '党建引领。' }] },
    ];
    const html = documentTextHtml('d', blocks, sources(false));
    expect(
      html.startsWith('<p><span id="s0002" class="s tagged" tabindex="0" aria-describedby="s0002-ev">党建引领。'),
    ).toBe(true);
    expect(html).toContain(
      `<span class="chips"><span class="chip" data-theme="party">${themeShort('zh', 'party')}</span><span class="chip" data-theme="green">${themeShort('zh', 'green')}</span></span>`,
    );
    expect(html).toContain('<span class="ev" id="s0002-ev" role="tooltip"><span><b>name of party</b> ');
    expect(html).toContain('<i>党建</i>');
    // The matched text is data too.
    expect(html).toContain(`<i>${escapeHtml('<b>&"\'')}</i>`);
    expect(html).not.toContain('<i><b>');
    // A theme without evidence still has its line, ending the box.
    expect(html.endsWith('<span><b>name of green</b> 。</span></span></span></p>')).toBe(true);
  });

  it('ranks a heading by its section’s depth and hides its chips from assistive technology', () => {
    const blocks: MdxBlock[] = [
      { kind: 'heading', id: 'sec-1', level: '1', sentences: [{ id: 's0001', themes: '', text: '一、总体' }] },
      {
        kind: 'heading',
        id: 'sec-1-2-1',
        level: '4',
        sentences: [{ id: 's0002', themes: 'party', text: '（一）党建' }],
      },
    ];
    const html = documentTextHtml('d', blocks, sources(true));
    expect(
      html.startsWith('<h2 id="sec-1" class="sec" data-level="1"><span id="s0001" class="s">一、总体</span></h2>'),
    ).toBe(true);
    expect(html).toContain('<h4 id="sec-1-2-1" class="sec" data-level="4">');
    expect(html).toContain('<span class="chips" aria-hidden="true">');
    expect(html.endsWith('</h4>')).toBe(true);
  });

  it('refuses a theme the codebook does not have, naming the document and sentence', () => {
    const blocks: MdxBlock[] = [
      { kind: 'paragraph', sentences: [{ id: 's0003', themes: 'nonsense', text: '某句。' }] },
    ];
    expect(() => documentTextHtml('doc-a', blocks, sources(false))).toThrow('doc-a s0003: unknown theme "nonsense"');
  });
});

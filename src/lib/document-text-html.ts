/**
 * The full text of a Chinese document page as HTML: headings and paragraphs of sentences, each
 * tagged sentence with its theme chips and the box that says why it was tagged, which a click,
 * tap or Enter opens (DocumentView places and styles it: `.doc-text .s`).
 *
 * A page is written as one string rather than as a component per sentence: a 1,000-document
 * build draws 77,702 sentences, and a component each cost the renderer more than the whole
 * page's other markup. Every text from a document or the codebook passes through `escapeHtml`.
 */
import { evidenceWords, themeShort } from '../i18n/ui.ts';
import { formatScore } from '../i18n/format.ts';
import { THEME_IDS, type ThemeId } from '../schemas/codebook.ts';
import type { Passage } from '../schemas/passage.ts';
import { hitNote, lineEnd, scoreText, type EvidenceWords } from './evidence-text.ts';
import { escapeHtml } from './escape-html.ts';
import type { MdxBlock, MdxSentence } from './read-mdx.ts';

/** What the text needs of the corpus: a sentence's evidence, a theme's name. */
export interface TextSources {
  passage: (id: string) => Pick<Passage, 'heading' | 'evidence'> | undefined;
  themeName: (theme: ThemeId) => string;
}

const isTheme = (id: string): id is ThemeId => (THEME_IDS as readonly string[]).includes(id);

/** One sentence: `<span id class="s">`, and for a tagged one its chips and evidence box. */
function sentenceHtml(
  doc: string,
  { id, themes, text }: MdxSentence,
  sources: TextSources,
  words: EvidenceWords,
): string {
  const ids = themes
    .split(/\s+/)
    .filter(Boolean)
    .map((theme) => {
      if (!isTheme(theme)) throw new Error(`${doc} ${id}: unknown theme "${theme}"`);
      return theme;
    });
  const own = escapeHtml(text);
  const anchor = escapeHtml(id);
  if (ids.length === 0) return `<span id="${anchor}" class="s">${own}</span>`;
  const passage = sources.passage(id);
  const ev = `${anchor}-ev`;
  const chips = ids
    .map((theme) => `<span class="chip" data-theme="${theme}">${escapeHtml(themeShort('zh', theme))}</span>`)
    .join('');
  const lines = ids
    .map((theme, i) => {
      const found = passage?.evidence.find((e) => e.theme === theme);
      let line = `<span><b>${escapeHtml(sources.themeName(theme))}</b> `;
      if (found) {
        line += escapeHtml(scoreText(words, formatScore(found.score), formatScore(found.threshold)));
        found.hits.forEach((hit, k) => {
          if (k > 0) line += escapeHtml(lineEnd('list'));
          line += `<i>${escapeHtml(hit.text)}</i>${escapeHtml(hitNote(words, hit, formatScore(hit.weight)))}`;
        });
      }
      return `${line}${escapeHtml(lineEnd(i === ids.length - 1 ? 'end' : 'next'))}</span>`;
    })
    .join('');
  // A heading's chips are hidden from assistive technology, which would read them into the heading's name.
  const hidden = passage?.heading ? ' aria-hidden="true"' : '';
  return (
    `<span id="${anchor}" class="s tagged" tabindex="0" aria-describedby="${ev}">${own}` +
    `<span class="chips"${hidden}>${chips}</span><span class="ev" id="${ev}" role="tooltip">${lines}</span></span>`
  );
}

/**
 * The document's blocks as HTML. A heading's rank follows the section's depth in the outline (its
 * id's ordinals), not its numbering style, so headings never skip a rank: "sec-1" is an h2 under
 * the page's h1, "sec-1-2" an h3; the numbering style's level is kept as `data-level`.
 */
export function documentTextHtml(doc: string, blocks: readonly MdxBlock[], sources: TextSources): string {
  const words = evidenceWords('zh');
  return blocks
    .map((block) => {
      const sentences = block.sentences.map((s) => sentenceHtml(doc, s, sources, words)).join('');
      if (block.kind === 'paragraph') return `<p>${sentences}</p>`;
      const tag = `h${Math.min(6, block.id.split('-').length)}`;
      return `<${tag} id="${escapeHtml(block.id)}" class="sec" data-level="${escapeHtml(block.level)}">${sentences}</${tag}>`;
    })
    .join('');
}

import { joinCjkSpacing } from '../text/cjk-spacing.ts';
import { decodeHtmlEntities } from '../text/html-entities.ts';
import { removeHtmlTags } from '../text/html-markup.ts';
import { removeInvisible } from '../text/invisible.ts';
import { decodeLiteralEscapes } from '../text/literal-escapes.ts';
import { removePinyinGlosses } from '../text/pinyin-gloss.ts';
import type { Cut } from './cuts.ts';

/** Why each normalisation cut is made, as `removed` reports it. */
export const NORMALISE_REASONS = {
  escape: 'literal escape decoded',
  invisible: 'invisible character',
  markup: 'HTML markup',
  entity: 'HTML entity decoded',
  pinyin: 'pinyin gloss',
  spacing: 'extraction space',
} as const;

export interface Normalised {
  /** The text every later step reads: line breaks LF, no pinyin glosses, no extraction spaces. */
  text: string;
  /** Every change made, with the line (of `text`) it was made on. */
  cuts: Cut[];
}

/**
 * Runs between decode and clean, so the outline, the tagger, the analyses and search all read the
 * same text: literal "\n" escapes decoded in a text that has no line breaks, invisible characters
 * removed (zero-width spaces, soft hyphens), HTML tags cut and character references decoded
 * ("<p>" goes, "&ldquo;" → "“"),
 * pinyin glosses after characters removed (鎮(zhèn)江 → 鎮江), and spaces that PDF extraction put inside Chinese text
 * removed ("推 进" → "推进"). Characters stay as written (traditional stays traditional): the page
 * shows the source minus these cuts, and matchers fold it themselves (see text/fold.ts).
 */
export function normalise(decoded: string): Normalised {
  const cuts: Cut[] = [];
  const { text: unescaped, escapes } = decodeLiteralEscapes(decoded);
  for (const [escape, count] of escapes) {
    for (let i = 0; i < count; i++) cuts.push({ line: 1, text: escape, reason: NORMALISE_REASONS.escape });
  }
  const lines = unescaped.split('\n');
  const last = lines.findLastIndex((l) => l.trim() !== '');
  const out = lines.map((raw, index) => {
    const line = index + 1;
    const visible = removeInvisible(raw);
    for (const text of visible.cuts) cuts.push({ line, text, reason: NORMALISE_REASONS.invisible });
    // Tags before references, so that an escaped "&lt;p&gt;" stays text.
    const untagged = removeHtmlTags(visible.text);
    for (const text of untagged.cuts) cuts.push({ line, text, reason: NORMALISE_REASONS.markup });
    const decoded = decodeHtmlEntities(untagged.text);
    for (const text of decoded.cuts) cuts.push({ line, text, reason: NORMALISE_REASONS.entity });
    const glossed = removePinyinGlosses(decoded.text, index === last);
    for (const text of glossed.cuts) cuts.push({ line, text, reason: NORMALISE_REASONS.pinyin });
    const spaced = joinCjkSpacing(glossed.text);
    for (const text of spaced.cuts) cuts.push({ line, text, reason: NORMALISE_REASONS.spacing });
    return spaced.text;
  });
  return { text: out.join('\n'), cuts };
}

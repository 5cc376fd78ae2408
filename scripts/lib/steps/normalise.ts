import { joinCjkSpacing } from '../text/cjk-spacing.ts';
import { decodeHtmlEntities } from '../text/html-entities.ts';
import { removeHtmlTags } from '../text/html-markup.ts';
import { removeInvisible } from '../text/invisible.ts';
import { decodeLiteralEscapes } from '../text/literal-escapes.ts';
import { removePinyinGlosses } from '../text/pinyin-gloss.ts';
import type { Cut } from './cuts.ts';

/** Why a decoded escape is reported, as `removed` reports it. */
const ESCAPE_REASON = 'literal escape decoded';

/**
 * The steps each line goes through, in order, with the reason `removed` reports their cuts under.
 * Tags go before references, so that an escaped "&lt;p&gt;" stays text; a pinyin gloss is cut off
 * only at the end of the last line.
 */
const LINE_STEPS: ReadonlyArray<{
  reason: string;
  run: (line: string, isLastLine: boolean) => { text: string; cuts: string[] };
}> = [
  { reason: 'invisible character', run: removeInvisible },
  { reason: 'HTML markup', run: removeHtmlTags },
  { reason: 'HTML entity decoded', run: decodeHtmlEntities },
  { reason: 'pinyin gloss', run: removePinyinGlosses },
  { reason: 'extraction space', run: joinCjkSpacing },
];

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
 * ("<p>" goes, "&ldquo;" → "“"), pinyin glosses after characters removed (鎮(zhèn)江 → 鎮江), and
 * spaces that PDF extraction put inside Chinese text removed ("推 进" → "推进"). Characters stay as
 * written (traditional stays traditional): the page shows the source minus these cuts, and
 * matchers fold it themselves (see text/fold.ts).
 */
export function normalise(decoded: string): Normalised {
  const cuts: Cut[] = [];
  const { text: unescaped, escapes } = decodeLiteralEscapes(decoded);
  for (const [escape, count] of escapes) {
    for (let i = 0; i < count; i++) cuts.push({ line: 1, text: escape, reason: ESCAPE_REASON });
  }
  const lines = unescaped.split('\n');
  const last = lines.findLastIndex((l) => l.trim() !== '');
  const out = lines.map((raw, index) =>
    LINE_STEPS.reduce((text, { reason, run }) => {
      const done = run(text, index === last);
      for (const cut of done.cuts) cuts.push({ line: index + 1, text: cut, reason });
      return done.text;
    }, raw),
  );
  return { text: out.join('\n'), cuts };
}

/**
 * The interface words of a tag's evidence box (document-text-html.ts), which the Chinese document page
 * writes and the English one reads in English. The English page shows the Chinese page's text
 * block instead of a second copy of every sentence (src/client/document-twin.ts), so it turns
 * the box's Chinese words into English in the browser. Only the words this module writes are
 * turned: the theme's name is a `<b>` and each matched word an `<i>`, so the text nodes between
 * them hold nothing from a document.
 */
import type { Evidence } from '../schemas/passage.ts';
import { fillTemplate } from './fill-template.ts';

/** The i18n strings the box is made of, in one language (`sentence.*` of src/i18n). */
export interface EvidenceWords {
  /** With `{score}` and `{threshold}`. */
  score: string;
  term: string;
  pattern: string;
  heading: string;
}

type Hit = Pick<Evidence['hits'][number], 'rule' | 'where'>;

const ZH = { colon: '：', open: '（', close: '）', sep: '，' } as const;
const EN = { colon: ': ', open: ' (', close: ')', sep: ', ' } as const;
/** Between two matched words, before the next theme's line, after the last one. */
const ENDS_ZH = { list: '、', next: '；', end: '。' } as const;
const ENDS_EN: Record<string, string> = { '、': ', ', '；': '; ', '。': '.' };

/** A theme line's score and threshold with the colon before its matched words, in Chinese. */
export function scoreText(words: EvidenceWords, score: string, threshold: string): string {
  return fillTemplate(words.score, { score, threshold }) + ZH.colon;
}

/** What follows a matched word in Chinese: its kind, its weight (formatted) and whether it was in the heading. */
export function hitNote(words: EvidenceWords, hit: Hit, weight: string): string {
  return note(
    ZH,
    words,
    hit.rule === 'pattern' ? 'pattern' : hit.rule === 'term' ? 'term' : null,
    weight,
    hit.where === 'heading',
  );
}

/** The punctuation after a matched word or a line: `、` between words, `；` between lines, `。` at the end. */
export function lineEnd(kind: keyof typeof ENDS_ZH): string {
  return ENDS_ZH[kind];
}

/**
 * One text node of a Chinese evidence line (outside `<b>` and `<i>`) in English: a score with its
 * colon, a matched word's note and the punctuation after it, or that punctuation alone. Text that
 * is none of these comes back as it was.
 */
export function englishText(text: string, zh: EvidenceWords, en: EvidenceWords): string {
  const match = pattern(zh).exec(text);
  if (!match) return text;
  const [, space, score, threshold, rule, weight, heading, end] = match;
  let out = space ?? '';
  if (score !== undefined && threshold !== undefined) out += fillTemplate(en.score, { score, threshold }) + EN.colon;
  if (weight !== undefined) {
    const kind = rule === zh.term ? 'term' : rule === zh.pattern ? 'pattern' : null;
    out += note(EN, en, kind, weight, heading !== undefined);
  }
  return out + (end ? ENDS_EN[end] : '');
}

function note(
  punct: typeof ZH | typeof EN,
  words: EvidenceWords,
  kind: 'term' | 'pattern' | null,
  weight: string,
  inHeading: boolean,
): string {
  return `${punct.open}${kind ? `${words[kind]} ` : ''}+${weight}${inHeading ? punct.sep + words.heading : ''}${punct.close}`;
}

const patterns = new WeakMap<EvidenceWords, RegExp>();
/** The shapes `englishText` reads, built from the same Chinese words and punctuation the page writes. */
function pattern(zh: EvidenceWords): RegExp {
  let re = patterns.get(zh);
  if (!re) {
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const num = '(-?[\\d.]+)';
    const score = esc(zh.score).replace(esc('{score}'), num).replace(esc('{threshold}'), num) + esc(ZH.colon);
    const rule = `(?:(${esc(zh.term)}|${esc(zh.pattern)}) )?`;
    const hit = `${esc(ZH.open)}${rule}\\+${num}(${esc(ZH.sep + zh.heading)})?${esc(ZH.close)}`;
    const end = `([${Object.values(ENDS_ZH).join('')}])?`;
    re = new RegExp(`^( ?)(?:${score})?(?:${hit})?${end}$`, 'u');
    patterns.set(zh, re);
  }
  return re;
}

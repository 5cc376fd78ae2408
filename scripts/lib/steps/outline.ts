import type { Section } from '../../../src/schemas/document.ts';
import { foldForMatching } from '../text/fold.ts';
import { CHINESE_NUMERALS, COLONS } from '../text/punctuation.ts';
import type { KeptLine } from './clean.ts';
import { splitSentences } from './sentences.ts';

/** A sentence with its id ("s0001"), its innermost section and the line it came from. */
export type OutlineSentence = {
  id: string;
  text: string;
  section: string | null;
  heading: boolean;
  line: number;
};

export type Outline = { sentences: OutlineSentence[]; sections: Section[] };

/** A heading found at the start of a sentence; it covers the first `length` characters. */
type Heading = { level: number; label: string; title: string; length: number };

/** Where a sentence stands in its line and document. */
type Place = {
  lineStart: boolean;
  afterSpace: boolean;
  moreOnLine: boolean;
  inSection: boolean;
  /** The line already held a numbered heading after a sentence: a whole document on one line. */
  flattened: boolean;
};

const LABELS: readonly { level: number; pattern: RegExp }[] = [
  // 一、 十二、
  { level: 1, pattern: new RegExp(`^[${CHINESE_NUMERALS}]{1,3}、`, 'u') },
  // (一) （二）
  { level: 2, pattern: new RegExp(`^[(（][${CHINESE_NUMERALS}]{1,3}[)）]`, 'u') },
  // 1. 1、 1． (1) （1） ① — but not the "3." of "3.5亿元"
  { level: 3, pattern: /^(?:\d{1,2}[.．、](?!\d)|[(（]\d{1,2}[)）]|[\u2460-\u2473])/u },
];
/** The numbered label a line folded for matching opens on, with its level; the first of LABELS that fits. */
function labelOf(folded: string): { level: number; label: string } | null {
  for (const { level, pattern } of LABELS) {
    const label = pattern.exec(folded)?.[0];
    if (label !== undefined) return { level, label };
  }
  return null;
}
/** The numbered label (一、 (一) 1. (1) ①) a line folded for matching opens on, or ''. */
export const openingLabel = (folded: string): string => labelOf(folded)?.label ?? '';
/** True when a line opens on a numbered heading's label (一、 (一) 1. (1) ① １．). */
export const opensWithLabel = (text: string): boolean => openingLabel(foldForMatching(text)) !== '';
const KEYWORD_LEVEL = 2;
const LEAD_PHRASE_MAX_CHARS = 14;
const LEAD_PHRASE_LEVEL = 4;
const KEYWORD = /^关键词[:：]\s*(\S.{0,19})$/u;
// Han characters only: a comma, digit or quote makes it prose ("鼓励以商招商、用活中介招商。").
const LEAD_PHRASE = new RegExp(`^\\p{Script=Han}{2,${LEAD_PHRASE_MAX_CHARS}}$`, 'u');
// Statements and speech rather than headings: "一是要突出重点发展。" "会议强调:" "同志们:".
const NOT_A_LEAD_PHRASE = /是|(?:们|指出|强调|表示|认为|说)$/u;
const TRAILING_MARKS = /[\s。：:；;]+$/u;

/**
 * Numbers the sentences of the body lines and reads their outline. Headings are numbered labels
 * (一、 → level 1, (一) → 2, 1. (1) ① → 3), "关键词:" lines (2) and lead phrases (4). A heading is
 * a sentence too, and its section is its own. Section ids are paths of ordinals in the outline
 * tree ("sec-2-3"); a skipped level nests under the nearest open heading.
 */
/** A letter or a digit: what a sentence needs to be one. */
const READABLE = /[\p{L}\p{N}]/u;

export function outline(lines: readonly KeptLine[]): Outline {
  const sentences: OutlineSentence[] = [];
  const sections: Section[] = [];
  const open: { id: string; level: number; children: number }[] = [];
  let roots = 0;

  const add = (text: string, line: number, heading: Heading | null): void => {
    // A piece with nothing to read (a lone "”。", a "\n" written out) is not a sentence.
    if (heading === null && !READABLE.test(text.replace(/\\[nrt]/gu, ''))) return;
    const id = `s${String(sentences.length + 1).padStart(4, '0')}`;
    if (heading !== null) {
      while ((open.at(-1)?.level ?? 0) >= heading.level) open.pop();
      const parent = open.at(-1);
      const ordinal = parent === undefined ? (roots += 1) : (parent.children += 1);
      const { level, label, title } = heading;
      const sectionId = `${parent?.id ?? 'sec'}-${ordinal}`;
      open.push({ id: sectionId, level, children: 0 });
      sections.push({ id: sectionId, level, label, title, sentence: id });
    }
    sentences.push({ id, text, section: open.at(-1)?.id ?? null, heading: heading !== null, line });
  };

  for (const { n, text } of lines) {
    const pieces = splitSentences(text);
    let cursor = 0;
    let flattened = false;
    pieces.forEach((piece, index) => {
      const at = text.indexOf(piece, cursor);
      cursor = at + piece.length;
      // Headings are read in the folded piece (１２． and 關鍵詞 as 12. and 关键词) and cut from the
      // piece as written; folding keeps the length, else the piece is read as written.
      const folded = foldForMatching(piece);
      const heading = readHeading(piece, folded.length === piece.length ? folded : piece, {
        lineStart: index === 0,
        afterSpace: at > 0 && /\s/u.test(text[at - 1]!),
        moreOnLine: index < pieces.length - 1,
        inSection: open.length > 0,
        flattened,
      });
      if (heading !== null && heading.level < LEAD_PHRASE_LEVEL && index > 0) flattened = true;
      if (heading !== null && heading.length < piece.length) {
        add(piece.slice(0, heading.length).trimEnd(), n, heading);
        add(piece.slice(heading.length).trim(), n, null);
      } else {
        add(piece, n, heading);
      }
    });
  }
  return { sentences, sections };
}

/** `sentence`'s heading, matched in `folded` (the same length), its label and title as written. */
function readHeading(sentence: string, folded: string, place: Place): Heading | null {
  // Numbered and keyword headings open a line, or follow whitespace inside a one-line document.
  if (place.lineStart || place.afterSpace) {
    const heading = readNumbered(sentence, folded) ?? readKeyword(sentence, folded);
    if (heading !== null) return heading;
  }
  // Lead phrases open items of a numbered or keyword outline; before one they are prose.
  return place.inSection ? readLeadPhrase(sentence, folded, place) : null;
}

function readNumbered(sentence: string, folded: string): Heading | null {
  const found = labelOf(folded);
  if (found === null) return null;
  const { length } = found.label;
  const rest = sentence.slice(length);
  const colon = leadPhraseColon(folded.slice(length));
  const title = cleanTitle(colon === -1 ? rest : rest.slice(0, colon));
  if (title === '') return null;
  return {
    level: found.level,
    label: sentence.slice(0, length),
    title,
    length: colon === -1 ? sentence.length : length + colon + 1,
  };
}

function readKeyword(sentence: string, folded: string): Heading | null {
  const title = KEYWORD.exec(folded)?.[1];
  if (title === undefined) return null;
  return {
    level: KEYWORD_LEVEL,
    label: '',
    title: cleanTitle(sentence.slice(sentence.length - title.length)),
    length: sentence.length,
  };
}

/**
 * "金融助力:动态搜集…" opens with a lead phrase; "优化产业布局。" is one when it opens an item.
 * Items open a line, follow whitespace, or follow any sentence in a flattened document; inside a
 * paragraph a short sentence such as "探索打造一批产教融合示范点。" is prose.
 */
function readLeadPhrase(sentence: string, folded: string, place: Place): Heading | null {
  if (!(place.lineStart || place.afterSpace || place.flattened)) return null;
  const colon = leadPhraseColon(folded);
  if (colon !== -1) return leadPhrase(sentence.slice(0, colon), colon + 1);
  // Past the line start, a short sentence that ends the line closes a paragraph, not opens an item.
  const opensItem = place.lineStart || place.moreOnLine;
  if (opensItem && folded.endsWith('。') && isLeadPhrase(folded.slice(0, -1))) {
    return leadPhrase(sentence, sentence.length);
  }
  return null;
}

function leadPhrase(text: string, length: number): Heading {
  return { level: LEAD_PHRASE_LEVEL, label: '', title: cleanTitle(text), length };
}

/** Index of the colon that ends a lead phrase with more text after it on the line, or -1. */
function leadPhraseColon(text: string): number {
  // Whitespace may sit between a numbered label and its phrase, so look a little past the longest.
  const window = Math.min(text.length, LEAD_PHRASE_MAX_CHARS + 4);
  let colon = 0;
  while (colon < window && !COLONS.has(text[colon]!)) colon += 1;
  if (colon === window || text.slice(colon + 1).trim() === '') return -1;
  return isLeadPhrase(text.slice(0, colon).trim()) ? colon : -1;
}

function isLeadPhrase(phrase: string): boolean {
  return LEAD_PHRASE.test(phrase) && !NOT_A_LEAD_PHRASE.test(phrase);
}

function cleanTitle(text: string): string {
  return text.trim().replace(TRAILING_MARKS, '');
}

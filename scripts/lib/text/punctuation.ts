/**
 * Punctuation rules of Chinese plan text. Copied web pages mix full-width and ASCII marks
 * ("，" and ","; "：" and ":"), so each class holds both forms where both occur.
 */

/** End a sentence wherever they stand outside a pair: "优化产业布局。" "要干！" "…生态；以…". */
export const FULL_WIDTH_TERMINATORS: ReadonlySet<string> = new Set(['。', '！', '？', '；']);

/**
 * End a sentence as well ("走在最前列!快收下…", "…规划设计;以三一…"), except between two ASCII
 * letters or digits, where they belong to a token such as "index.php?id=1".
 */
export const ASCII_TERMINATORS: ReadonlySet<string> = new Set(['!', '?', ';']);

/**
 * End a sentence only right after Han text or a closer ("…的目标." "…“强链群”."), never between
 * digits ("3.5亿元") or after a list number ("1.创新招商引资方式。" "一.加强党建。").
 */
export const DOTS: ReadonlySet<string> = new Set(['.', '．']);

/**
 * Stay with the sentence they follow: “要干！” ends after ”, （见附件。） after ）. Terminators
 * right after a terminator stay too, so "！！" and "?!" end one sentence, not two.
 */
export const CLOSERS: ReadonlySet<string> = new Set(['”', '’', '」', '』', '）', ')', '】', '》']);

/** Opener to closer of the pairs inside which a sentence never ends: “强链。补链” is one piece. */
export const PAIRS: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['(', ')'],
  ['（', '）'],
  ['【', '】'],
  ['《', '》'],
]);

/**
 * Most characters from an opener to its closer. An opener not closed within this span is read as
 * a stray mark, so one unbalanced “ cannot swallow the rest of a one-line document.
 */
export const MAX_PAIR_SPAN = 200;

/** Colons that close a lead phrase: "金融助力:动态搜集…" and "金融助力：动态搜集…". */
export const COLONS: ReadonlySet<string> = new Set(['：', ':']);

/** Chinese numerals of outline labels up to 九十九: "一、" "（十二）". */
export const CHINESE_NUMERALS = '一二三四五六七八九十';

/** One Han character: "园" matches, "G" in "5G" and "，" do not. */
export const HAN_CHAR = /\p{Script=Han}/u;

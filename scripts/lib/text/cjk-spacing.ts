/**
 * Spaces that PDF and Word extraction put inside Chinese text: "政 府 工 作 報 告", "推 进",
 * "( 一 ) 做实 , 推动", "1686 亿元". Chinese does not separate words with spaces, but pages do use
 * them to separate fields ("2023年  发布机构"), headline parts ("坚定信心 勇挑重担"), names in a
 * byline ("记者 王明宣 王德友") and a speaker from a title ("尚 琪 董事长"). So only these go:
 *
 * - a spaced-out run of three or more single characters (政 府 工 作), anywhere;
 * - in running text only (a line with sentence or clause punctuation between words), a single
 *   space between two Han characters (not inside “…”, where it often stands for a lost “+”), between a Han character and a digit, or next to Chinese
 *   punctuation — unless it follows a credit word (记者 施翔).
 *
 * Runs of two or more spaces are always kept: they separate fields.
 */

const HAN = '\\p{Script=Han}';
const SPACE = '[ \\u00a0]';
const CREDIT_BEFORE =
  /(?:记者|記者|通讯员|通訊員|编辑|編輯|作者|摄影|攝影|审核|審核|主持人|发布人|發布人|供稿|编审|編審|讯|訊|日电|日電|摄|攝)$/u;

/** A run of single Han characters separated by single spaces, three characters or more. */
const SPACED_RUN = new RegExp(`(?<!${HAN})${HAN}(?:${SPACE}${HAN}(?!${HAN})){2,}`, 'gu');

/** A single space between two Han characters ("推 进"); only in a line with a sentence end. */
const BETWEEN_HAN = new RegExp(`(?<=${HAN})(?<!${SPACE})${SPACE}(?!${SPACE})(?=${HAN})`, 'gu');

/**
 * Spaces around digits and Chinese punctuation ("1686 亿元", "做实 , 推动", "( 一 )", "“ 七进 ”" →
 * "“七进”"). A space outside the quotes ("开展 “三标”活动") is left: it cannot be told from one that
 * separates a headline from a quoted slogan.
 */
const AROUND_DIGITS_AND_PUNCTUATION = new RegExp(
  [
    `(?<=\\d)(?<!${SPACE})${SPACE}(?!${SPACE})(?=${HAN})`,
    `(?<=${HAN})(?<!${SPACE})${SPACE}(?!${SPACE})(?=\\d)`,
    `(?<=[${HAN}\\d\\p{P}])${SPACE}+(?=[,，。、；;:：！？!?)）”』」])`,
    `(?<=[(（“『「])${SPACE}+(?=[${HAN}\\d])`,
    `(?<=${HAN})${SPACE}+(?=[(（])`,
    // not after 。！？；: a space between sentences is left, the outline reads it as a cue
    `(?<=[)）,，、:：])${SPACE}+(?=${HAN})`,
  ].join('|'),
  'gu',
);

/** A sentence ends in the line: it is running text, not a headline, byline or field list. */
const SENTENCE_END = /[。；;！？!?]/u;
/** Clause punctuation between words (not a thousands separator: 3,443), in a line this long or longer. */
const CLAUSE = /[、]|(?<!\d)[,，]|[,，](?!\d)/u;
const CLAUSE_MIN = 30;

/** Where a space is a separator even in running text: after 第一章, before 通讯员 or a closing 摄, inside 《…》. */
const HEADING_NUMBER_BEFORE = /第[一二三四五六七八九十百千\d]+[章节条篇编部]$/u;
const CREDIT_AFTER = /^(?:通讯员|通訊員|记者|記者|编辑|編輯|摄影|攝影|[摄攝][)）]?$)/u;

function isSeparator(whole: string, offset: number, length: number): boolean {
  const before = whole.slice(0, offset);
  if (CREDIT_BEFORE.test(before.slice(-3)) || HEADING_NUMBER_BEFORE.test(before)) return true;
  if (CREDIT_AFTER.test(whole.slice(offset + length))) return true;
  return isInside(before, '《', '》');
}

/** Inside “…” a space often stands for a symbol the copy lost (“互联网 政务服务” was 互联网+政务服务). */
function isInQuotes(whole: string, offset: number): boolean {
  return isInside(whole.slice(0, offset), '“', '”');
}

function isInside(before: string, open: string, close: string): boolean {
  return before.split(open).length - before.split(close).length > 0;
}

/** `line` with extraction spaces removed, and each cut as its context ("推 进"), in order. */
export function joinCjkSpacing(line: string): { text: string; cuts: string[] } {
  const cuts: string[] = [];
  let text = line.replace(SPACED_RUN, (run) => {
    cuts.push(run);
    return run.replace(/[ \u00a0]/gu, '');
  });
  const sentence = SENTENCE_END.test(text);
  const patterns = [
    ...(sentence ? [BETWEEN_HAN] : []),
    ...(sentence || (text.length >= CLAUSE_MIN && CLAUSE.test(text)) ? [AROUND_DIGITS_AND_PUNCTUATION] : []),
  ];
  for (const pattern of patterns) {
    text = text.replace(pattern, (space: string, offset: number, whole: string) => {
      if (isSeparator(whole, offset, space.length)) return space;
      if (pattern === BETWEEN_HAN && isInQuotes(whole, offset)) return space;
      cuts.push(`${whole[offset - 1] ?? ''}${space}${whole[offset + space.length] ?? ''}`);
      return '';
    });
  }
  return { text, cuts };
}

/** One use of a run: its sentence, where the run starts in it, and where the sentence's words start. */
export interface RunContext {
  text: string;
  offset: number;
  /** Offsets in `text` at which a word starts, and `text.length`: see wordBoundaries. */
  boundaries: ReadonlySet<number>;
}

/** Clause-joining punctuation, in both widths: a run crossing one is two clauses. 、 lists, it does not join clauses. */
const CLAUSE_JOIN = /^[,，;；:：]$/u;
const PUNCTUATION = /^[\s\p{P}\p{S}]+$/u;
/** A bare number, or a single Chinese numeral (一 of 一、): never a phrase's edge. 十四五 is a word, not a number. */
const NUMBER = /^(?:[\p{Nd}.．%％]+|[零〇一二两三四五六七八九十])$/u;
const DIGIT = /\p{Nd}/u;
const numeric = (c: string | undefined) => c !== undefined && (DIGIT.test(c) || c === '.' || c === '．');
/** Words that cannot open a phrase: particles and conjunctions that lean on what came before. */
const LEADING_FUNCTION_WORDS = new Set([
  '的',
  '了',
  '和',
  '与',
  '及',
  '并',
  '等',
  '是',
  '也',
  '之',
  '而',
  '或',
  '且',
  '着',
]);
/** Words that cannot close one: particles, conjunctions and prepositions waiting for their object. */
const TRAILING_FUNCTION_WORDS = new Set([
  ...LEADING_FUNCTION_WORDS,
  '在',
  '为',
  '以',
  '对',
  '把',
  '将',
  '从',
  '向',
  '由',
  '于',
  '按',
  '要',
  '就',
  '再',
  '到',
]);
/** Units that follow a number: a run starting with one after a digit starts inside "16亿元" or "2018年". */
const UNITS = new Set([
  '年',
  '月',
  '日',
  '亿',
  '万',
  '元',
  '亿元',
  '万元',
  '个',
  '家',
  '项',
  '名',
  '人',
  '倍',
  '亩',
  '吨',
  '平方公里',
  '%',
  '％',
]);
/**
 * Longest clause piece, in characters, that counts as a fragment when the run cuts into its
 * clause: 工作 in "…工作,有效防范化解重大风险", 来 in "以来,在市委、市政府的". A longer piece
 * (以习近平新时代中国特色社会主义思想为指导) reads as a unit even when 坚持 precedes it.
 */
export const FRAGMENT_MAX = 6;

/** Shortest word whose last or first character may be left out of a phrase (see wordBoundaries). */
export const LONG_WORD = 6;

/** Whether `text` is a sequence of `parts` (each at least two characters). */
function tiles(text: string, parts: ReadonlySet<string>): boolean {
  const reach = [true, ...Array.from({ length: text.length }, () => false)];
  for (let i = 0; i < text.length; i++) {
    if (!reach[i]) continue;
    for (const part of parts) if (part.length >= 2 && text.startsWith(part, i)) reach[i + part.length] = true;
  }
  return reach[text.length]!;
}

/**
 * Offsets at which the segmenter's `words` of a sentence start, and its end. A number the
 * segmenter splits at its decimal point (16|.|3) stays one word. A long compound (LONG_WORD
 * characters or more) may also lose its last or first character when the rest is made of its
 * dictionary subwords (`subwords`): 相对集中行政许可|权 (相对|集中|行政|许可), so 相对集中行政许可 in
 * one document and 相对集中行政许可权 in another share a phrase; 一般公共预算收|入 never splits.
 */
export function wordBoundaries(
  words: readonly string[],
  subwords: (word: string) => readonly string[] = () => [],
): Set<number> {
  const text = words.join('');
  const boundaries = new Set<number>();
  let at = 0;
  for (const word of words) {
    if (!(numeric(text[at - 1]) && numeric(text[at]))) boundaries.add(at);
    if ([...word].length >= LONG_WORD) {
      const parts = new Set(subwords(word).filter((w) => w !== word));
      if (tiles(word.slice(0, -1), parts)) boundaries.add(at + word.length - 1);
      if (tiles(word.slice(1), parts)) boundaries.add(at + 1);
    }
    at += word.length;
  }
  boundaries.add(at);
  return boundaries;
}

/**
 * The part of a shared run that is a phrase, as [start, end) offsets in the run, or null when no
 * part is. The edges move inward to offsets that are word starts in every use (so 地方一般公共预算收
 * loses 收 and 示精神 loses 示), then past punctuation, bare numbers, a unit after a number, a
 * particle or a dangling preposition at either edge, and past a clause fragment: a piece of at most
 * FRAGMENT_MAX characters before the first (after the last) clause-joining comma when some use
 * starts (ends) inside that piece's clause. O(run length × uses).
 */
export function phraseSpan(run: string, uses: readonly RunContext[]): { start: number; end: number } | null {
  const isBoundary = (p: number) => uses.every((u) => u.boundaries.has(u.offset + p));
  const cuts: number[] = [];
  for (let p = 0; p <= run.length; p++) if (isBoundary(p)) cuts.push(p);
  if (cuts.length < 2) return null;
  let words = cuts.slice(1).map((end, i) => ({ start: cuts[i]!, end, text: run.slice(cuts[i]!, end) }));
  const before = (p: number) => uses.map((u) => u.text[u.offset + p - 1] ?? '');
  const after = (p: number) => uses.map((u) => u.text[u.offset + p] ?? '');
  const opensClause = (p: number) => before(p).every((c) => c === '' || PUNCTUATION.test(c));
  const closesClause = (p: number) => after(p).every((c) => c === '' || PUNCTUATION.test(c));
  const length = (list: typeof words) => list.reduce((n, w) => n + [...w.text].length, 0);

  for (let changed = true; changed && words.length > 0;) {
    changed = false;
    const first = words[0]!;
    const last = words.at(-1)!;
    if (
      PUNCTUATION.test(first.text) ||
      NUMBER.test(first.text) ||
      LEADING_FUNCTION_WORDS.has(first.text) ||
      (UNITS.has(first.text) && before(first.start).some((c) => DIGIT.test(c)))
    ) {
      words = words.slice(1);
      changed = true;
      continue;
    }
    if (PUNCTUATION.test(last.text) || NUMBER.test(last.text) || TRAILING_FUNCTION_WORDS.has(last.text)) {
      words = words.slice(0, -1);
      changed = true;
      continue;
    }
    const firstJoin = words.findIndex((w) => CLAUSE_JOIN.test(w.text));
    if (firstJoin > 0 && !opensClause(first.start) && length(words.slice(0, firstJoin)) <= FRAGMENT_MAX) {
      words = words.slice(firstJoin + 1);
      changed = true;
      continue;
    }
    const lastJoin = words.findLastIndex((w) => CLAUSE_JOIN.test(w.text));
    if (
      lastJoin >= 0 &&
      lastJoin < words.length - 1 &&
      !closesClause(last.end) &&
      length(words.slice(lastJoin + 1)) <= FRAGMENT_MAX
    ) {
      words = words.slice(0, lastJoin);
      changed = true;
    }
  }
  return words.length > 0 ? { start: words[0]!.start, end: words.at(-1)!.end } : null;
}

import { bisectLeft, bisectRight } from 'd3-array';
import { STOPWORDS } from '../../../src/shared/analysis/stopwords.ts';
import { MODAL_TARGET_CUES } from './target-statement.ts';

/**
 * Verbs that link a number to what it counts (现有…206家, 增长10%, 挺进全国60强): skipped right
 * before a number, and ending a counted thing anywhere else.
 */
const LINKS: ReadonlySet<string> = new Set([
  '现有',
  '拥有',
  '共有',
  '新增',
  '累计',
  '达到',
  '达',
  '增长',
  '提高',
  '提高到',
  '提升到',
  '提升至',
  '下降',
  '降低',
  '减少',
  '增加',
  '突破',
  '超过',
  '超',
  '为',
  '是',
  '挺进',
  '进入',
  '迈入',
  '跻身',
  '位居',
  '位列',
  '保持',
  '辅导',
  '引进',
  '培育',
  '建成',
  '新建',
  '完成',
  '获得',
  '争创',
  '以来',
  '进而',
  '确保',
  '紧盯',
  '转型',
  '组建',
  '成立',
  '落地',
  '入驻',
  '投产',
  '达产',
  '开工',
  '竣工',
  '签约',
  '落户',
  '申报',
  '认定',
  '出台',
  '用于',
]);
/**
 * Words that say how a figure compares (同比增长6%, 营收分别增长9.2%, 高于全市2.7个百分点), between
 * the thing and its link: skipped, so the thing is 地区生产总值, not 地区生产总值同比, and never 同比
 * or 高于全市 alone.
 */
const COMPARISONS: ReadonlySet<string> = new Set([
  '同比',
  '环比',
  '比上年',
  '较上年',
  '比去年',
  '较去年',
  '年均',
  '分别',
  '高于',
  '低于',
  '占',
  '约占',
]);
/** Where a share or a lead is measured against (高于全市2.7个百分点, 约占全市42%): skipped beside the figure, kept inside a thing (全区疫苗接种). */
const SCOPES: ReadonlySet<string> = new Set(['全市', '全省', '全区', '全县', '全国']);
/**
 * Words that say when or how surely, not what: a period (一季度增长2.5% counts no 一季度), a
 * modal cue (产值预计全年增长) or a hedge (约占全市42%): they end a thing.
 */
const NOT_IN_THING: ReadonlySet<string> = new Set([
  ...MODAL_TARGET_CUES,
  '预计',
  '约',
  '前',
  '全年',
  '当年',
  '今年',
  '明年',
  '去年',
  '年内',
  '年底',
  '年末',
  '上半年',
  '下半年',
  '一季度',
  '二季度',
  '三季度',
  '四季度',
  '前三季度',
  '同期',
]);
const QUOTES: ReadonlySet<string> = new Set(['“', '”', '‘', '’', '「', '」']);
/** Words kept inside a thing, between two of its words, though never at its edge: 亿元以上项目. */
const INNER: ReadonlySet<string> = new Set(['以上', '以下']);
const NAMEISH = /[\p{Script=Han}A-Za-z]/u;
const DIGIT = /[\p{Nd}]/u;
const MAX_WORDS = 5;
const MAX_CHARS = 16;
/** Characters that end the clause a deadline applies to. */
const CLAUSE_END = /[，,。；;：:！!？?、（）()《》【】\s]/u;

const isThingWord = (w: string) =>
  NAMEISH.test(w) &&
  !DIGIT.test(w) &&
  !STOPWORDS.has(w) &&
  !LINKS.has(w) &&
  !COMPARISONS.has(w) &&
  !NOT_IN_THING.has(w);

/**
 * Links that also name a kind of figure, a flow rather than a stock (新增企业, 城镇新增就业人数,
 * 产业项目签约资金): kept at the head of a thing read backwards from its noun. Right beside the
 * number they are links still, and skipped (新增|120家).
 */
const ATTRIBUTIVE: ReadonlySet<string> = new Set(['新增', '签约', '新签约', '新开工']);

/** 年, 月 or 日 after a number is a date's or a span's (2023年|营业收入, 12个|月), not the thing's as in 车间|年产能. */
const DATE_UNITS: ReadonlySet<string> = new Set(['年', '月', '日']);
const afterNumber = (words: readonly string[], i: number) =>
  i > 0 && (DIGIT.test(words[i - 1]!) || words[i - 1] === '个');

/** Words from `from` in steps of `step`, inside [lo, hi), that make a noun phrase; quotes inside it are kept. */
function collect(words: readonly string[], from: number, step: 1 | -1, lo: number, hi: number): string {
  const taken: string[] = [];
  let content = 0;
  let chars = 0;
  let inner = '';
  for (let i = from; i >= lo && i < hi; i += step) {
    const w = words[i]!;
    if (DATE_UNITS.has(w) && afterNumber(words, i)) break;
    if (QUOTES.has(w)) taken.push(w);
    else if (INNER.has(w) && content > 0 && inner === '') inner = w;
    else if (
      (isThingWord(w) || (step === -1 && content > 0 && ATTRIBUTIVE.has(w))) &&
      content < MAX_WORDS &&
      chars + inner.length + w.length <= MAX_CHARS
    ) {
      if (inner !== '') taken.push(inner);
      chars += inner.length;
      inner = '';
      taken.push(w);
      content += 1;
      chars += w.length;
    } else break;
  }
  if (step === -1) taken.reverse();
  return unquote(taken.join(''));
}

/** Drops quote marks at either end unless they pair up inside: “小巨人”企业 stays, 措施” loses its ”. */
function unquote(phrase: string): string {
  let p = phrase;
  for (;;) {
    const trimmed = p.replace(/^[”’」]+|[“‘「]+$/u, '').replace(/^[“‘「]([^“‘「”’」]*)[”’」]$/u, '$1');
    const opens = (trimmed.match(/[“‘「]/gu) ?? []).length;
    const closes = (trimmed.match(/[”’」]/gu) ?? []).length;
    const next = opens === closes ? trimmed : trimmed.replace(/^[“‘「”’」]|[“‘「”’」]$/u, '');
    if (next === p) return p;
    p = next;
  }
}

/**
 * What numbers in one sentence count, given its segmenter words: for a number from `start` to
 * `end`, the noun phrase right after it (辅导30个以上 -> 参赛项目团队), or when there is none the
 * one before it, skipping one linking verb and the words of comparison before it (规模工业企业 <-
 * 206家, 研发投入 <- 增长10%, 地区生产总值 <- 同比增长6%). `prefer:
 * 'before'` tries the phrase before first. The phrase stays within `limits` (the neighbouring
 * targets' ends), so one target's words are never another's thing. Null when neither side has
 * one. The words' offsets are worked out once per sentence, so a sentence of many numbers costs
 * no more per number than a short one.
 */
export function countedThings(
  segmented: readonly string[],
): (start: number, end: number, prefer?: 'after' | 'before', limits?: { from: number; to: number }) => string | null {
  const words = resplit(segmented);
  // offsets[i]: where word i starts; offsets[words.length]: the sentence's length.
  const offsets = [0];
  for (const w of words) offsets.push(offsets.at(-1)! + w.length);
  const n = words.length;
  return (start, end, prefer = 'after', limits = { from: 0, to: Infinity }) => {
    // The first word starting at or after limits.from (n + 1 when none, as no word index reaches it).
    const from = bisectLeft(offsets, limits.from);
    const lo = from === n + 1 ? -1 : from;
    // The first word ending after limits.to, n when none.
    const hi = bisectRight(offsets, limits.to, 1) - 1;
    const afterAt = bisectLeft(offsets, end, 0, n);
    const after = afterAt === n ? -1 : afterAt;
    // The last word ending by `start`, -1 when none.
    const before = bisectRight(offsets, start, 1) - 2;
    const afterPhrase = () => (after === -1 ? '' : collect(words, after, 1, lo, hi));
    // Null: the thing is in another clause (…3.65亿元，同比增长227%), so none is looked for after it.
    const beforePhrase = (): string | null => {
      let j = before >= 0 && LINKS.has(words[before]!) ? before - 1 : before;
      // 产值|预计|全年|分别|增长 29.5%: when, how surely and how it compares stand between the link and the thing.
      let compared = false;
      while (j >= 0 && (COMPARISONS.has(words[j]!) || NOT_IN_THING.has(words[j]!) || SCOPES.has(words[j]!))) {
        compared ||= COMPARISONS.has(words[j]!);
        j--;
      }
      const phrase = j < 0 ? '' : collect(words, j, -1, lo, hi);
      return phrase === '' && compared ? null : phrase;
    };
    for (const phrase of prefer === 'after' ? [afterPhrase, beforePhrase] : [beforePhrase, afterPhrase]) {
      const found = phrase();
      if (found !== '') return found;
    }
    return null;
  };
}

/**
 * The segmenter's dictionary has 上项目 (to launch projects), so 亿元以上项目 comes as 以|上项目:
 * read as 以上|项目; and it cuts 规上 and 限上 (规模以上, 限额以上: 规上工业产值) as 规|上, 占比
 * (a share: 税收收入占比) as 占|比 and 新签约 as 新|签约. The same characters, so the words'
 * offsets do not move.
 */
function resplit(words: readonly string[]): readonly string[] {
  const out = [...words];
  for (let i = 0; i + 1 < out.length; i++) {
    const next = out[i + 1]!;
    if (out[i] === '以' && next.length > 1 && (next[0] === '上' || next[0] === '下')) {
      out[i] = `以${next[0]}`;
      out[i + 1] = next.slice(1);
    } else if (
      ((out[i] === '规' || out[i] === '限') && next === '上') ||
      (out[i] === '占' && next === '比') ||
      (out[i] === '新' && (next === '签约' || next === '开工'))
    ) {
      out.splice(i, 2, `${out[i]}${next}`);
    }
  }
  return out;
}

/**
 * The clause a deadline applies to: the text after it up to the next clause mark, at most 16
 * characters, other targets included (年底 -> 挺进全国60强); when a comma follows at once
 * (到2025年，园区…), the clause after the comma.
 */
export function clauseAfter(text: string, end: number): string | null {
  let from = end;
  if (/^[，,：:]/u.test(text.slice(from))) from += 1;
  let stop = from;
  while (stop < text.length && stop - from < MAX_CHARS && !CLAUSE_END.test(text[stop]!)) stop++;
  return text.slice(from, stop) || null;
}

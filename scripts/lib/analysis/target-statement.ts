import { bisectLeft, bisectRight } from 'd3-array';
import type { TargetStatement } from '../../../src/schemas/analysis.ts';
import type { SectionContext } from './section-kind.ts';

/**
 * Modal words that put everything after them in the sentence in the future: "力争实现地区生产总值
 * 增长8%" is a target although 实现 and 增长 follow. 要/将 are left out: plans use them for tasks
 * as often as for quantities.
 */
export const MODAL_TARGET_CUES = [
  '力争',
  '确保',
  '争取',
  '预期',
  '计划',
  '力促',
  '努力',
  '奋力',
  '冲刺',
  '即将',
] as const;

/**
 * Words that, nearest before a number in its clause, make it a target. Not 新增: a plan adds
 * what a review has added (新增企业21家 reports as often as it plans).
 */
export const TARGET_CUES = ['目标', '达到', '突破', '年底前', '年内'] as const;

/**
 * Result cues that say what is done or stands (已, 累计, 现有, 截至) rather than what a plan also
 * sets out to do (完成, 实现, 全年, 比上年): they report a figure under a plan's heading, outweigh a
 * modal of an earlier clause, and outweigh a floor on the figure (现有企业206家，高新技术企业139家以上).
 */
const REPORTED_CUES = [
  '已',
  '已经',
  '累计',
  '现有',
  '拥有',
  '目前',
  '截至',
  '今年以来',
  '年来',
  '这一年',
  '过去一年',
  '获评',
  '获批',
  '荣获',
  '达到了',
  '目标的',
  '目标任务的',
  '同比增长',
  '同比下降',
] as const;
const REPORTED: ReadonlySet<string> = new Set(REPORTED_CUES);

/**
 * Words that, nearest before a number in its clause, make it a result already reached: those
 * above, and those a plan uses too. 预计 is one: parks estimate the year just ending with it
 * (预计全年增长8%), and set targets with 预期.
 */
export const RESULT_CUES = [
  ...REPORTED_CUES,
  '预计',
  '比上年',
  '较上年',
  '比去年',
  '较去年',
  '上年',
  '去年',
  '完成',
  '实现',
  '共计',
  '全年',
  '位居',
  '居全',
] as const;

/** Strong markers of a past period: anywhere before the number, they make it a result. */
const PAST_MARKERS = ['同比增长', '同比下降', '比上年', '较上年', '比去年', '较去年'] as const;

/**
 * Pledges that set a target even in a section that reviews, when they stand in the figure's own
 * clause. 争取 is not one there: a review's 争取中央资金3亿元 is money secured.
 */
const PLEDGES = ['力争', '确保', '冲刺'] as const;

/** A deadline still ahead reads as a target: 到2025年, 2025年底前, 到“十四五”末; 截至2023年底 looks back. */
const DEADLINE = /(?:到|(?<!截)至)(?:20\d{2}年|“?十[一二三四五六七八九]五”?)|20\d{2}年(?:底|末)?(?:前|以前|之前)/u;

const CLAUSE_BREAK = /[，,；;。：:！!？?]/u;

/**
 * A floor or an approximation on a figure that ends its phrase (增长25%以上, 增长6.5%左右): how
 * parks set targets, where a result is stated exactly. Before a noun it is a class, not a floor
 * (亿元以上项目).
 */
const FLOOR = /(?:以上|左右)$/u;
const HAN = /\p{Script=Han}/u;

export interface Statement {
  statement: TargetStatement;
  /** The words that decided it, verbatim as in the sentence or as the section's heading; null when none did. */
  cue: string | null;
  /** Where `cue` stands: in the sentence, or it is the heading of the sentence's section; null with no cue. */
  cueIn: 'sentence' | 'heading' | null;
}

const CLAUSE_CUES = [
  ...TARGET_CUES.map((cue) => [cue, 'target'] as const),
  ...RESULT_CUES.map((cue) => [cue, 'result'] as const),
];

/**
 * Whether a number in `sentence` is a target, a result or unknown, for the number matched at
 * `start`–`end`: a modal cue before it in the sentence, or a deadline ahead (the match itself may
 * be one: 到2025年), makes it a target; otherwise the cue nearest before it in its clause decides
 * (完成年度目标的158.9% and 完成全年目标任务的135.67% are results), though a floor or an
 * approximation on the figure outweighs a cue that plans as often as it reports (完成, 实现, 全年:
 * 完成固定资产投资120亿元以上 is a target); otherwise a past-period marker, then any cue, earlier
 * in the sentence ("全年完成投资120亿元，其中工业投资3.5亿元": both results); otherwise unknown.
 *
 * A sentence under a heading that reviews or plans (`section`, section-kind.ts) is read in its
 * light. In a review every figure is a result unless a deadline or a pledge (力争, 确保) in its own
 * clause sets it: a modal of an earlier clause (以最大努力争取最好结果，一季度增长2.5%) and a target
 * word (新增, 突破) report what was done. In a plan every figure is a target unless its clause or
 * the sentence before it says it is already done (已, 累计, 同比增长). A figure the sentence alone
 * leaves undecided takes the heading as its cue. The cues, clause breaks and deadline are found
 * once per sentence: O(sentence length × cues), and a logarithm per number.
 */
export function statementsIn(
  sentence: string,
  section: SectionContext | null = null,
  docYear: number | null = null,
): (start: number, end: number) => Statement {
  const modal = cueIndex(
    sentence,
    MODAL_TARGET_CUES.map((cue) => [cue, 'target'] as const),
  );
  const pledge = cueIndex(
    sentence,
    PLEDGES.map((cue) => [cue, 'target'] as const),
  );
  const clauseCues = cueIndex(sentence, CLAUSE_CUES);
  const past = cueIndex(
    sentence,
    PAST_MARKERS.map((cue) => [cue, 'result'] as const),
  );
  const breaks: number[] = [];
  for (let i = 0; i < sentence.length; i++) if (CLAUSE_BREAK.test(sentence[i]!)) breaks.push(i);
  const deadline = DEADLINE.exec(sentence);
  const heading = (statement: TargetStatement): Statement => ({ statement, cue: section!.heading, cueIn: 'heading' });
  return (start, end) => {
    // The sentence's first deadline is the first within its first `end` characters, unless it runs past them.
    const ahead =
      deadline === null || deadline.index >= end
        ? null
        : deadline.index + deadline[0].length <= end
          ? deadline
          : DEADLINE.exec(sentence.slice(0, end));
    const clauseStart = (breaks[bisectLeft(breaks, start) - 1] ?? -1) + 1;
    const own = clauseCues(clauseStart, start);
    if (section?.kind === 'review') {
      if (ahead) return inSentence({ statement: 'target', cue: ahead[0] });
      const pledged = pledge(clauseStart, start);
      if (pledged) return inSentence(pledged);
      return own?.statement === 'result' ? inSentence(own) : heading('result');
    }
    // What the figure's own clause reports as done outweighs a modal of an earlier clause
    // (稳预期，地区生产总值同比增长5.6%), not one of its own (力争…同比增长8%).
    if (own && REPORTED.has(own.cue) && !modal(clauseStart, start) && !ahead) return inSentence(own);
    const found = modal(0, start) ?? (ahead ? { statement: 'target' as const, cue: ahead[0] } : null);
    if (found) return inSentence(found);
    if (own && own.statement === 'target') return inSentence(own);
    if (section?.kind === 'plan') {
      const reported = past(0, start) ?? done(sentence, clauseStart, start, docYear);
      return reported ? inSentence(reported) : heading('target');
    }
    const cued = own ?? past(0, start) ?? clauseCues(0, start);
    // 完成固定资产投资120亿元以上: 完成 reports or plans, and the floor says which.
    const floor = FLOOR.exec(sentence.slice(start, end));
    if (floor && !HAN.test(sentence[end] ?? '') && !(cued && REPORTED.has(cued.cue)))
      return inSentence({ statement: 'target', cue: floor[0] });
    if (cued) return inSentence(cued);
    // 营业收入3.65亿元，同比增长227%: what is compared with the year before has happened.
    const compared = COMPARED_NEXT.exec(sentence.slice(end));
    const reported = compared
      ? { statement: 'result' as const, cue: compared[1]! }
      : done(sentence, clauseStart, start, docYear);
    return reported ? inSentence(reported) : { statement: 'unknown', cue: null, cueIn: null };
  };
}

/** A verb of the clause in its perfective (引进了, 兑现了; not 为了, 除了, 了解). */
const PERFECTIVE = /(?<![为除罢])\p{Script=Han}了(?!解)/gu;
const YEAR = /((?:19|20)\d{2})年/gu;

/**
 * Evidence before a figure that it is done: a verb in the perfective in its clause (引进了投资50亿元),
 * or, earlier in the sentence, a year before the document's (2024年全区GDP增长2.2% in a 2025 document).
 */
function done(
  sentence: string,
  clauseStart: number,
  start: number,
  docYear: number | null,
): { statement: 'result'; cue: string } | null {
  const perfective = [...sentence.slice(clauseStart, start).matchAll(PERFECTIVE)].at(-1);
  if (perfective) return { statement: 'result', cue: perfective[0] };
  if (docYear === null) return null;
  const year = [...sentence.slice(0, start).matchAll(YEAR)].at(-1);
  return year && Number(year[1]) < docYear ? { statement: 'result', cue: year[0] } : null;
}

/** A past-period comparison right after a figure, in its clause or opening the next one. */
const COMPARED_NEXT = new RegExp(`^[，,、]?(${PAST_MARKERS.join('|')})`, 'u');

function inSentence(found: { statement: TargetStatement; cue: string }): Statement {
  return { ...found, cueIn: 'sentence' };
}

/**
 * Every occurrence of `cues` in `text`, and a lookup of the one that ends nearest `to` among those
 * wholly inside [from, to): the longer cue at a tie, then the earlier in `cues`.
 */
function cueIndex(
  text: string,
  cues: ReadonlyArray<readonly [string, TargetStatement]>,
): (from: number, to: number) => { statement: TargetStatement; cue: string } | null {
  const found: { at: number; end: number; rank: number }[] = [];
  cues.forEach(([cue], rank) => {
    for (let at = text.indexOf(cue); at !== -1; at = text.indexOf(cue, at + 1))
      found.push({ at, end: at + cue.length, rank });
  });
  // By end, and at one end best first: longer, then earlier in `cues`.
  found.sort((a, b) => a.end - b.end || b.end - b.at - (a.end - a.at) || a.rank - b.rank);
  const ends = found.map((f) => f.end);
  return (from, to) => {
    // Ends from `to` down; one that starts before `from` ends within a cue's length of it, so few are passed over.
    for (let top = bisectRight(ends, to) - 1; top >= 0 && ends[top]! > from;) {
      let first = top;
      while (first > 0 && ends[first - 1] === ends[top]) first--;
      for (let k = first; k <= top; k++) {
        if (found[k]!.at < from) continue;
        const [cue, statement] = cues[found[k]!.rank]!;
        return { statement, cue };
      }
      top = first - 1;
    }
    return null;
  };
}

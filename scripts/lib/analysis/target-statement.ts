import type { TargetStatement } from '../../../src/schemas/analysis.ts';

/**
 * Modal words that put everything after them in the sentence in the future: "力争实现地区生产总值
 * 增长8%" is a target although 实现 and 增长 follow. 要/将 are left out: plans use them for tasks
 * as often as for quantities.
 */
export const MODAL_TARGET_CUES = [
  '力争',
  '确保',
  '争取',
  '预计',
  '预期',
  '计划',
  '力促',
  '努力',
  '奋力',
  '冲刺',
] as const;

/** Words that, nearest before a number in its clause, make it a target. */
export const TARGET_CUES = ['目标', '达到', '突破', '新增', '年底前', '年内'] as const;

/** Words that, nearest before a number in its clause, make it a result already reached. */
export const RESULT_CUES = [
  '同比增长',
  '同比下降',
  '比上年',
  '较上年',
  '比去年',
  '较去年',
  '上年',
  '去年',
  '累计',
  '完成',
  '实现',
  '达到了',
  '已经',
  '已',
  '共计',
  '全年',
  '获评',
  '获批',
  '荣获',
  '位居',
  '居全',
  '目标的',
] as const;

/** Strong markers of a past period: anywhere before the number, they make it a result. */
const PAST_MARKERS = ['同比增长', '同比下降', '比上年', '较上年', '比去年', '较去年'] as const;

/** A deadline still ahead reads as a target: 到2025年, 2025年底前, 到“十四五”末. */
const DEADLINE = /(?:到|至)(?:20\d{2}年|“?十[一二三四五六七八九]五”?)|20\d{2}年(?:底|末)?(?:前|以前|之前)/u;

const CLAUSE_BREAK = /[，,；;。：:！!？?]/u;

export interface Statement {
  statement: TargetStatement;
  /** The words that decided it, verbatim as in the sentence; null when none did. */
  cue: string | null;
}

const CLAUSE_CUES = [
  ...TARGET_CUES.map((cue) => [cue, 'target'] as const),
  ...RESULT_CUES.map((cue) => [cue, 'result'] as const),
];

/**
 * Whether the number matched at `start`–`end` of `sentence` is a target, a result or unknown: a
 * modal cue before it in the sentence, or a deadline ahead (the match itself may be one: 到2025年),
 * makes it a target; otherwise the cue nearest before it in its clause decides (完成年度目标的
 * 158.9% is a result); otherwise a past-period marker, then any cue, earlier in the sentence
 * ("全年完成投资120亿元，其中工业投资3.5亿元": both results); otherwise unknown.
 * O(sentence length × cues).
 */
export function classifyStatement(sentence: string, start: number, end: number): Statement {
  const before = sentence.slice(0, start);
  const modal = nearest(
    before,
    MODAL_TARGET_CUES.map((cue) => [cue, 'target'] as const),
  );
  if (modal) return modal;
  const deadline = DEADLINE.exec(sentence.slice(0, end));
  if (deadline) return { statement: 'target', cue: deadline[0] };
  const clause = before.slice(lastBreak(before) + 1);
  return (
    nearest(clause, CLAUSE_CUES) ??
    nearest(
      before,
      PAST_MARKERS.map((cue) => [cue, 'result'] as const),
    ) ??
    nearest(before, CLAUSE_CUES) ?? { statement: 'unknown', cue: null }
  );
}

function lastBreak(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (CLAUSE_BREAK.test(text[i]!)) return i;
  return -1;
}

/** The cue whose occurrence ends nearest the end of `text`, the longer at a tie. */
function nearest(text: string, cues: ReadonlyArray<readonly [string, TargetStatement]>): Statement | null {
  let best: { cue: string; statement: TargetStatement; end: number } | null = null;
  for (const [cue, statement] of cues) {
    const at = text.lastIndexOf(cue);
    if (at < 0) continue;
    const end = at + cue.length;
    if (best === null || end > best.end || (end === best.end && cue.length > best.cue.length))
      best = { cue, statement, end };
  }
  return best && { statement: best.statement, cue: best.cue };
}

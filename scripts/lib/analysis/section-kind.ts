import type { DocumentRecord } from '../../../src/schemas/document.ts';

/** A section that reports what was done (工作回顾, 完成情况) or sets out what is to be done (工作安排, 主要目标). */
export type SectionKind = 'review' | 'plan';

/** The section a sentence stands in, as the targets read it: its kind and the heading that says so. */
export interface SectionContext {
  kind: SectionKind;
  /** The heading's title, verbatim: the cue of a figure whose sentence says nothing itself. */
  heading: string;
}

/** How a report of what happened is headed: 回顾, 总结, 成效, and every "…情况" of a plan's execution. */
const SITUATION = '(?:完成|执行|进展|推进|落实|运行|发展)情况';
const REVIEW = new RegExp(`回顾|总结|成效|成绩|成就|${SITUATION}`, 'u');
const PLAN_WORD = '安排|计划|打算|思路|目标|任务|要点|部署|举措|重点工作|工作重点|展望';
const PLAN = new RegExp(PLAN_WORD, 'u');
/** A plan's word that names what a "…情况" reports on (计划执行情况, 重点工作推进情况): the heading is a review. */
const REPORTED_PLAN = new RegExp(`(?:${PLAN_WORD})(?=${SITUATION})`, 'gu');

/**
 * The kind a heading gives its section: review or plan by its words, null when it has neither
 * (全力做大经济总量) or both (2021年度工作总结和2022年度工作要点, 经济社会发展情况及重点工作).
 */
export function headingKind(title: string): SectionKind | null {
  const review = REVIEW.test(title);
  const plan = PLAN.test(title.replace(REPORTED_PLAN, ''));
  return review === plan ? null : review ? 'review' : 'plan';
}

/**
 * Each section of an outline with the kind of its innermost heading that has one: a sub-section
 * "(一)主要经济指标完成情况" under "二、2024年工作安排" reviews, "（三）下一步打算" under
 * "一、2023年工作回顾" plans, and an undecided sub-heading (全力做大经济总量) takes its parent's.
 * Sections are known by their ids, whose ordinal paths (sec-2-1) name their parents.
 */
export function sectionContexts(outline: DocumentRecord['outline']): Map<string, SectionContext> {
  const contexts = new Map<string, SectionContext>();
  // Parents come before their children in an outline, so a parent's context is known first.
  for (const section of outline) {
    const kind = headingKind(section.title);
    const inherited = contexts.get(section.id.replace(/-\d+$/u, ''));
    if (kind) contexts.set(section.id, { kind, heading: section.title });
    else if (inherited) contexts.set(section.id, inherited);
  }
  return contexts;
}

import type { Target, TargetKind } from '../../../src/schemas/analysis.ts';
import type { DocumentRecord } from '../../../src/schemas/document.ts';
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './chinese-number.ts';
import { clauseAfter, countedThings } from './counted-thing.ts';
import { statementsIn } from './target-statement.ts';
import { sectionContexts, type SectionContext } from './section-kind.ts';
import type { SegmentedPassage } from './segmented.ts';
import { BOUNDS, ENUMERATING_MEASURES, fiveYearPlanYears, MULTIPLIERS, UNITS } from './target-units.ts';

/** A target as found in one sentence, before the document and sentence ids are attached. */
export type FoundTarget = Omit<Target, 'doc' | 'sentence' | 'themes'>;
type Reading = Omit<FoundTarget, 'text' | 'offset' | 'thing' | 'statement' | 'cue' | 'cueIn'>;

const ARABIC = '[0-9０-９]+(?:[.．][0-9０-９]+)?';
const CHINESE = `[${CHINESE_NUMERAL_CHARS.replace(/[万亿]/gu, '')}]+`;
const NUM = `(?:${ARABIC}|${CHINESE})`;
const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join('|');
const SCOPE = '全国|全省|全市|全球|世界|中国|国内|省内|全区';

/**
 * One pass over a sentence finds every kind; at any position the alternatives are tried in this
 * order, and matches never overlap. Each group is read by `read` below.
 */
const TARGET = new RegExp(
  [
    // 到“十四五”末期
    `(?<fyLead>到|至)?“?十(?<fyN>[一二三四五六七八九])五”?(?:末期|期末|末|收官)`,
    // 到2025年, 2025年底, 到二〇三五年; a bare year is a date, not a deadline, and is dropped by read().
    `(?<yLead>到|至|截至|截止到|截止)?(?<![0-9０-９\\-–—~～${CHINESE_NUMERAL_CHARS}])(?<year>(?:19|20)[0-9]{2}|[一二][九〇零][〇零一二三四五六七八九]{2})年(?<yTail>底|末|以前|之前|前|内)?(?![0-9０-９])`,
    // 年底, 今年底
    `(?<![0-9０-９${CHINESE_NUMERAL_CHARS}])(?<rel>(?:今|本|当)?年(?:底|末|内))`,
    // 百分之二十
    `百分之(?<pct>${NUM})`,
    // 全国60强, 世界500强, 前十名, 全球第二; 全市第一方阵 and 第一梯队 are a group, not a rank.
    `(?<scope>${SCOPE})?(?:(?<strong>${NUM})强(?!大|化|劲|势|调|度)|前(?<front>${NUM})(?<frontUnit>名|位|强)?|第(?<nth>${NUM})(?<nthUnit>名|位)?(?!方阵|梯队))`,
    // 139家以上, 3.5亿元, 超过30个, 143平方公里, 千亿
    // A session's ordinal (四届十一次全会), the tail of a number already read, the parts of a
    // list (六个方面) and a slogan's numeral after 个 (两个一百年) are no quantities.
    `(?<pre>${alternation(['超过', '突破', '逾', '约', '至少', '不少于', '不低于', '不超过', '不到', '近'])})?(?<![届${CHINESE_NUMERAL_CHARS}])(?<!个(?=[${CHINESE_NUMERAL_CHARS}]))(?<num>${NUM})(?<approx>余|多)?(?<mult>${alternation(MULTIPLIERS.keys())})?(?<unit>${alternation(UNITS.keys())})?(?!方面)(?<per>[/／](?:亩|人|户|年|吨|平方米|平方公里))?(?<post>以上|以下|以内|左右)?`,
  ].join('|'),
  'gu',
);

function numberOf(text: string): number | null {
  const arabic = text.replace(/[０-９．]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return /^[0-9]/u.test(arabic) ? Number(arabic) : parseChineseNumber(text);
}

const round = (x: number) => Number(x.toPrecision(12));

/** Reads one match, or returns null when it is not a target (a bare year, an enumeration 五个方面). */
function read(g: Record<string, string | undefined>, docYear: number | null): Reading | null {
  if (g.fyN) {
    const { end } = fiveYearPlanYears(10 + parseChineseNumber(g.fyN)!);
    return { value: end, unit: '年', normalized: end, bound: null, kind: 'deadline' };
  }
  if (g.year) {
    if (!g.yLead && !g.yTail) return null;
    const year = numberOf(g.year)!;
    return {
      value: year,
      unit: '年',
      normalized: year,
      bound: g.yTail === '前' || g.yTail === '以前' || g.yTail === '之前' ? 'at-most' : null,
      kind: 'deadline',
    };
  }
  if (g.rel) return { value: docYear, unit: '年', normalized: docYear, bound: null, kind: 'deadline' };
  if (g.pct) {
    const value = numberOf(g.pct);
    return value === null ? null : { value, unit: '%', normalized: value, bound: null, kind: 'percent' };
  }
  const rankNumber = g.strong ?? g.front ?? g.nth;
  if (rankNumber) {
    // 第一动力 is a name, not a rank: 第N needs a scope (全球第二) or 名/位.
    if (g.nth && !g.scope && !g.nthUnit) return null;
    if (g.front && !g.scope && !g.frontUnit) return null;
    const value = numberOf(rankNumber);
    return value === null
      ? null
      : {
          value,
          unit: g.strong ? '强' : (g.frontUnit ?? g.nthUnit ?? ''),
          normalized: value,
          bound: null,
          kind: 'rank',
        };
  }
  const value = numberOf(g.num!);
  if (value === null || (!g.unit && !g.mult)) return null;
  const chinese = /^[^0-9０-９]/u.test(g.num!);
  // 一 is the article "a" (一套体系, 一家企业); other small numerals before a listing measure enumerate.
  if (chinese && !g.mult && (value === 1 || (value < 10 && g.unit && ENUMERATING_MEASURES.has(g.unit)))) return null;
  if (!chinese && g.unit === '年' && value >= 1900 && value <= 2100) return null;
  // A lone 十/百/千/万 before a unit is part of a word, not a quantity: 百年未有之大变局, 千吨级, 万家灯火.
  if (chinese && !g.mult && [...g.num!].length === 1 && value >= 10) return null;
  const rule = g.unit ? UNITS.get(g.unit)! : { kind: 'money' as const, toBase: 1e-8 };
  const scale = g.mult ? MULTIPLIERS.get(g.mult)! : 1;
  const bound = BOUNDS.get(g.pre ?? '') ?? BOUNDS.get(g.approx ?? '') ?? BOUNDS.get(g.post ?? '') ?? null;
  return {
    value,
    unit: `${g.mult ?? ''}${g.unit ?? ''}${g.per ?? ''}`,
    // A rate (82.9万元/亩) is no amount in the kind's unit: it keeps its own, unconverted.
    normalized: rule.toBase === null || g.per ? null : round(value * scale * rule.toBase),
    bound,
    kind: rule.kind,
  };
}

/**
 * Numbers with units in one sentence and what they count, in text order. `docYear` resolves
 * 年底 (null when the document has no year). O(sentence length × cues), and a logarithm per number.
 */
export function findTargets(
  text: string,
  words: readonly string[],
  docYear: number | null,
  section: SectionContext | null = null,
): FoundTarget[] {
  const matches = [...text.matchAll(TARGET)]
    .map((m) => ({ m, target: m[0] === '' ? null : read(m.groups ?? {}, docYear) }))
    .filter(
      (x): x is { m: RegExpExecArray; target: Reading } => x.target !== null && !isNoQuantity(text, x.m, x.target.kind),
    );
  // Most sentences hold no figure: their cues and word offsets are never needed.
  if (matches.length === 0) return [];
  const thingOf = countedThings(words);
  const statementOf = statementsIn(text, section, docYear);
  const found: FoundTarget[] = [];
  matches.forEach(({ m, target }, i) => {
    const start = m.index;
    const end = start + m[0].length;
    const from = i > 0 ? matches[i - 1]!.m.index + matches[i - 1]!.m[0].length : 0;
    const limits = { from, to: matches[i + 1]?.m.index ?? text.length };
    const thing =
      target.kind === 'deadline'
        ? clauseAfter(text, end)
        : (thingOf(start, end, target.kind === 'percent' ? 'before' : 'after', limits) ??
          (i > 0 && target.kind !== 'rank' && found[i - 1]!.kind !== 'deadline' && continues(text.slice(from, start))
            ? found[i - 1]!.thing
            : null));
    found.push({ text: m[0], offset: start, ...target, thing, ...statementOf(start, end) });
  });
  return found;
}

/**
 * Whether a figure that names no thing of its own goes on from the figure before it: the words
 * between them are one clause mark and a link, with no noun (营业收入3.65亿元，同比增长227%;
 * 完成…61.05亿元，完成全年目标任务的135.67%; 地区生产总值149.08亿元、力争突破150亿元). A bare mark
 * is a list, and so is 分别, whose figures count different things (分别增长9.2%、11%和42.5%; 工业投资
 * 85.4亿元、工业技改投资37.3亿元，分别增长100.4%). A deadline counts nothing: its clause is no
 * thing for the figure after it (到2025年，增长5%).
 */
function continues(between: string): boolean {
  return (
    between.length <= MAX_LINK_CHARS &&
    /^[，,、；;]\p{Script=Han}/u.test(between) &&
    !/[，,、；;]/u.test(between.slice(1)) &&
    !between.includes('分别')
  );
}
/** The longest link between two figures of one indicator: ，完成全年目标任务的 is 10 characters. */
const MAX_LINK_CHARS = 12;

/**
 * Figures that measure nothing the park reports or sets: a streak (连续19年), a size class (千吨级),
 * a sum that names a kind of project or firm (5000万元以上项目, 5000万元及以上项目, 过10亿元企业;
 * a count before its noun is counted: 30个以上参赛项目团队) and a slogan's unitless round sum in
 * quotes (“千亿工业，百亿强区”, 奋战“双百亿”), where a target has digits or a unit (“GDP超2000亿”,
 * “全球第二”).
 */
function isNoQuantity(text: string, m: RegExpExecArray, kind: TargetKind): boolean {
  const before = text.slice(Math.max(0, m.index - 2), m.index);
  const after = text.slice(m.index + m[0].length);
  if (before === '连续' || after[0] === '级') return true;
  const threshold = /(?:以上|以下)$/u.test(m[0]) || before.endsWith('过');
  if (kind === 'money' && ((threshold && HAN_START.test(after)) || after.startsWith('及以上'))) return true;
  return SLOGAN_NUMBER.test(m[0]) && insideQuotes(text, m.index);
}

const HAN_START = /^\p{Script=Han}/u;
/** A round number with no unit, in Chinese numerals: 千亿, 百亿, 五千万. */
const SLOGAN_NUMBER = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+$`, 'u');

/** True when `at` stands between an opening quote and its closing one. */
function insideQuotes(text: string, at: number): boolean {
  const open = text.lastIndexOf('“', at);
  return open !== -1 && text.lastIndexOf('”', at) < open;
}

/**
 * `targets.jsonl` rows of one document: every sentence's targets with its sentence id and themes,
 * in text order, each read in the light of its section's heading (`outline`, section-kind.ts).
 */
export function extractTargets(
  passages: readonly SegmentedPassage[],
  year: number | null,
  outline: DocumentRecord['outline'],
): Target[] {
  const sections = sectionContexts(outline);
  return passages.flatMap((p) =>
    findTargets(p.text, p.words, year, p.section === null ? null : (sections.get(p.section) ?? null)).map(
      ({ text, offset, value, unit, normalized, bound, thing, kind, statement, cue, cueIn }) => ({
        doc: p.doc,
        sentence: p.id,
        text,
        offset,
        value,
        unit,
        normalized,
        bound,
        thing,
        kind,
        statement,
        cue,
        cueIn,
        themes: [...p.themes],
      }),
    ),
  );
}

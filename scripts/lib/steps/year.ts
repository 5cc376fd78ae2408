import type { DocType } from '../../../src/schemas/catalog.ts';

/**
 * The year a document is about, as a reader would give it: the plan's year for a plan, the year
 * reviewed for a review. "2022年工作总结和2023年工作计划" is about 2023 as a plan and names both
 * (both are kept in `years`); a conference held in December 2024 to deploy 2025 names 2025 in its
 * title; a report dated March 2024 that reviews the past year is about 2023.
 */
export interface YearResult {
  year: number | null;
  /** Every year the title (or, without one, the opening) says the document covers, ascending. */
  years: number[];
  /** Set when the text names no year and `year` is the latest plenum's it studies. */
  byPlenum?: true;
}

const YEAR = /(?<!\d)((?:19|20)\d{2})\s*年(?!代)/gu;
export const PLAN_TYPES: ReadonlySet<DocType> = new Set([
  'work-points',
  'work-plan',
  'task-breakdown',
  'five-year-plan',
  'symposium',
]);
const REVIEW_TYPES: ReadonlySet<DocType> = new Set(['annual-summary', 'plan-execution-report']);

export function detectYear(
  title: string | null,
  opening: string,
  text: string,
  date: string | null,
  type: DocType | null,
): YearResult {
  const inTitle = yearsIn(title ?? '');
  if (inTitle.length > 0) {
    const year =
      type && REVIEW_TYPES.has(type)
        ? inTitle[0]!
        : type && PLAN_TYPES.has(type)
          ? inTitle.at(-1)!
          : inTitle.length === 1
            ? inTitle[0]!
            : planOrReview(title ?? '', inTitle);
    return { year, years: inTitle };
  }
  // A body that opens on its year: "2021年,铜仁高新区…", "2018年是…".
  const opens = /^((?:19|20)\d{2})\s*年/u.exec(opening);
  if (opens) return { year: Number(opens[1]), years: [Number(opens[1])] };
  const dated = date ? Number(date.slice(0, 4)) : null;
  // Else the year the text names most often, not after the publication year's next.
  const counts = new Map<number, number>();
  for (const m of text.matchAll(YEAR)) {
    // A horizon ("到2035年") or a span ("2016年-2035年") is not the year the text is about.
    if (/(?:到|至|[-—~～])\s*$/u.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (/^\s*[-—~～至到]\s*(?:19|20)\d{2}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)))
      continue;
    const y = Number(m[1]);
    if (dated === null || y <= dated + 1) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, c] of counts)
    if (best === null || c > counts.get(best)! || (c === counts.get(best)! && y > best)) best = y;
  if (best !== null && counts.get(best)! >= 2) return { year: best, years: [best] };
  if (dated !== null) return { year: dated, years: [dated] };
  // A report that names no year but studies a plenum (深入学习贯彻党的二十届四中全会精神) is of the
  // latest plenum's year, as a reader dates it; a plan may be for that year or the next, so it stays unknown.
  const plenum = best === null && !(type && PLAN_TYPES.has(type)) ? latestPlenum(text) : null;
  if (plenum !== null) return { year: plenum, years: [plenum], byPlenum: true };
  return { year: best, years: best === null ? [] : [best] };
}

/** The year each plenary session of the 18th to 20th Central Committees was held (public record). */
const PLENUM_YEARS: Readonly<Record<string, readonly number[]>> = {
  十八: [2012, 2013, 2013, 2014, 2015, 2016, 2017],
  十九: [2017, 2018, 2018, 2019, 2020, 2021, 2022],
  二十: [2022, 2023, 2024, 2025],
};
const PLENUM = /(十八|十九|二十)届([一二三四五六七])中全会/gu;
const ORDINAL = '一二三四五六七';

/** The year of the latest plenum the text names, or null. */
function latestPlenum(text: string): number | null {
  let latest: number | null = null;
  for (const [, term, nth] of text.matchAll(PLENUM)) {
    const year = PLENUM_YEARS[term!]?.[ORDINAL.indexOf(nth!)];
    if (year !== undefined && (latest === null || year > latest)) latest = year;
  }
  return latest;
}

function yearsIn(text: string): number[] {
  return [...new Set([...text.matchAll(YEAR)].map((m) => Number(m[1])))].sort((a, b) => a - b);
}

/** Two years in a title of no known genre: the one whose words plan (计划, 要点, 安排) wins over the one reviewed. */
function planOrReview(title: string, years: readonly number[]): number {
  const planned = new RegExp(
    `((?:19|20)\\d{2})\\s*年[^\\d]{0,12}(?:计划|要点|安排|方案|部署|目标|工作会议|草案)`,
    'u',
  ).exec(title);
  return planned ? Number(planned[1]) : years.at(-1)!;
}

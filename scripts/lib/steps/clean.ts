import type { RemovedLine } from '../../../src/schemas/document.ts';
import { foldForMatching } from '../text/fold.ts';
import { foldWidth } from '../text/fold-width.ts';
import { FURNITURE } from './clean-line-rules.ts';
import { SPAN_RULES } from './clean-span-rules.ts';
import { aggregateCuts, type Cut } from './cuts.ts';
import { opensWithLabel } from './outline.ts';

export { FURNITURE, type LineRule } from './clean-line-rules.ts';
export { SPAN_RULES, type SpanRule } from './clean-span-rules.ts';
export type { RemovedLine } from '../../../src/schemas/document.ts';

/** A line of plan text, trimmed, with its 1-based line number in the decoded text. */
export type KeptLine = { n: number; text: string };

export type Cleaned = { lines: KeptLine[]; removed: RemovedLine[] };

/** A heading after which a page lists other articles: it and every line after it go. */
const RELATED_LINKS =
  /^(?:新闻推荐|相关新闻|相关阅读|推荐阅读|相关文章|延伸阅读|猜你喜欢|热门推荐|热点推荐|相关链接|相关报道|往期推荐|往期回顾|精彩推荐|喜欢此内容的人还喜欢)[:]?$/u;

/** Doc-sharing sites list their tag words one per line: four or more short lines in a row. */
const TAG_WORD = /^[^\p{P}\s]{1,6}$/u;
const TAG_RUN = 4;

/** A line shorter than this that repeats an earlier line word for word is page residue (a headline printed twice). */
const REPEAT_MIN = 6;
const REPEAT_MAX = 60;

/**
 * No FURNITURE pattern but the separator matches a longer line (each caps its free text; see
 * clean-line-rules.ts), so long lines of plan text skip the others. A test holds the caps to this.
 */
export const FURNITURE_MAX = 320;
const SEPARATOR = FURNITURE.find((rule) => rule.name === 'separator')!;

/** Anything to read: a letter or a digit. */
const READABLE = /[\p{L}\p{N}]/u;

/**
 * Splits normalised text (LF line ends) into trimmed lines, drops blank lines silently, cuts noise
 * inside lines (SPAN_RULES), and moves every line that is wholly web-page furniture (FURNITURE),
 * a run of tag words, a repeated headline or the related-links tail to `removed`. Every removal is
 * reported: a whole line with its number, text and reason; a cut inside a line as a "span" entry,
 * identical cuts counted once. Title, date and source header lines are left for the metadata step.
 */
export function clean(text: string): Cleaned {
  const lines: KeptLine[] = [];
  const removed: RemovedLine[] = [];
  const cuts: Cut[] = [];
  let inTail = false;
  text.split('\n').forEach((raw, index) => {
    const n = index + 1;
    const line = raw.trim();
    if (line === '') return;
    const spans = inTail ? undefined : cutSpans(line, n);
    if (spans === undefined || RELATED_LINKS.test(spans.foldedLine)) {
      inTail = true;
      removed.push({ line: n, text: line, reason: 'related links' });
      return;
    }
    const rest = spans.text.trim();
    if (!READABLE.test(rest) && spans.cuts.length > 0) {
      removed.push({ line: n, text: line, reason: spans.cuts[0]!.reason });
      return;
    }
    const folded = spans.folded.trim();
    // A line of nothing to read goes however long it is: a row of 300,000 commas is no plan text either.
    const rule =
      folded.length <= FURNITURE_MAX
        ? FURNITURE.find(({ pattern }) => pattern.test(folded))
        : SEPARATOR.pattern.test(folded)
          ? SEPARATOR
          : undefined;
    if (rule) {
      removed.push({ line: n, text: line, reason: rule.reason });
      return;
    }
    for (const cut of spans.cuts) cuts.push(cut);
    lines.push({ n, text: rest });
  });
  const dropped = new Map<number, string>([...tagRuns(lines), ...repeats(lines), ...aboveBreadcrumb(lines, removed)]);
  for (const { n, text: line } of lines)
    if (dropped.has(n)) removed.push({ line: n, text: line, reason: dropped.get(n)! });
  const kept = joinWrappedLines(
    joinPageChunks(
      lines.filter(({ n }) => !dropped.has(n)),
      cuts,
    ),
  );
  const spanEntries = aggregateCuts(cuts.filter((c) => !dropped.has(c.line)));
  return {
    lines: kept,
    removed: [...removed, ...spanEntries].sort((a, b) => a.line - b.line),
  };
}

/**
 * `line` with every SPAN_RULES match cut. Rules match the folded line; folding keeps lengths
 * (one code unit for one), so each match is cut at the same place from both, and the line is
 * folded once. Should a fold ever change the length, rules read the line as written.
 */
function cutSpans(line: string, n: number): { text: string; folded: string; foldedLine: string; cuts: Cut[] } {
  let text = line;
  const foldedLine = foldForMatching(line);
  let folded = foldedLine.length === line.length ? foldedLine : line;
  const cuts: Cut[] = [];
  for (const rule of SPAN_RULES) {
    let keptText = '';
    let keptFolded = '';
    let from = 0;
    for (const m of folded.matchAll(rule.pattern)) {
      if (m[0].trim() === '') continue;
      keptText += text.slice(from, m.index);
      keptFolded += folded.slice(from, m.index);
      cuts.push({ line: n, text: text.slice(m.index, m.index + m[0].length).trim(), reason: rule.reason });
      from = m.index + m[0].length;
    }
    if (from === 0) continue;
    text = keptText + text.slice(from);
    folded = keptFolded + folded.slice(from);
  }
  return { text, folded, foldedLine, cuts };
}

/** Line numbers of runs of TAG_RUN or more consecutive kept lines that are single short words. */
function tagRuns(lines: readonly KeptLine[]): [number, string][] {
  const found: [number, string][] = [];
  let run: KeptLine[] = [];
  const flush = () => {
    if (run.length >= TAG_RUN) for (const l of run) found.push([l.n, 'doc-sharing tags']);
    run = [];
  };
  for (const l of lines) {
    if (TAG_WORD.test(l.text)) run.push(l);
    else flush();
  }
  flush();
  return found;
}

/** A breadcrumb this close to the top is the page's navigation bar. */
const BREADCRUMB_TOP = 8;
/** A site's name or slogan: short, no sentence punctuation. */
const SITE_LINE = /^[^。,;:!?，；：！？]{2,30}$/u;

/**
 * Line numbers of the short lines above a breadcrumb near the top of a page ("打造网上国际投资促进平台
 * 致力于中国投资促进事业" / "您现在的位置:首页 > …"): the site's name and slogan, not the document.
 */
function aboveBreadcrumb(lines: readonly KeptLine[], removed: readonly RemovedLine[]): [number, string][] {
  const crumb = removed.find((r) => r.reason === 'breadcrumb' && r.line <= BREADCRUMB_TOP);
  if (!crumb) return [];
  return lines.filter(({ n, text }) => n < crumb.line && SITE_LINE.test(text)).map(({ n }) => [n, 'site masthead']);
}

/** Line numbers of short lines that repeat an earlier kept line exactly. */
function repeats(lines: readonly KeptLine[]): [number, string][] {
  const seen = new Set<string>();
  const found: [number, string][] = [];
  for (const { n, text } of lines) {
    const length = [...text].length;
    if (length < REPEAT_MIN || length > REPEAT_MAX) continue;
    if (seen.has(text)) found.push([n, 'repeated line']);
    else seen.add(text);
  }
  return found;
}

/** A page-chunk marker of a doc-sharing site: "2、" at the start of each chunk of the text. */
const CHUNK_MARKER = /^(\d{1,3})、/u;
/** How a sentence or heading may end; a chunk before a marker that ends otherwise was cut mid-sentence. */
const ENDS_CLEANLY = /[。！？!?；;:：”」』)）]$/u;

/**
 * Doc-sharing sites print a document in numbered chunks ("1、…乡村振" / "2、兴、民生福祉…"), cutting
 * words in half. When lines start 1、 2、 3、 … in order and at least one chunk ends mid-sentence,
 * the markers are cut (reported as spans) and a chunk that ends mid-sentence is joined to the
 * next. A real numbered list (1、… 。 2、… 。) ends each item cleanly and is left alone.
 */
function joinPageChunks(lines: readonly KeptLine[], cuts: Cut[]): KeptLine[] {
  // Read in half width, so a chunk numbered "２、" counts; the marker has the same length either way.
  const markers = lines.map((l) => CHUNK_MARKER.exec(foldWidth(l.text)));
  const numbered = markers.map((m) => Number(m?.[1] ?? 0));
  const first = numbered.indexOf(1);
  if (first === -1) return [...lines];
  const chunks: number[] = [];
  for (let i = first; i < lines.length; i++) if (numbered[i] === chunks.length + 1) chunks.push(i);
  const splices = chunks.slice(1).some((i) => !ENDS_CLEANLY.test(lines[i - 1]!.text));
  if (chunks.length < 2 || !splices) return [...lines];
  const out: KeptLine[] = [];
  lines.forEach((line, i) => {
    let text = line.text;
    if (chunks.includes(i)) {
      const marker = text.slice(0, markers[i]![0].length);
      cuts.push({ line: line.n, text: marker, reason: 'page-chunk marker' });
      text = text.slice(marker.length);
    }
    const previous = out.at(-1);
    if (chunks.includes(i) && previous && i > 0 && !ENDS_CLEANLY.test(previous.text)) previous.text += text;
    else out.push({ n: line.n, text });
  });
  return out;
}

/** A line at least this long may have been broken where a PDF's column ended. */
const WRAP_MIN = 20;
/** A break inside a phrase, beyond doubt: after a character or a comma, before a character or a comma. */
const OPEN_END = /[\p{Script=Han},，、]$/u;
const GOES_ON = /^[\p{Script=Han},，、]/u;
/**
 * Fewer such breaks than this and a document is not hard-wrapped: a title or a long unnumbered
 * heading runs into the next line now and then (up to 4 in one of the 60 real documents' heads).
 */
const WRAPS_MIN = 5;
/** A line opening on a bracket starts anew (a dateline, a note): "(水母网,2020年3月19日)". */
const BRACKETED = /^[(（]/u;
/** A full-width character's width, in the units of `width`. */
const FULL_WIDTH = 2;

/** How wide a line prints: ASCII letters, digits and marks count one, everything else two. */
function width(text: string): number {
  let n = 0;
  for (const c of text) n += c.charCodeAt(0) < 0x80 ? 1 : FULL_WIDTH;
  return n;
}

/**
 * Text extracted from a PDF keeps the page's line breaks ("…统筹做好疫情防控与经济社会" /
 * "发展,聚焦省委…"), cutting sentences and words in half. A document with at least WRAPS_MIN
 * breaks inside a phrase is hard-wrapped; in it, every long line that does not end a sentence is
 * joined to the next (which may open on a number: "35个省重点、" / "28个市重点"), unless the next
 * opens on a numbered heading or a bracket. A line that opens on a numbered label is joined only
 * when it fills the column ("1.不断优化创新生态。抓好已规划的93个科创" / "载体建设…"): a heading ends
 * short of it. Nothing is removed, so nothing is reported.
 */
function joinWrappedLines(lines: readonly KeptLine[]): KeptLine[] {
  // Whether each line may run on into the next, worked out once for the count and the join; most
  // lines end a sentence, so that is tested before the characters are counted.
  const open = lines.map((line, i) => {
    const next = lines[i + 1];
    return (
      next !== undefined &&
      !ENDS_CLEANLY.test(line.text) &&
      [...line.text].length >= WRAP_MIN &&
      !opensWithLabel(next.text) &&
      !BRACKETED.test(next.text)
    );
  });
  const unlabelled = lines.map((line, i) => open[i] && !opensWithLabel(line.text));
  const breaks = lines.filter(
    (line, i) => unlabelled[i] && OPEN_END.test(line.text) && GOES_ON.test(lines[i + 1]!.text),
  );
  if (breaks.length < WRAPS_MIN) return [...lines];
  // The column: the width most of the broken lines reach (a Han character counts two, as printed).
  const widths = breaks.map((line) => width(line.text)).sort((a, b) => a - b);
  const column = widths[Math.floor(widths.length / 2)]!;
  const runsOn = lines.map((line, i) => unlabelled[i] || (open[i] && width(line.text) >= column - FULL_WIDTH));
  const out: KeptLine[] = [];
  lines.forEach((line, i) => {
    const previous = out.at(-1);
    if (previous && runsOn[i - 1]) previous.text += line.text;
    else out.push({ ...line });
  });
  return out;
}

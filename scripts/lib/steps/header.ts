/**
 * The head of a web page or a filed document: title, publication date, source and the
 * open-government block (索引号, 文号, 发布机构, 成文日期, 名称…). Lines read as metadata are taken out
 * of the body and reported with "(kept as metadata)"; page furniture still there (breadcrumbs, file
 * sizes, share buttons) is never taken for a title but is left to the cleaner.
 */

import { foldWidth } from '../text/fold-width.ts';

export interface HeadLine {
  n: number;
  /** As written. */
  text: string;
  /** Folded for matching (simplified, half width). */
  folded: string;
}

export interface Header {
  title: string | null;
  date: string | null;
  source: string | null;
  /** Indexes (into the lines) read as metadata, with the reason reported for each. */
  consumed: Map<number, string>;
  /** A title run into the body's first line: that line's index and where its text begins after the title. */
  runIn: { index: number; end: number } | null;
}

/** Longest line read for labels: an open-government line with several pairs fits. */
const MAX_META_LINE = 240;
/** Only the first lines can be a page's head. */
const HEAD = 16;

const DATE = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/u;
const DATE_ONLY = /^\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u;
const OUTLINE_START = /^(?:[一二三四五六七八九十]+、|[(][一二三四五六七八九十\d]+[)]|\d+[.、])/u;

/** Labels of the open-government block and of news-page bylines; a line made only of `label: value` pairs is metadata. */
const GOV_LABELS = [
  '索引号',
  '文号',
  '发文字号',
  '发布机构',
  '发文机关',
  '发文单位',
  '成文日期',
  '发文日期',
  '发布日期',
  '生效日期',
  '名称',
  '标题',
  '主题分类',
  '体裁分类',
  '组配分类',
  '服务对象分类',
  '内容概述',
  '主题词',
  '公开方式',
  '公开范围',
  '公开时限',
  '公开形式',
  '有效性',
  '信息分类',
  '所属机构',
  '文件编号',
];
const BYLINE_LABELS = [
  '来源',
  '信息来源',
  '文章来源',
  '稿源',
  '发布时间',
  '发布日期',
  '日期',
  '时间',
  '作者',
  '浏览量',
  '浏览次数',
  '点击数',
  '访问量',
  '阅读',
  '字体大小',
  '字体',
  '字号',
  '责任编辑',
];
// Spaced-out labels (名  称:) are labels too.
const LABEL_NAMES = [...GOV_LABELS, ...BYLINE_LABELS]
  .sort((a, b) => b.length - a.length)
  .map((l) => [...l].join('\\s*'))
  .join('|');
const LABEL = new RegExp(`(${LABEL_NAMES})\\s*[:]`, 'gu');
/** A quick test before the full parse: a line of labels opens on one. */
const LABEL_START = new RegExp(`^\\s*[\\[【]?\\s*(?:${LABEL_NAMES})`, 'u');
/** A labelled field in brackets: 【发布时间:2021-02-05】. */
const BRACKETED_FIELD = new RegExp(`[\\[【]\\s*((?:${LABEL_NAMES})\\s*[:][^\\[\\]【】]*?)\\s*[\\]】]`, 'gu');
const SOURCE_LABELS = new Set(['来源', '信息来源', '文章来源', '稿源', '发布机构', '发文机关', '发文单位']);
/** Preferred first: the date a document was written, then when it was issued or posted. */
const DATE_LABELS = ['成文日期', '发文日期', '发布日期', '发布时间', '日期', '时间'];

const DAY = '\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?';
const BYLINE_BEFORE = new RegExp(
  `^(?:(?<outlet>\\p{Script=Han}{2,12})\\s+)?(?<date>${DAY})(?:\\s+(?:大字|中字|小字|打印|分享).*)?\\s*\\|?$`,
  'u',
);
const BYLINE_AFTER = new RegExp(`^(?<date>${DAY})\\s+(?<outlet>\\p{Script=Han}{2,12})$`, 'u');
/** A posting time that opens a line of labels, in either form ("2018年04月05日 11:01    来源:…"). */
const STAMP = new RegExp(`^(${DAY}|\\d{4}年\\d{1,2}月\\d{1,2}日(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?)\\s+`, 'u');
/** A short line that is no sentence: a site's name or a navigation item, no punctuation, no list number. */
const MASTHEAD = /^(?![一二三四五六七八九十]+、|[(（]|\d+[.、])[^。,;:!?、“”"]{2,20}$/u;
/** An open-government field written without its colon ("索引号 11330208…/2024-27703", "公开方式 主动公开"). */
const GOV_SPACED = new RegExp(`^(${GOV_LABELS.join('|')})\\s+(\\S.{0,60})$`, 'u');
/** An outlet's name alone on a line of the head (益阳广播电视在线, 某某日报, 某某新闻网). */
const OUTLET_LINE = /^\p{Script=Han}{2,10}(?:在线|新闻网|日报|晚报|电视台|融媒体中心|客户端)$/u;
/** A list bullet before a field. */
const BULLET = /^[•·▪●◆■]\s*/u;
/** A caption naming a person and their post (李四 某区党工委委员、管委会副主任). */
const PERSON =
  /^\p{Script=Han}(?:\s?\p{Script=Han}){1,2}\s+\S.*(?:委员|主任|书记|局长|董事长|经理|主席|部长|区长|市长)$/u;

/** A 索引号 on its own: 11440400MB2C80228G/2023-00038. */
const INDEX_NUMBER = /^[0-9A-Z]{6,}[-/][0-9A-Z/-]{4,}$/u;
/** Page furniture that can stand where a title would (still there when the cleaner let it pass). */
const FURNITURE =
  /首页\s*[>›»]|当前的?位置|您的位置|无障碍|长辈版|关怀版|设为首页|加入收藏|政府网|^第\d+版|资料图片|仅供参考|图片来源|^[(][^()]*[)]$|[>›»]\s*$|^[•·*-]?\s*[\d.]+\s*[KkMm]?B$|\.(?:docx?|pdf|wps|txt|pptx?|xlsx?)$|^(?:政府信息公开|信息公开|大字|中字|小字|打印|分享|收藏|关闭|返回|字体)|扫一扫|温馨提示|(?:记者|通讯员)\s*\S{2,4}$|由会员分享|本文档|下载|浏览量|客服|QQ|微信|电话|联系|\d{6,}|^[a-z]+:\/\//iu;

/** Words that end a document's name (…工作要点, …计划草案的报告, …的讲话(1542字)). */
const GENRE_END =
  /(?:要点|计划|方案|报告|总结|讲话|发言|发言稿|致辞|规划|纲要|意见|通知|安排|思路|决定|清单|情况)(?:\s*[(][^()]{0,12}[)])?$/u;
/** A site's or issuing body's name on its own (通辽经济技术开发区, …管理委员会) names no document. */
const ORG_NAME = /^[\p{Script=Han}]{2,24}(?:管理委员会|管委会|人民政府|委员会|办公室|开发区|高新区|新区|园区|局)$/u;
/** A news headline names an event. */
const NEWS_VERB = /召开|举行|强调|部署|调研|推进|出席|会议|座谈|开幕|签约|发布/u;

export function readHeader(lines: readonly HeadLine[]): Header {
  const consumed = new Map<number, string>();
  let title: string | null = null;
  let date: string | null = null;
  let source: string | null = null;
  const head = lines.slice(0, HEAD);
  /** Labelled dates of the whole head, so 成文日期 wins over a 发文日期 on an earlier line. */
  const dated = new Map<string, string>();

  // Metadata lines first: what remains are title candidates.
  head.forEach((line, i) => {
    // Metadata lines are short; a paragraph of the body is not read for labels.
    if (line.folded.length > MAX_META_LINE) return;
    // A page's list of fields may bullet them ("• 2024-02-26 10:16", "• 来源: 办公室").
    const text = line.folded.replace(BULLET, '');
    const pairs = labelPairs(text);
    if (pairs) {
      const gov = pairs.some(([label]) => GOV_LABELS.includes(label));
      consumed.set(
        i,
        gov
          ? 'open-government metadata (kept as metadata)'
          : pairs.some(([l]) => SOURCE_LABELS.has(l))
            ? 'source line (kept as metadata)'
            : 'publication date (kept as metadata)',
      );
      const byLabel = new Map(pairs);
      title ??= byLabel.get('名称') || byLabel.get('标题') || null;
      for (const label of DATE_LABELS) {
        const value = isoDate(byLabel.get(label) ?? '');
        if (value && !dated.has(label)) dated.set(label, value);
      }
      for (const label of SOURCE_LABELS) {
        const value = byLabel.get(label);
        if (value) source ??= splitSource(value)[0] || null;
        if (value) date ??= isoDate(value);
      }
      return;
    }
    if (DATE_ONLY.test(text)) {
      date ??= isoDate(text);
      consumed.set(i, 'publication date (kept as metadata)');
    } else if (INDEX_NUMBER.test(text)) {
      consumed.set(i, 'open-government metadata (kept as metadata)');
    } else if (OUTLET_LINE.test(text)) {
      source ??= text;
      consumed.set(i, 'source line (kept as metadata)');
    } else {
      // "南国早报 2019-02-27 16:18 大字", "2022-02-09 某某经开区", "2020-07-11 11:08 来源:海东时报": an outlet and a date.
      const byline = BYLINE_BEFORE.exec(text) ?? BYLINE_AFTER.exec(text);
      const stamped = byline ? null : STAMP.exec(text);
      const pairs = stamped ? labelPairs(text.slice(stamped[0].length)) : null;
      if (byline || pairs) {
        source ??= byline?.groups?.outlet ?? pairs?.find(([l]) => SOURCE_LABELS.has(l))?.[1] ?? null;
        date ??= isoDate(byline?.groups?.date ?? stamped![1]!);
        consumed.set(i, 'source line (kept as metadata)');
      }
    }
  });

  const labelled = DATE_LABELS.map((l) => dated.get(l)).find((d) => d !== undefined);
  if (labelled) date = labelled;

  const candidates = head
    .map((line, i) => ({ line, i }))
    .filter(({ line, i }) => !consumed.has(i) && isCandidate(line.folded));
  const titleAt: number[] = [];
  let runIn: Header['runIn'] = null;
  /** Lines of a headline in several lines (kicker, title, subtitle): headline, never masthead. */
  const headline = new Set<number>();
  if (title === null) {
    // A name that ends in a genre word, possibly broken over up to three short lines (…2024年国民经济 / 和社会发展计划执行情况与2025 / 计划草案的报告).
    outer: for (const [k, { line, i }] of candidates.slice(0, 10).entries()) {
      let joined = line.folded;
      let raw = line.text.trim();
      const used = [i];
      for (let more = 0; more < 3; more += 1) {
        if (GENRE_END.test(tidyTitle(joined)) && [...joined].length >= 6) {
          title = raw;
          titleAt.push(...used);
          break outer;
        }
        const next = candidates[k + more + 1];
        if (
          !next ||
          next.i !== used.at(-1)! + 1 ||
          [...joined].length > 40 ||
          [...next.line.folded].length > 40 ||
          /[,;。]/u.test(next.line.folded)
        )
          break;
        joined += next.line.folded;
        raw += next.line.text.trim();
        used.push(next.i);
      }
    }
  }
  if (title === null) {
    // A run-in title: "西咸新区2023年工作要点2023年是…" in a file whose line breaks were lost.
    const first = head.find((_, i) => !consumed.has(i));
    const m =
      first &&
      /^(?:\d+[、.])?\s*(.{4,40}?(?:工作要点|工作总结|工作计划|工作报告|实施方案|行动方案|发展规划))(?=今年以来|20\d{2}年|[一1][、.]|过去的?一年|为)/u.exec(
        first.folded,
      );
    if (m && first) {
      // Folding keeps lengths, so the title is cut at the same place from the line as written; should a fold
      // ever change the length, the title is the folded one and the line stays whole.
      const same = first.folded.length === first.text.length;
      title = same ? first.text.slice(m.index + m[0].length - m[1]!.length, m.index + m[0].length) : m[1]!;
      if (same) runIn = { index: head.indexOf(first), end: m.index + m[0].length };
    }
  }
  if (title === null && lines.length > 1) {
    // A news headline: among the first lines that are not metadata or furniture (a site's name
    // and an English line skipped), the first that reads as one, before the body begins.
    const open = head
      .map((l, i) => ({ l, i }))
      .filter(
        ({ l, i }) =>
          !consumed.has(i) && (l.folded.length > 180 || !FURNITURE.test(l.folded)) && l.folded.trim().length > 4,
      );
    // A headline stands right above its byline (outlet, date): that is the surest sign. A headline
    // in two or three lines (kicker, title, subtitle) is read at its line that names an event.
    const fits = (l: HeadLine) =>
      isCandidate(l.folded) &&
      !ORG_NAME.test(l.folded) &&
      !PERSON.test(l.folded) &&
      /\p{Script=Han}{4}/u.test(l.folded) &&
      [...l.folded].length >= 10;
    const above = open.slice(0, 6).find(({ i }) => {
      const next = consumed.get(i + 1);
      return next !== undefined && next !== 'title (kept as metadata)';
    });
    if (above && fits(above.l)) {
      const block = [above];
      for (
        let k = open.indexOf(above) - 1;
        k >= 0 && block.length < 3 && open[k]!.i === block[0]!.i - 1 && fits(open[k]!.l);
        k -= 1
      )
        block.unshift(open[k]!);
      for (const { i } of block) headline.add(i);
      const pick = block.find(({ l }) => NEWS_VERB.test(l.folded) || GENRE_END.test(l.folded)) ?? above;
      title = pick.l.text.trim();
      titleAt.push(pick.i);
    }
    for (const { l, i } of title === null ? open.slice(0, 4) : []) {
      if (ORG_NAME.test(l.folded) || PERSON.test(l.folded) || !/\p{Script=Han}{4}/u.test(tidyTitle(l.folded))) continue;
      if (/。$/u.test(l.folded) || [...l.folded].length > 90) break;
      if (isCandidate(l.folded) && ([...l.folded].length <= 40 || NEWS_VERB.test(l.folded))) {
        title = l.text.trim();
        titleAt.push(i);
      }
      break;
    }
  }
  if (title === null) {
    // A doc-sharing page names the file: 《西咸新区2023年工作要点.docx》由会员分享.
    for (const line of head) {
      const m = /《([^《》]{4,60}?)\.(?:docx?|pdf|wps|txt)》/u.exec(line.text);
      if (m) {
        title = m[1]!;
        break;
      }
    }
  }

  if (title !== null) {
    title = tidyTitle(title);
    for (const i of titleAt) consumed.set(i, 'title (kept as metadata)');
    // Above a title read from the lines stand the page's masthead and navigation (通辽经济技术开发区,
    // 数字报系, 政府信息公开); a title given by a 名称 field marks no such place.
    const top = titleAt.length > 0 ? Math.min(...titleAt) : 0;
    for (let i = 0; i < top; i += 1)
      if (!consumed.has(i) && !headline.has(i) && MASTHEAD.test(head[i]!.folded)) consumed.set(i, 'site masthead');
    // The same title repeated on the page (header, then body) is one title.
    const folded = title.replace(/\s/gu, '');
    head.forEach((line, i) => {
      if (
        !consumed.has(i) &&
        line.folded.length <= 2 * title!.length + 20 &&
        tidyTitle(line.folded).replace(/\s/gu, '') === folded
      )
        consumed.set(i, 'title (kept as metadata)');
    });
  }
  return { title, date, source, consumed, runIn };
}

/** `label: value` pairs when the whole line is made of them, else null. */
function labelPairs(raw: string): Array<[string, string]> | null {
  if (!LABEL_START.test(raw)) return null;
  // "[ 索引号 ] …  [ 发文字号 ]": bracketed labels are labels too; "【发布时间:2021-02-05】【来源:某区】":
  // so are bracketed fields.
  const line = raw.replace(/[\[【]\s*([^\]】:]{2,8}?)\s*[\]】]\s*(?!:)/gu, '$1: ').replace(BRACKETED_FIELD, '$1 ');
  const matches = [...line.matchAll(LABEL)];
  if (matches.length === 0) {
    const spaced = GOV_SPACED.exec(line);
    return spaced ? [[spaced[1]!, spaced[2]!.trim()]] : null;
  }
  if (line.slice(0, matches[0]!.index).trim() !== '') return null;
  return matches.map((m, k) => [
    m[1]!.replace(/\s/gu, ''),
    line
      .slice(m.index + m[0].length, matches[k + 1]?.index ?? line.length)
      .replace(/\|/gu, ' ')
      .trim(),
  ]);
}

function isCandidate(line: string): boolean {
  if (line.length > 180) return false;
  const length = [...line].length;
  return (
    length >= 6 &&
    length <= 90 &&
    !/[。;:]$/u.test(line) &&
    !OUTLINE_START.test(line) &&
    !FURNITURE.test(line) &&
    !/^20\d{2}年[,是]/u.test(line) &&
    !/^同志们/u.test(line)
  );
}

/** Spaces of a spaced-out heading closed (政 府 工 作 报 告); what a page ran into its end dropped. */
function tidyTitle(title: string): string {
  return withoutTail(
    title
      .trim()
      .replace(/(?<=\p{Script=Han})[ \u3000]+(?=\p{Script=Han})/gu, (gap, _at: number, all: string) =>
        isSpacedOut(all) ? '' : gap,
      ),
  );
}

/**
 * `title` without what a page ran into its end: a doc site's word count ((1542字)), a posting
 * time ("… 2021/10/22 0:00:00"), in ASCII or full-width digits, and the bar of a page title whose
 * site name was cut off ("…的报告 |"), in any order and number ("… 2021/10/22 0:00:00(1542字)");
 * found in the title folded to half width (the same length), cut from the title as written.
 */
function withoutTail(title: string): string {
  const tails = /(?:\s*[(（]\d+字[)）]|\s+\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\s*\|)+$/u.exec(
    foldWidth(title),
  );
  return tails ? title.slice(0, tails.index) : title;
}

function isSpacedOut(text: string): boolean {
  return (
    (text.match(/\p{Script=Han}[ \u3000]+(?=\p{Script=Han})/gu) ?? []).length >= 3 && !/\p{Script=Han}{3}/u.test(text)
  );
}

export function isoDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  return `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

/** "人民网-湖南频道  2021年01月14日15:45" carries both the outlet and the date. */
function splitSource(value: string): [string, string | null] {
  const m = /^(.*?)\s*(\d{4}\s*[-年/.].*)$/u.exec(value);
  return m ? [m[1]!.trim(), m[2]!] : [value.trim(), null];
}

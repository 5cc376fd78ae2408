import type { CatalogEntry, DocType, ParkLevel } from '../../../src/schemas/catalog.ts';
import type { RemovedLine } from '../../../src/schemas/document.ts';
import { CITY_CLUES, PROVINCE_CLUES, PROVINCES } from '../text/places.ts';

export interface Line {
  n: number;
  text: string;
}

/** Metadata as detected in the text, before the catalog completes it; null = not found. */
export interface DetectedMetadata {
  title: string | null;
  park: string | null;
  anonymized: boolean | null;
  level: ParkLevel | null;
  province: string | null;
  city: string | null;
  year: number | null;
  date: string | null;
  source: string | null;
  type: DocType | null;
}

export interface MetadataResult {
  detected: DetectedMetadata;
  /** Lines that carry the document's text. */
  body: Line[];
  /** Header lines consumed as metadata (title, 发布时间, 来源), reported like removed lines. */
  header: RemovedLine[];
}

const DATE = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/u;
const DATE_LINE = /^(?:发布时间|发布日期|发文日期|时间|日期)\s*[:：]\s*(.+)$/u;
const SOURCE_LINE = /^(?:来源|信息来源|文章来源|稿源)\s*[:：]\s*(.+)$/u;
/** A line that is only a date, e.g. the signature "2020年3月4日" under a plan. */
const DATE_ONLY = /^\d{4}年\d{1,2}月\d{1,2}日$/u;
const OUTLINE_START = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])/u;

const PARK_SUFFIXES = '高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|新区|工业园区|产业园区';
/** Two-character place names are the norm; x/X/×  are authors' placeholders for a withheld name. */
const PARK_NAME = new RegExp(`([xX×]+|[\\u4e00-\\u9fa5]{2})(${PARK_SUFFIXES})`, 'gu');
const ANONYMIZED = /^[xX×]+|[xX×]{2}(?:书记|同志|区长|主任)/u;

/** Words that end a clause rather than begin a place name ("快收下湘江新区" must give 湘江新区). */
const NOT_A_PLACE = /^(?:收下|我们|全区|本区|建设|打造|推动|推进|加快|各个|所有|国家|省级|全国|该区|这个)$/u;

const TYPE_RULES: ReadonlyArray<readonly [RegExp, DocType]> = [
  [/务虚会/u, 'symposium'],
  [/工作要点/u, 'work-points'],
  [/(?:工作计划|工作方案|实施方案|行动计划|行动方案|工作安排)/u, 'work-plan'],
  [/(?:^同志们|讲话|致辞)/mu, 'speech'],
  [/(?:人民网|新华网|日报|记者|\d+月\d+日电)/u, 'news-report'],
];

const LEVEL_RULES: ReadonlyArray<readonly [RegExp, ParkLevel]> = [
  [/(?:县委|县域|全县|县政府)/u, 'county'],
  [/(?:国家级新区|湘江新区|浦东新区|滨海新区|两江新区|雄安新区)/u, 'state-new-area'],
  [/(?:国家级经开区|国家级经济技术开发区|经济技术开发区)/u, 'national-etdz'],
  [/(?:国家高新区|国家级高新区|国家高新技术产业开发区)/u, 'national-hitech'],
  [/(?:省级高新区|省级经开区|省级开发区|省级园区)/u, 'provincial'],
];

/** Reads what a document says about itself; every field it cannot find stays null. */
export function detectMetadata(lines: readonly Line[]): MetadataResult {
  const header: RemovedLine[] = [];
  const body: Line[] = [];
  let title: string | null = null;
  let date: string | null = null;
  let source: string | null = null;

  lines.forEach((line, index) => {
    const dateLine = DATE_LINE.exec(line.text);
    const sourceLine = SOURCE_LINE.exec(line.text);
    if (index === 0 && lines.length > 1 && looksLikeTitle(line.text)) {
      title = line.text;
      header.push({ line: line.n, text: line.text, reason: 'title (kept as metadata)' });
    } else if (dateLine?.[1] && index < 6) {
      date ??= isoDate(dateLine[1]);
      header.push({ line: line.n, text: line.text, reason: 'publication date (kept as metadata)' });
    } else if (sourceLine?.[1] && index < 6) {
      const [outlet, rest] = splitSource(sourceLine[1]);
      source ??= outlet;
      date ??= rest ? isoDate(rest) : null;
      header.push({ line: line.n, text: line.text, reason: 'source line (kept as metadata)' });
    } else {
      body.push(line);
    }
  });

  const text = lines.map((l) => l.text).join('\n');
  const lastLine = lines.at(-1)?.text ?? '';
  if (!date && DATE_ONLY.test(lastLine)) date = isoDate(lastLine);
  const park = detectPark(title ?? '', text);
  const anonymized = park ? ANONYMIZED.test(park) || ANONYMIZED.test(text) : ANONYMIZED.test(text) || null;
  return {
    detected: {
      title,
      park,
      anonymized,
      level: firstRule(LEVEL_RULES, text, park),
      province: detectProvince(text),
      // A city named in an anonymized plan is a neighbour or a partner: the park's own was withheld.
      city: anonymized ? null : mostFrequent(CITY_CLUES, text),
      year: detectYear(title, text),
      date,
      source,
      type: firstRule(TYPE_RULES, `${title ?? ''}\n${text}`, null),
    },
    body,
    header,
  };
}

function looksLikeTitle(text: string): boolean {
  return text.length <= 60 && !/[。；;：:]$/u.test(text) && !OUTLINE_START.test(text) && !DATE_LINE.test(text);
}

function isoDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [, y, mo, d] = m;
  return `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

/** "人民网-湖南频道  2021年01月14日15:45" carries both the outlet and the date. */
function splitSource(value: string): [string, string | null] {
  const m = /^(.*?)\s*(\d{4}\s*[-年/.].*)$/u.exec(value);
  return m ? [m[1]!.trim(), m[2]!] : [value.trim(), null];
}

function detectPark(title: string, text: string): string | null {
  const inTitle = candidates(title);
  return mostCommon(inTitle.length > 0 ? inTitle : candidates(text));
}

function candidates(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(PARK_NAME)) {
    const [name, place] = m;
    if (!NOT_A_PLACE.test(place!)) found.push(name);
  }
  return found;
}

/** Most common value, ties broken by first appearance so the result is deterministic. */
function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, c] of counts) if (best === null || c > counts.get(best)!) best = v;
  return best;
}

function mostFrequent(names: readonly string[], text: string): string | null {
  return mostCommon(names.flatMap((name) => Array<string>(text.split(name).length - 1).fill(name)));
}

function detectProvince(text: string): string | null {
  const named = mostFrequent(PROVINCES, text);
  if (named) return named;
  return mostCommon(Object.entries(PROVINCE_CLUES).filter(([clue]) => text.includes(clue)).map(([, p]) => p));
}

/** The plan's year: a year in the title, else one that opens the text ("2020年,…"). */
function detectYear(title: string | null, text: string): number | null {
  const m = /(20\d{2})\s*年/u.exec(title ?? '') ?? /^(20\d{2})\s*年/mu.exec(text);
  return m ? Number(m[1]) : null;
}

function firstRule<T>(rules: ReadonlyArray<readonly [RegExp, T]>, text: string, park: string | null): T | null {
  for (const [re, value] of rules) if (re.test(park ?? '') || re.test(text)) return value;
  return null;
}

export interface MergedMetadata {
  title: string;
  park: string | null;
  parkId: string | null;
  anonymized: boolean;
  level: ParkLevel;
  province: string | null;
  city: string | null;
  year: number | null;
  date: string | null;
  source: string | null;
  type: DocType;
  url: string | null;
  provenance: Record<string, 'catalog' | 'text' | 'unknown'>;
}

const FIELDS = ['title', 'park', 'anonymized', 'level', 'province', 'city', 'year', 'date', 'source', 'type'] as const;

/** The catalog overrides detection field by field; provenance says which won, so a reader can weigh each value. */
export function mergeMetadata(detected: DetectedMetadata, entry: CatalogEntry | undefined, fallbackTitle: string): MergedMetadata {
  const provenance: Record<string, 'catalog' | 'text' | 'unknown'> = {};
  const pick = <K extends (typeof FIELDS)[number]>(key: K): DetectedMetadata[K] | NonNullable<CatalogEntry[K]> => {
    const fromCatalog = entry?.[key];
    if (fromCatalog !== undefined) {
      provenance[key] = 'catalog';
      return fromCatalog as NonNullable<CatalogEntry[K]>;
    }
    provenance[key] = detected[key] === null ? 'unknown' : 'text';
    return detected[key];
  };
  const title = pick('title');
  const merged: MergedMetadata = {
    title: title ?? fallbackTitle,
    park: pick('park'),
    parkId: entry?.parkId ?? null,
    anonymized: pick('anonymized') ?? false,
    level: pick('level') ?? 'unknown',
    province: pick('province'),
    city: pick('city'),
    year: pick('year'),
    date: pick('date'),
    source: pick('source'),
    type: pick('type') ?? 'unknown',
    url: entry?.url ?? null,
    provenance,
  };
  return merged;
}

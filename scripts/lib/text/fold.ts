import * as OpenCC from 'opencc-js/t2cn';
import { foldWidth } from './fold-width.ts';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * Every character the conversion can change: of each dictionary entry that changes its text,
 * the characters that differ (all of them when the lengths differ). A text without any of them
 * contains no entry that changes anything, so it is already what the conversion would give, and
 * most texts, written in simplified characters, skip the conversion's trie walk.
 */
const CONVERTED = (() => {
  const chars = new Set<string>();
  for (const dictionary of (OpenCC.Locale.to.cn ?? []).flat()) {
    for (const entry of String(dictionary).split('|')) {
      const [from = '', to = ''] = entry.split(' ');
      if (from === to) continue;
      const a = [...from];
      const b = [...to];
      a.forEach((ch, i) => {
        if (a.length !== b.length || ch !== b[i]) chars.add(ch);
      });
    }
  }
  return chars;
})();

function needsConversion(text: string): boolean {
  for (const ch of text) if (CONVERTED.has(ch)) return true;
  return false;
}

/**
 * The form every matcher reads (tagger, metadata detection, analyses, search): traditional
 * characters as simplified and full-width ASCII as half-width. Pages show the text as written.
 */
export function foldForMatching(text: string): string {
  return foldWidth(needsConversion(text) ? toSimplified(text) : text);
}

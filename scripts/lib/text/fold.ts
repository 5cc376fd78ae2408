import * as OpenCC from 'opencc-js/t2cn';
import { foldWidth } from './fold-width.ts';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * Every character the conversion can change: of each dictionary entry that changes its text,
 * the characters that differ (all of them when the lengths differ). A text without any of them
 * contains no entry that changes anything, so it is already what the conversion would give, and
 * most texts, written in simplified characters, skip the conversion's trie walk. A table by code
 * unit, because every sentence is checked and a set or a character class of thousands of
 * characters was a tenth of the tagger's time.
 */
const CONVERTED = (() => {
  const table = new Uint8Array(0x10000);
  for (const dictionary of (OpenCC.Locale.to.cn ?? []).flat()) {
    for (const entry of String(dictionary).split('|')) {
      const [from = '', to = ''] = entry.split(' ');
      if (from === to) continue;
      const a = [...from];
      const b = [...to];
      a.forEach((ch, i) => {
        // A character outside the BMP is marked by its high surrogate: a rare false alarm costs one conversion.
        if (a.length !== b.length || ch !== b[i]) table[ch.charCodeAt(0)] = 1;
      });
    }
  }
  return table;
})();

function needsConversion(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (CONVERTED[text.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * The form every matcher reads (tagger, metadata detection, analyses, search): traditional
 * characters as simplified and full-width ASCII as half-width. Pages show the text as written.
 */
export function foldForMatching(text: string): string {
  return foldWidth(needsConversion(text) ? toSimplified(text) : text);
}

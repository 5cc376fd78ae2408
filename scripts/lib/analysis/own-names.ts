import type { DocumentRecord } from '../../../src/schemas/document.ts';
import type { Segmenter } from '../text/segmenter.ts';
import { isCountedWord } from '../../../src/shared/analysis/stopwords.ts';

/** What a document says about where it is from. */
export type Whereabouts = Pick<DocumentRecord, 'park' | 'city' | 'province'>;

/**
 * The counted words that name a document's own park and place: the park's name and its words
 * (湖南湘江新区 → 湖南, 湘江, 湘江新区), its city and its province, with and without 市/省. A
 * comparison of two parks would otherwise rank each one's own name as what sets it apart.
 */
export function ownNameWords(doc: Whereabouts, segmenter: Segmenter): string[] {
  const names = [doc.park, doc.city, doc.province].filter((n): n is string => n !== null && n !== '');
  const words = new Set<string>();
  for (const name of names) {
    for (const w of [name, `${name}市`, `${name}省`, ...segmenter.cut(name)]) if (isCountedWord(w)) words.add(w);
  }
  return [...words].sort();
}

import type { DocumentRecord } from '../../../src/schemas/document.ts';
import type { Segmenter } from '../text/segmenter.ts';
import { isCountedWord } from '../../../src/shared/analysis/stopwords.ts';

/** What a document says about where it is from. */
export type Whereabouts = Pick<DocumentRecord, 'park' | 'parkId' | 'city' | 'province'>;

/**
 * The counted words that name a document's own park and place: the park's name and its words
 * (湖南湘江新区 → 湖南, 湘江, 湘江新区), the other names the gazetteer knows it by (北京经济技术开发区
 * is also 北京亦庄), its city and its province, with and without 市/省. A comparison of two parks
 * would otherwise rank each one's own name as what sets it apart.
 */
export function ownNameWords(
  doc: Whereabouts,
  segmenter: Segmenter,
  parkNames: ReadonlyMap<string, readonly string[]> = new Map(),
): string[] {
  const places = [doc.city, doc.province].filter((n): n is string => n !== null && n !== '');
  const parks = [doc.park, ...(doc.parkId ? (parkNames.get(doc.parkId) ?? []) : [])].filter(
    (n): n is string => n !== null && n !== '',
  );
  const words = new Set<string>();
  const add = (w: string) => isCountedWord(w) && words.add(w);
  for (const place of places) [place, `${place}市`, `${place}省`].forEach(add);
  for (const name of [...places, ...parks]) [name, ...segmenter.cut(name)].forEach(add);
  return [...words].sort();
}

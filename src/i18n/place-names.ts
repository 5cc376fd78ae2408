/**
 * Park and place names as a page shows them: as written on Chinese pages, in pinyin on English
 * pages (src/lib/romanize.ts), where the characters are kept beside by the caller.
 */
import { romanizePark, romanizePlace } from '../lib/romanize.ts';
import type { Lang } from './ui.ts';

/** 湖南湘江新区 on a Chinese page, Hunan Xiangjiang New Area on an English one. */
export function parkName(lang: Lang, park: string): string {
  return lang === 'zh' ? park : romanizePark(park);
}

/** 长沙 on a Chinese page, Changsha on an English one. */
export function placeName(lang: Lang, place: string): string {
  return lang === 'zh' ? place : romanizePlace(place);
}

/** What a name names, which decides how it is romanized. */
export type NameKind = 'park' | 'place';

/** `parkName` or `placeName`, by `kind`. */
export function dataName(lang: Lang, name: string, kind: NameKind): string {
  return kind === 'park' ? parkName(lang, name) : placeName(lang, name);
}

/**
 * A name as plain text, with the characters kept beside on an English page: 长沙 on a Chinese
 * page, "Changsha 长沙" on an English one (page titles, labels, option text). Markup that can mark
 * the characters' language uses DataName.astro instead.
 */
export function nameBeside(lang: Lang, name: string, kind: NameKind): string {
  return lang === 'zh' ? name : `${dataName(lang, name, kind)} ${name}`;
}

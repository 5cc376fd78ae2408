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

import type { Segmenter } from '../text/segmenter.ts';
import { isCountedWord } from './stopwords.ts';

/**
 * National Party-line and State Council formulas that every plan repeats word for word. Sharing
 * one says nothing about two parks' relation; phrases.json keeps them, marked `generic`.
 */
export const GENERIC_PHRASES: readonly string[] = [
  '习近平新时代中国特色社会主义思想', '习近平总书记', '中国特色社会主义', '中华民族伟大复兴', '中国梦',
  '党的二十大精神', '党的二十大', '党的十九大', '二十届三中全会', '十九届四中全会', '中共中央', '党中央', '国务院',
  '新发展理念', '新发展格局', '高质量发展', '中国式现代化', '新质生产力', '稳中求进工作总基调',
  '两个维护', '两个确立', '四个意识', '四个自信', '不忘初心、牢记使命', '全面从严治党', '三会一课',
  '放管服', '最多跑一次', '一件事一次办', '创新是引领发展的第一动力', '人才是第一资源', '科技是第一生产力',
];

/** Fewest characters of counted words (see isCountedWord) a shared run needs beyond the formulas above. */
const MIN_OWN_CHARS = 4;

/**
 * Whether a shared phrase is boilerplate. A quoted slogan is generic when it is one of the
 * formulas (“放管服” is, “三高四新” is not). A shared run is generic when, with the formulas taken
 * out, fewer than four characters of counted words are left: 以习近平新时代中国特色社会主义思想为指 and
 * 深入贯彻党的二十 are generic, 相对集中行政许可 is not.
 */
export function isGenericPhrase(phrase: string, kind: 'quoted' | 'shared-run', segmenter: Segmenter): boolean {
  if (kind === 'quoted') return GENERIC_PHRASES.includes(phrase);
  let rest = phrase;
  for (const formula of GENERIC_PHRASES) rest = rest.replaceAll(formula, '|');
  const own = segmenter.cut(rest).filter(isCountedWord).reduce((n, w) => n + [...w].length, 0);
  return own < MIN_OWN_CHARS;
}

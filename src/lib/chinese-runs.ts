/**
 * An English string cut where it quotes Chinese ("e.g. 招商 项目"): odd items are the runs of
 * Chinese, Han characters with the CJK punctuation and quotes between them, for an English page
 * to mark `lang="zh-CN"` (MixedText.astro at build time, twin.ts in the browser).
 */
export function chineseRuns(text: string): string[] {
  return text.split(/([\p{Script=Han}][\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]*)/u);
}

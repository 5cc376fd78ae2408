// Build-time layout has no font metrics, so widths are estimated from character classes.
// CJK ideographs, kana, hangul and full-width forms take a full em; Latin letters about half.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const NARROW = /[ .,:;'!|il1()[\]·]/u;

/** Estimated rendered width of `text` in pixels at `fontSize`, erring wide so labels fit. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : NARROW.test(ch) ? 0.32 : /[A-Z0-9%]/u.test(ch) ? 0.66 : 0.6;
  return ems * fontSize;
}

/** Width of `text` in pixels at `fontSize`: an estimate at build time, a real measurement in a browser. */
export type MeasureText = (text: string, fontSize: number) => number;

/** `text` cut to fit `maxWidth` with a trailing ellipsis, or unchanged when it fits. */
export function truncateToWidth(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText = estimateTextWidth,
): string {
  if (measure(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && measure(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Characters of context kept on each side of a match. */
export const CONTEXT_CHARS = 20;

/**
 * Key word in context: the match `text.slice(offset, offset + length)` with at most `width`
 * characters (code points, never half a surrogate pair) of the text on each side. Only the
 * context is read, so a long sentence of many matches costs no more per match than a short one.
 */
export function kwic(
  text: string,
  offset: number,
  length: number,
  width = CONTEXT_CHARS,
): { left: string; match: string; right: string } {
  let from = offset;
  for (let n = 0; n < width && from > 0; n++) from -= isLow(text, from - 1) && isHigh(text, from - 2) ? 2 : 1;
  const end = offset + length;
  let to = end;
  for (let n = 0; n < width && to < text.length; n++) to += isHigh(text, to) && isLow(text, to + 1) ? 2 : 1;
  return { left: text.slice(from, offset), match: text.slice(offset, end), right: text.slice(end, to) };
}

const isHigh = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff;
};
const isLow = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
};

/** Characters of context kept on each side of a match. */
export const CONTEXT_CHARS = 20;

/**
 * Key word in context: the match `text.slice(offset, offset + length)` with at most `width`
 * characters (code points, never half a surrogate pair) of the text on each side.
 */
export function kwic(
  text: string,
  offset: number,
  length: number,
  width = CONTEXT_CHARS,
): { left: string; match: string; right: string } {
  return {
    left: [...text.slice(0, offset)].slice(-width).join(''),
    match: text.slice(offset, offset + length),
    right: [...text.slice(offset + length)].slice(0, width).join(''),
  };
}

/**
 * Full-width ASCII forms (U+FF01–U+FF5E: "，" "：" "１" "Ａ") and the ideographic space fold to
 * their half-width forms, one code unit for one, so offsets in the folded text are offsets in the
 * original. Copied plans mix "，" and ","; comparing folded text finds the same words either way.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/gu, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

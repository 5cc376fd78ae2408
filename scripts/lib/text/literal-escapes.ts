/**
 * Some pages reach us as one line with the line breaks written out as the two characters "\n"
 * (a JSON string pasted as text). When, and only when, a text has no real line break at all,
 * those escapes are decoded; in a text that has line breaks, "\n" is left as written.
 */

const ESCAPE = /\\r\\n|\\n|\\r|\\t/gu;

/** The text with literal escapes decoded when it has no real line break, and how many were decoded. */
export function decodeLiteralEscapes(text: string): { text: string; escapes: Map<string, number> } {
  const escapes = new Map<string, number>();
  if (/[\n\r]/u.test(text.trimEnd())) return { text, escapes };
  const decoded = text.replace(ESCAPE, (escape) => {
    escapes.set(escape, (escapes.get(escape) ?? 0) + 1);
    return escape === '\\t' ? '\t' : '\n';
  });
  return { text: decoded, escapes };
}

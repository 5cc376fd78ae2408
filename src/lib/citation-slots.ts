/**
 * Two parts of a citation only the reader's browser knows: today's date and the page's address
 * with its state. A citation is built with these stand-ins and cut at them, so the build writes
 * the same bytes every day and the script (src/client/cite-fill.ts) completes them. Private-use
 * characters, so no title or name from a document can contain them.
 */
export const DATE_SLOT = '\uE000date\uE000';
export const URL_SLOT = '\uE000url\uE000';

export type CitationPart = { kind: 'text'; text: string } | { kind: 'date' } | { kind: 'url' };

/** A citation built with the slots, as text runs and the slots between them. */
export function citationParts(citation: string): CitationPart[] {
  return citation
    .split(/(\uE000(?:date|url)\uE000)/)
    .filter((s) => s !== '')
    .map((s) => (s === DATE_SLOT ? { kind: 'date' } : s === URL_SLOT ? { kind: 'url' } : { kind: 'text', text: s }));
}

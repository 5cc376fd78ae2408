export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/** What the compare page shows; it lives in the URL so every view is a permalink. */
export interface CompareState {
  /** Document ids in the order given, known ids only, no repeats, at most MAX_COMPARED. */
  docs: string[];
  /** A known theme id, or null when none (or an unknown one) was asked for. */
  theme: string | null;
  /** Ids asked for that no document has. */
  unknown: string[];
  /** More than MAX_COMPARED documents were asked for; the extra ones were dropped. */
  truncated: boolean;
}

/**
 * Reads `?docs=a,b,c&theme=t`. Also accepts `docs` repeated, which is what the page's GET form
 * sends when JavaScript is off.
 */
export function parseCompareState(
  search: string,
  docIds: ReadonlySet<string>,
  themeIds: ReadonlySet<string>,
): CompareState {
  const params = new URLSearchParams(search);
  const asked = params
    .getAll('docs')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const known = [...new Set(asked.filter((id) => docIds.has(id)))];
  const theme = params.get('theme');
  return {
    docs: known.slice(0, MAX_COMPARED),
    theme: theme !== null && themeIds.has(theme) ? theme : null,
    unknown: [...new Set(asked.filter((id) => !docIds.has(id)))],
    truncated: known.length > MAX_COMPARED,
  };
}

/** The canonical query string for a state: `?docs=a,b&theme=t` (commas kept readable). */
export function compareSearch(docs: readonly string[], theme: string | null): string {
  const parts = [`docs=${docs.map(encodeURIComponent).join(',')}`];
  if (theme) parts.push(`theme=${encodeURIComponent(theme)}`);
  return `?${parts.join('&')}`;
}

/**
 * `text` without every match of `pattern` (a global regex), and each match cut, in order, as
 * `shown` writes it for the report (as matched unless it says otherwise).
 */
export function cutMatches(
  text: string,
  pattern: RegExp,
  shown: (match: string) => string = (match) => match,
): { text: string; cuts: string[] } {
  const cuts: string[] = [];
  const kept = text.replace(pattern, (match) => {
    cuts.push(shown(match));
    return '';
  });
  return { text: kept, cuts };
}

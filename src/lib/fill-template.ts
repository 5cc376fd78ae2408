/** `{name}`, or `{name:one|other}` for the word a count needs (see fillTemplate). */
const PLACEHOLDER = /\{(\w+)(?::([^{}|]*)\|([^{}|]*))?\}/g;

/**
 * The one `{name}` filler for interface strings, used at build time (i18n `t()`) and in the
 * browser (search, compare, offline save, citations). A placeholder with no value stays as
 * written, so a missing variable shows up on the page instead of vanishing.
 *
 * `{name:one|other}` writes `one` when `name` is 1 and `other` for any other count, so the
 * English strings say "1 document" and "2 documents" (`{count} {count:document|documents}`).
 * That is English's rule; the Chinese strings, which have no plural, never use it.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string, one: string | undefined, other: string | undefined) => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = String(values[name]);
    if (one === undefined) return value;
    return value.trim() === '1' ? one : other!;
  });
}

/**
 * The values `fillTemplate(template, values)` was given to write `text`, or null when the text
 * does not have the template's shape: how a page in one language reads the interface text of
 * its twin in the other (src/client/twin.ts).
 */
export function readTemplate(template: string, text: string): Record<string, string> | null {
  const literal = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const names: string[] = [];
  let pattern = '';
  let at = 0;
  for (const { 0: whole, 1: name, 2: one, 3: other, index } of template.matchAll(PLACEHOLDER)) {
    pattern += literal(template.slice(at, index));
    // A count's word says nothing the count does not: either form is read, and nothing kept.
    if (one === undefined) {
      names.push(name!);
      pattern += '(.+?)';
    } else pattern += `(?:${literal(one)}|${literal(other!)})`;
    at = index + whole.length;
  }
  pattern += literal(template.slice(at));
  const match = new RegExp(`^${pattern}$`, 'su').exec(text);
  return match ? Object.fromEntries(names.map((name, i) => [name, match[i + 1]!])) : null;
}

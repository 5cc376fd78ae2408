/**
 * The one `{name}` filler for interface strings, used at build time (i18n `t()`) and in the
 * browser (search, compare, offline save, citations). A placeholder with no value stays as
 * written, so a missing variable shows up on the page instead of vanishing.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/**
 * The values `fillTemplate(template, values)` was given to write `text`, or null when the text
 * does not have the template's shape: how a page in one language reads the interface text of
 * its twin in the other (src/client/twin.ts).
 */
export function readTemplate(template: string, text: string): Record<string, string> | null {
  const names: string[] = [];
  const pattern = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return '(.+?)';
    })
    .join('');
  const match = new RegExp(`^${pattern}$`, 'su').exec(text);
  return match ? Object.fromEntries(names.map((name, i) => [name, match[i + 1]!])) : null;
}

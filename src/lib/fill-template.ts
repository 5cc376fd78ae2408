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

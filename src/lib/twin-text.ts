/**
 * Interface text of a Chinese page read in English: the English twin of a page shows some of the
 * Chinese page's blocks (src/client/twin.ts), and turns their interface strings, which are filled
 * templates of src/i18n, into the English ones. A value read from a template is itself turned
 * when it is one (a caption inside "{caption}（可左右滚动）", a theme name inside a heading), so
 * strings nest as the page nests them.
 */
import { fillTemplate, readTemplate } from './fill-template.ts';

/** A Chinese interface template and the English one with the same placeholders. */
export type TemplatePair = readonly [zh: string, en: string];

/** A function from Chinese interface text to English; text no template fits comes back as it was. */
export function translator(pairs: readonly TemplatePair[]): (text: string) => string {
  const literal = (template: string) => template.replace(/\{\w+\}/g, '').length;
  // The most specific template first: "{from} 年 → {to} 年：各主题的事项数" before "{from} 年 → {to} 年".
  const sorted = pairs.filter(([zh]) => literal(zh) > 0).sort((a, b) => literal(b[0]) - literal(a[0]));
  const translate = (text: string): string => {
    const core = text.trim();
    if (core === '') return text;
    for (const [zh, en] of sorted) {
      const values = readTemplate(zh, core);
      if (values) {
        const english = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, translate(value)]));
        return text.replace(core, fillTemplate(en, english));
      }
    }
    return text;
  };
  return translate;
}

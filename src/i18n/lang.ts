/** The site's two languages; Chinese is the default, at the root of the site. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The BCP 47 tag for `lang` attributes. */
export const HTML_LANG = { zh: 'zh-CN', en: 'en' } as const satisfies Record<Lang, string>;

/**
 * The `lang` attribute for an element holding document data (text, titles, park names):
 * Chinese data inside an English page says so, on Chinese pages the `<html>` tag already does.
 */
export function dataLang(lang: Lang): string | undefined {
  return lang === 'zh' ? undefined : HTML_LANG.zh;
}

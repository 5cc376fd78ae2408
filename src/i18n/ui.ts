/**
 * The interface strings' entry point: `t()` looks a key up in zh.ts or en.ts. Language codes
 * (lang.ts), vocabulary labels (labels.ts) and page URLs (urls.ts) live in their own modules and
 * are re-exported here, so `import { t, href } from '…/i18n/ui.ts'` keeps working.
 */
import { fillTemplate } from '../lib/fill-template.ts';
import type { EvidenceWords } from '../lib/evidence-text.ts';
import { THEME_IDS } from '../schemas/codebook.ts';
import { en } from './en.ts';
import type { Lang } from './lang.ts';
import { zh, type UiKey } from './zh.ts';

export { en } from './en.ts';
export { zh, type UiKey } from './zh.ts';
export { dataLang, HTML_LANG, LANGS, type Lang } from './lang.ts';
export * from './labels.ts';
export * from './urls.ts';

/**
 * The interface string `key` in `lang`, with each `{name}` replaced by `vars[name]`.
 * `{themeCount}` is always the number of themes of the codebook (the schema holds the codebook
 * to exactly THEME_IDS), so no string writes the number out.
 */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  const text: string = lang === 'zh' ? zh[key] : en[key];
  // Most strings have no placeholder, and a build asks for them hundreds of thousands of times.
  return text.includes('{') ? fillTemplate(text, { themeCount: THEME_IDS.length, ...vars }) : text;
}

/** The words of a tag's evidence box in `lang` (src/lib/evidence-text.ts). */
export function evidenceWords(lang: Lang): EvidenceWords {
  return {
    score: t(lang, 'sentence.score'),
    term: t(lang, 'sentence.rule.term'),
    pattern: t(lang, 'sentence.rule.pattern'),
    heading: t(lang, 'sentence.in.heading'),
  };
}

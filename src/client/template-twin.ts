// An English page's block taken from its Chinese twin whose interface strings are all filled
// templates of src/i18n (a theme page's columns and ranking rows, ThemeTwin.astro; a park page's
// comparisons, ParkChangesTwin.astro; a targets page's rows, TargetsTwin.astro; the phrases,
// PhraseListsTwin.astro): the strings in English, the links to English pages, the documents' own
// words kept and marked Chinese.
import { translator, type TemplatePair } from '../lib/twin-text.ts';
import { englishStrings, relink, showTwin, type TwinBase } from './twin.ts';

export interface TemplateTwinStrings extends TwinBase {
  /** Every interface template of the block, Chinese then English (a name is a template without placeholders). */
  templates: TemplatePair[];
  /** The parts of the block that are the documents' words (titles, sentences). */
  keep: string;
  /** Parts turned into English that quote the documents' words, marked Chinese as a whole. */
  zh?: string;
  /** Chinese and English address prefixes of the pages the block links to (`twinLinks`). */
  links: [zh: string, en: string][];
}

showTwin<TemplateTwinStrings>((block, strings) => {
  for (const part of block.querySelectorAll(strings.keep)) part.setAttribute('lang', 'zh-CN');
  englishStrings(block, translator(strings.templates), strings.keep);
  if (strings.zh) for (const part of block.querySelectorAll(strings.zh)) part.setAttribute('lang', 'zh-CN');
  relink(block, strings.links);
});

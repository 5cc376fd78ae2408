// The English theme page's columns: the Chinese page's, with English shares and links to the
// English document pages (ThemePassagesTwin.astro); titles and sentences stay Chinese and say so.
import { translator, type TemplatePair } from '../lib/twin-text.ts';
import { englishStrings, relink, showTwin, type TwinBase } from './twin.ts';

export interface ThemeTwinStrings extends TwinBase {
  /** The share line's and the short-document flag's templates. */
  templates: TemplatePair[];
  /** The Chinese and the English document pages' address prefix. */
  docs: [string, string];
}

showTwin<ThemeTwinStrings>((block, strings) => {
  const kept = '.column h3, .column ul';
  for (const part of block.querySelectorAll(kept)) part.setAttribute('lang', 'zh-CN');
  englishStrings(block, translator(strings.templates), kept);
  relink(block, ...strings.docs);
});

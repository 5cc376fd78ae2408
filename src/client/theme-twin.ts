// The English theme page's columns: the Chinese page's, with English shares and links to the
// English document pages (ThemePassagesTwin.astro); titles and sentences stay Chinese and say so.
import { relink, retemplate, showTwin, type TwinBase } from './twin.ts';

export interface ThemeTwinStrings extends TwinBase {
  /** The share line's and the short-document flag's templates, Chinese then English. */
  templates: [string, string][];
  /** The Chinese and the English document pages' address prefix. */
  docs: [string, string];
}

showTwin<ThemeTwinStrings>((block, strings) => {
  for (const part of block.querySelectorAll('.column h3, .column ul')) part.setAttribute('lang', 'zh-CN');
  for (const share of block.querySelectorAll('.share, .share .flag')) {
    for (const node of share.childNodes) if (node.nodeType === Node.TEXT_NODE) retemplate(node, strings.templates);
  }
  relink(block, ...strings.docs);
});

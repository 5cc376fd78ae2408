// The English park page's year-to-year comparisons: the Chinese page's, with English interface
// strings and links to the English document pages (ParkChangesTwin.astro); the compared
// sentences stay Chinese and say so.
import { translator, type TemplatePair } from '../lib/twin-text.ts';
import { englishStrings, relink, showTwin, type TwinBase } from './twin.ts';

export interface ParkTwinStrings extends TwinBase {
  /** Every interface template of the comparisons, and the theme names. */
  templates: TemplatePair[];
  /** The Chinese and the English document pages' address prefix. */
  docs: [string, string];
}

showTwin<ParkTwinStrings>((block, strings) => {
  const kept = 'td[data-year], ul.sentences';
  for (const part of block.querySelectorAll(kept)) part.setAttribute('lang', 'zh-CN');
  englishStrings(block, translator(strings.templates), kept);
  relink(block, ...strings.docs);
});

import * as OpenCC from 'opencc-js/t2cn';
import { foldWidth } from './fold-width.ts';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * The form every matcher reads (tagger, metadata detection, analyses, search): traditional
 * characters as simplified and full-width ASCII as half-width. Pages show the text as written.
 */
export function foldForMatching(text: string): string {
  return foldWidth(toSimplified(text));
}

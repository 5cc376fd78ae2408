/**
 * Tags that a copy of a page's source left in its text ("<p> 会议听取了工作汇报。</p>",
 * '<p style="text-indent:2em;">'). They go before anything else reads the line: the spacing
 * rules, for one, would take a style attribute's ":" and ";" for the punctuation of running text.
 * Only the tags of text markup are cut; "<" and ">" in any other use stay as written.
 */
import { cutMatches } from './cut-matches.ts';

// Up to 200 characters of attributes, a quoted value counting as one however long: an image
// copied with its data ('<img src="data:image/png;base64,…">') goes whole.
const TAG =
  /<\/?(?:p|br|div|span|strong|b|i|em|u|a|img|font|section|h[1-6]|li|ul|ol|table|tbody|tr|td|th|center)(?:\s(?:[^<>"']|"[^"<>]*"|'[^'<>]*'){0,200})?\s*\/?>/giu;

/** `line` without its markup tags, and each tag cut, in order. */
export function removeHtmlTags(line: string): { text: string; cuts: string[] } {
  return cutMatches(line, TAG);
}

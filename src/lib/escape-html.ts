/**
 * Text as HTML that shows it literally, in an element or a quoted attribute: the five characters
 * HTML gives meaning to become entities, as Astro writes an expression's text, so markup built
 * as a string reads the same as a component's.
 */
const SPECIAL = /[&<>'"]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(SPECIAL, (char) => ENTITY[char]!);
}

// A document page's text is in the HTML on Chinese pages and fetched on English ones
// (document-twin.ts); scripts that look for a sentence wait for it here.
export const DOC_TEXT_READY = 'doc-text-ready';

/** Runs `then` once the page's sentences exist: at once, or when the English page has shown them. */
export function whenDocText(then: () => void): void {
  if (document.querySelector('[data-twin]')) document.addEventListener(DOC_TEXT_READY, then, { once: true });
  else then();
}

// Some blocks of an English page are its Chinese twin's, fetched (twin.ts); scripts that look for
// what is in them wait for it here.
export const TWIN_SHOWN = 'twin-shown';

/** Runs `then` once the page's blocks exist: at once, or when the English page has shown its twin's. */
export function whenTwinShown(then: () => void): void {
  if (document.querySelector('[data-twin]')) document.addEventListener(TWIN_SHOWN, then, { once: true });
  else then();
}

// Registers the service worker the build writes (`sw.js`, scripts/index-search.ts) with the site's
// base as its scope: it stores the shell on the first visit and every page and search file read
// after it, so those work offline; the footer's button (offline-save.ts) stores the rest.
import { withTrailingSlash } from '../lib/with-slash.ts';

// The dev server has no sw.js; a page opened from disk cannot have a worker.
if (import.meta.env.PROD && 'serviceWorker' in navigator && location.protocol !== 'file:') {
  const base = withTrailingSlash(import.meta.env.BASE_URL);
  // After the page has loaded, so storing the site does not compete with showing it.
  addEventListener(
    'load',
    () => void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {}),
  );
}

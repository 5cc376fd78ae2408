// Registers the service worker the build writes (`sw.js`, scripts/index-search.ts) with the site's
// base as its scope: it stores the shell on the first visit and every page and search file read
// after it, so those work offline; the footer's button (offline-save.ts) stores the rest.
import { withTrailingSlash } from '../lib/with-slash.ts';

// The dev server has no sw.js; a page opened from disk cannot have a worker.
if (import.meta.env.PROD && 'serviceWorker' in navigator && location.protocol !== 'file:') {
  const base = withTrailingSlash(import.meta.env.BASE_URL);
  // Once the page has loaded and its thread is idle, so storing the site does not compete with
  // showing it: at load a cold search is still under way, and the worker's install fetches the shell.
  const register = () => void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {});
  addEventListener('load', () =>
    'requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register),
  );
}

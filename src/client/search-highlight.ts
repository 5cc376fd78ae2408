/**
 * On a document page opened from a search result (`?hl=<term>&hl=<term>#<sentence id>`): marks
 * that sentence and the terms in it. Terms are matched on normalised text, loading the
 * traditional -> simplified map only when a term is not found without it. Not a page script:
 * `search/highlight.js` bundles it, and SearchHighlight.astro imports it only when `hl` is set.
 */
import { withTrailingSlash } from '../lib/with-slash.ts';
import { NO_CONVERSION, parseCharMap } from '../lib/search/char-map.ts';
import { markTerms } from '../lib/search/highlight-sentence.ts';
import { whenTwinShown } from './twin-shown.ts';

whenTwinShown(() => {
  const terms = new URLSearchParams(location.search).getAll('hl').filter((term) => term.trim() !== '');
  const id = decodeURIComponent(location.hash.slice(1));
  const sentence = id === '' ? null : document.getElementById(id);
  if (sentence && terms.length > 0) {
    sentence.classList.add('search-target');
    // In the middle of the screen, with the text around it, once the browser's own jump to #id is done.
    const center = () => requestAnimationFrame(() => sentence.scrollIntoView({ block: 'center' }));
    if (document.readyState === 'complete') center();
    else addEventListener('load', center, { once: true });
    if (markTerms(sentence, terms, NO_CONVERSION) === 0) {
      const base = withTrailingSlash(import.meta.env.BASE_URL);
      fetch(`${base}search/t2s.json`)
        .then((response) => (response.ok ? response.json() : Promise.reject(new Error(response.statusText))))
        .then((pairs: string) => markTerms(sentence, terms, parseCharMap(pairs)))
        .catch(() => {});
    }
  }
});

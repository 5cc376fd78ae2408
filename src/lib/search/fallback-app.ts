/**
 * Entry of search/search-app.js, the search page's script as one classic script: a page opened
 * from a file may not load module scripts, so its inline loader adds this after search-fallback.js.
 */
import { startSearchPage } from './search-app.ts';

startSearchPage('file');

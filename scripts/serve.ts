/**
 * Serves the built site in dist/ (or DIR) on http://localhost:4321, under BASE_PATH when the site
 * was built with one. `npm start` builds first and serves through the same function.
 *   node scripts/serve.ts [DIR]
 */

import { serveSite } from './lib/serve-site.ts';

await serveSite(process.argv[2] ?? 'dist');

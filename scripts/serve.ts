/**
 * `npm start`: serves the built site in dist/ on http://localhost:4321, under BASE_PATH when
 * the site was built with one (the same variable astro.config.mjs reads).
 */

import { existsSync } from 'node:fs';
import { serveDir } from './lib/static-server.ts';

const dir = 'dist';
if (!existsSync(dir)) {
  console.error('dist/ does not exist: run `npm run build` first.');
  process.exit(1);
}

const port = Number(process.env['PORT'] ?? 4321);
const server = await serveDir(dir, { base: process.env['BASE_PATH'] ?? '/', host: 'localhost', port });
console.log(`Serving ${dir}/ at ${server.url.replace(/\/\/[^/]+:/, '//localhost:')} (Ctrl+C stops)`);

/**
 * Entry of `serve.mjs` in the offline package: serves the folder the script sits in on
 * http://localhost:8000 (PORT overrides), with nothing to install but Node.js.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDir } from '../static-server.ts';

/** The site's name in both languages, put in by scripts/pack.ts when it bundles this file. */
declare const SITE_TITLE: string;

const dir = dirname(fileURLToPath(import.meta.url));
const port = Number(process.env['PORT'] ?? 8000);
const server = await serveDir(dir, { host: '127.0.0.1', port });
console.log(`${SITE_TITLE}: ${server.url.replace('127.0.0.1', 'localhost')} (Ctrl+C stops)`);
